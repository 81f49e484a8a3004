import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import type { BackupSettings } from './ArchiveArea';

/**
 * Says plainly when automatic backups cannot happen: no folder, the drive is not there or is
 * full, no archive key to encrypt to, or the last automatic backup failed.
 */
export function BackupFolderWarning({ settings }: { settings: BackupSettings }) {
  const { t, pick } = useLanguage();
  const problems: string[] = [];
  if (settings.folderState !== 'ok')
    problems.push(t(`archive.folder.${settings.folderState}` as MessageKey, { folder: settings.folder ?? '' }));
  if (settings.recipients.length === 0) problems.push(t('archive.noRecipients'));
  if (settings.lastAutomatic?.problem)
    problems.push(
      t('archive.lastFailed', {
        at: settings.lastAutomatic.at.slice(0, 16).replace('T', ' '),
        problem: pick(settings.lastAutomatic.problem),
      }),
    );
  if (problems.length === 0) return null;
  return (
    <div className="notice warning" role="alert" data-testid="backup-warning">
      <p>{t('archive.warningHeading')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
