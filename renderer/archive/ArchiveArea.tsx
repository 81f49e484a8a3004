import { useCallback } from 'react';
import type { CallOutput } from '../../shared/contract';
import type { SessionUser } from '../../shared/contract/sessionCalls';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../screens/ErrorNotice';
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
  const keeper = user.role === 'archivist' || user.role === 'admin';
  return (
    <section aria-labelledby="archive-heading">
      <h1 id="archive-heading">{t('archive.heading')}</h1>
      {settings.error ? <ErrorNotice error={settings.error} /> : null}
      {settings.value ? (
        <>
          <BackupFolderWarning settings={settings.value} />
          {keeper ? (
            <>
              <BackupFolderForm settings={settings.value} onSaved={settings.reload} />
              <ArchiveKeys recipients={settings.value.recipients} onChanged={settings.reload} />
              <BackupNow settings={settings.value} onDone={settings.reload} />
              <BackupFiles folderReady={settings.value.folderState === 'ok'} />
            </>
          ) : (
            <p>{t('archive.keepersOnly')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
