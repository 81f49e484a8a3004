import { useCallback, useState } from 'react';
import type { CallOutput } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { ArchiveKeys } from './ArchiveKeys';
import { BackupFiles } from './BackupFiles';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupFolderWarning } from './BackupFolderWarning';
import { BackupNow } from './BackupNow';

export type BackupSettings = CallOutput<'backup.settings'>;

/** #/archive — the backup folder, the archive keys, a backup now, and the backups there: verify, restore. */
export function ArchiveArea({ user }: { user: SessionUser }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('backup.settings', {}), [session]);
  const settings = useLoaded<BackupSettings | null>(load, null);
  // The listing of backups starts afresh after each change here (a backup made, a new folder).
  const [generation, setGeneration] = useState(0);
  const changed = () => {
    settings.reload();
    setGeneration((current) => current + 1);
  };
  const keeper = user.role === 'archivist' || user.role === 'admin';
  return (
    <section aria-labelledby="archive-heading">
      <h1 id="archive-heading">{t('archive.heading')}</h1>
      <ErrorNotice error={settings.error} />
      {settings.value ? (
        <>
          <BackupFolderWarning settings={settings.value} />
          {keeper ? (
            <>
              <BackupFolderForm settings={settings.value} onSaved={changed} />
              <ArchiveKeys recipients={settings.value.recipients} onChanged={changed} />
              <BackupNow key={settings.value.recipients.length} settings={settings.value} onDone={changed} />
              <BackupFiles key={generation} settings={settings.value} />
            </>
          ) : (
            <p>{t('archive.keepersOnly')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
