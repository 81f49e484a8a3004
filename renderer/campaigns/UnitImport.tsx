import { useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import { chosenUpload, type FileUpload } from '../files/fileTransfer';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FileField } from '../forms/Field';
import { FileCheckActions, FileCheckOutcome } from '../forms/FileCheck';
import { useSession } from '../session/SessionContext';

interface Preview {
  unitCount: number;
  subjectCount: number;
  errors: Array<{ row: number; column: string; message: { vi: string; en: string } }>;
}

/** Choose a file, see every problem row by row, import only a file without any. */
export function UnitImport({ campaignId, onImported }: { campaignId: string; onImported: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const [file, setFile] = useState<FileUpload | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setDone(null);
    setError(null);
    setFile(await chosenUpload(chosen));
  };

  const check = async () => {
    if (!file) return;
    setBusy(true);
    const result = await session.call('campaigns.previewUnitImport', { campaignId, file });
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };

  const importNow = async () => {
    if (!file) return;
    setBusy(true);
    const result = await session.call('campaigns.importUnits', { campaignId, file });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setDone(t('units.imported', { units: result.value.unitCount, subjects: result.value.subjectCount }));
    setPreview(null);
    onImported();
  };

  return (
    <section className="import-panel" aria-labelledby="unit-import-heading">
      <h4 id="unit-import-heading">{t('units.import')}</h4>
      <p className="note">{t('units.importHint')}</p>
      <FileField
        id="unit-file"
        label={t('units.file')}
        narrow
        accept=".csv,.xlsx,text/csv"
        onChoose={(file) => void choose(file)}
      />
      <FileCheckActions
        chosen={file !== null}
        busy={busy}
        checkLabel={t('units.check')}
        importLabel={preview && preview.errors.length === 0 ? t('units.doImport', { units: preview.unitCount }) : null}
        onCheck={() => void check()}
        onImport={() => void importNow()}
      />
      {busy ? <p role="status">{t('units.checking')}</p> : null}
      <ErrorNotice error={error} />
      {done ? (
        <p role="status" className="notice">
          {done}
        </p>
      ) : null}
      {preview ? (
        <FileCheckOutcome
          errors={preview.errors}
          readsText={t('units.previewOk', { units: preview.unitCount, subjects: preview.subjectCount })}
          problemsText={t('units.previewErrors', { count: preview.errors.length })}
        />
      ) : null}
    </section>
  );
}
