import { useCallback, useState, type FormEvent } from 'react';
import type { BackupSummary } from '../../shared/backup/backupSchemas';
import { FormActions } from '../forms/Field';
import { TableHead } from '../forms/TableHead';
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
      {files.error ? <ErrorNotice error={files.error} /> : null}
      {files.value.length === 0 ? <p>{t('archive.noFiles')}</p> : null}
      {files.value.length > 0 ? (
        <table className="data-table">
          <TableHead labels={[t('archive.file'), t('archive.size'), t('archive.modified'), '']} />
          <tbody>
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
          </tbody>
        </table>
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

  const run = async (event: FormEvent, restore: boolean) => {
    event.preventDefault();
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
    <form className="narrow-form" aria-labelledby="archive-chosen" onSubmit={(event) => void run(event, false)}>
      <h3 id="archive-chosen">{t('archive.chosen', { file: fileName })}</h3>
      <BackupKeyFields value={key} onChange={setKey} />
      <FormActions>
        <button type="submit" disabled={work.pending || !key.value}>
          {t('archive.verify')}
        </button>
      </FormActions>
      <div className="field">
        <label htmlFor="restore-target">{t('archive.restoreTarget')}</label>
        <input
          id="restore-target"
          value={target}
          placeholder="/home/luu-tru/kiem-phieu-2023"
          aria-describedby="restore-target-hint"
          onChange={(event) => setTarget(event.target.value)}
        />
        <p id="restore-target-hint" className="field-hint">
          {t('archive.restoreHint')}
        </p>
      </div>
      <FormActions>
        <button
          type="button"
          className="secondary"
          disabled={work.pending || !key.value || !target.trim()}
          onClick={(event) => void run(event, true)}
        >
          {t('archive.restore')}
        </button>
      </FormActions>
      <BackupProgress active={work.pending} />
      {work.error ? <ErrorNotice error={work.error} /> : null}
      {outcome ? (
        <BackupSummaryView
          summary={outcome.summary}
          heading={outcome.restoredTo ? t('archive.restored', { target: outcome.restoredTo }) : t('archive.verified')}
        />
      ) : null}
    </form>
  );
}
