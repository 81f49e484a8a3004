import { useCallback, useState } from 'react';
import type { BackupSummary } from '../../shared/backup/backupSchemas';
import { Field, FormActions } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
import { DataTable } from '../forms/DataTable';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { BackupSettings } from './ArchiveArea';
import { BackupKeyFields, backupKey, type BackupKeyInput } from './BackupKeyFields';
import { BackupProgress } from './BackupProgress';
import { BackupSummaryView } from './BackupSummaryView';

type Listing = Array<{ fileName: string; bytes: number; modifiedAt: string }>;

/** The backups in the folder; the chosen one is verified, or restored into a new folder. */
export function BackupFiles({ settings }: { settings: BackupSettings }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('backup.list', {}), [session]);
  const files = useLoaded<Listing>(load, []);
  const [chosen, setChosen] = useState<string | null>(null);
  if (settings.folderState !== 'ok') return null;
  return (
    <section aria-labelledby="archive-files">
      <h2 id="archive-files">{t('archive.filesHeading')}</h2>
      <ErrorNotice error={files.error} />
      {files.value.length === 0 ? <p>{t('archive.noFiles')}</p> : null}
      {files.value.length > 0 ? (
        <DataTable labels={[t('archive.file'), t('archive.size'), t('archive.modified'), '']}>
          {files.value.map((file) => (
            <tr key={file.fileName} data-file={file.fileName}>
              <th scope="row">
                <code>{file.fileName}</code>
              </th>
              <td>{file.bytes.toLocaleString()} B</td>
              <td>{file.modifiedAt.slice(0, 19).replace('T', ' ')}</td>
              <td>
                <button type="button" className="secondary" onClick={() => setChosen(file.fileName)}>
                  {t('archive.choose')}
                  <span className="visually-hidden"> {file.fileName}</span>
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {chosen ? <CheckOrRestore key={chosen} fileName={chosen} /> : null}
    </section>
  );
}

function CheckOrRestore({ fileName }: { fileName: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const work = useSubmission();
  const [key, setKey] = useState<BackupKeyInput>({ kind: 'passphrase', value: '' });
  const [target, setTarget] = useState('');
  const [outcome, setOutcome] = useState<{ summary: BackupSummary; restoredTo: string | null } | null>(null);

  const run = async (restore: boolean) => {
    setOutcome(null);
    if (restore) {
      const result = await work.submit(() => session.call('backup.restore', { fileName, key: backupKey(key), target }));
      if (result.ok) setOutcome({ summary: result.value, restoredTo: result.value.target });
    } else {
      const result = await work.submit(() => session.call('backup.verify', { fileName, key: backupKey(key) }));
      if (result.ok) setOutcome({ summary: result.value, restoredTo: null });
    }
  };

  return (
    <TitledForm
      id="archive-chosen"
      heading={t('archive.chosen', { file: fileName })}
      level={3}
      onSubmit={() => run(false)}
    >
      <BackupKeyFields value={key} onChange={setKey} />
      <SubmitActions label={t('archive.verify')} disabled={work.pending || !key.value} />
      <Field
        id="restore-target"
        label={t('archive.restoreTarget')}
        hint={t('archive.restoreHint')}
        value={target}
        placeholder="/home/luu-tru/kiem-phieu-2023"
        onChange={(event) => setTarget(event.target.value)}
      />
      <FormActions>
        <button
          type="button"
          className="secondary"
          disabled={work.pending || !key.value || !target.trim()}
          onClick={() => void run(true)}
        >
          {t('archive.restore')}
        </button>
      </FormActions>
      <BackupProgress active={work.pending} />
      <ErrorNotice error={work.error} />
      {outcome ? (
        <BackupSummaryView
          summary={outcome.summary}
          heading={outcome.restoredTo ? t('archive.restored', { target: outcome.restoredTo }) : t('archive.verified')}
        />
      ) : null}
    </TitledForm>
  );
}
