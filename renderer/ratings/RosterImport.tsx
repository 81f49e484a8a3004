import { useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import type { RosterPreview } from '../../shared/ratings/ratingSchemas';
import { rosterColumns } from '../../shared/ratings/rosterRows';
import { chosenUpload, type FileUpload } from '../files/fileTransfer';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FileField } from '../forms/Field';
import { FileCheckActions, FileCheckOutcome } from '../forms/FileCheck';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * Choose a file, see its counts or every problem row by row, and import it only when it has none:
 * the core takes the whole file or nothing.
 */
export function RosterImport({ onImported }: { onImported: () => void }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const [file, setFile] = useState<FileUpload | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [checkError, setCheckError] = useState<ErrorPayload | null>(null);
  const [checking, setChecking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const importing = useSubmission();

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setDone(null);
    setCheckError(null);
    importing.clearError();
    setFile(await chosenUpload(chosen));
  };

  const check = async () => {
    if (!file) return;
    setChecking(true);
    setCheckError(null);
    setDone(null);
    const result = await session.call('ratings.previewRoster', { file });
    setChecking(false);
    if (result.ok) setPreview(result.value);
    else setCheckError(result.error);
  };

  const importNow = async () => {
    if (!file) return;
    const result = await importing.submit(() => session.call('ratings.importRoster', { file }));
    if (!result.ok) return;
    setDone(t('roster.imported', result.value));
    setPreview(null);
    onImported();
  };

  const busy = checking || importing.pending;
  return (
    <section className="import-panel" aria-labelledby="roster-import-heading" data-focus-home tabIndex={-1}>
      <h3 id="roster-import-heading">{t('roster.import')}</h3>
      <p className="note" id="roster-file-hint">
        {t('roster.importHint', { columns: rosterColumns.map((column) => `«${pick(column)}»`).join(', ') })}
      </p>
      <FileField
        id="roster-file"
        label={t('roster.file')}
        narrow
        accept=".csv,.xlsx,text/csv"
        aria-describedby="roster-file-hint"
        onChoose={(chosen) => void choose(chosen)}
      />
      <FileCheckActions
        chosen={file !== null}
        busy={busy}
        checkLabel={t('roster.check')}
        importLabel={
          preview && preview.errors.length === 0
            ? t('roster.doImport', { organisations: preview.organisations, members: preview.members })
            : null
        }
        onCheck={() => void check()}
        onImport={() => void importNow()}
      />
      {checking ? <p role="status">{t('roster.checking')}</p> : null}
      {importing.pending ? <p role="status">{t('roster.importing')}</p> : null}
      <ErrorNotice error={checkError ?? importing.error} />
      {done ? (
        <p role="status" className="notice">
          {done}
        </p>
      ) : null}
      {preview ? (
        <FileCheckOutcome
          errors={preview.errors}
          readsText={t('roster.previewOk', preview)}
          problemsText={t('roster.previewErrors', { count: preview.errors.length })}
          caption={t('roster.errorsCaption')}
        />
      ) : null}
    </section>
  );
}
