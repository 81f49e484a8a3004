import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Bilingual } from '../../shared/i18n/language';
import { createBackup } from './createBackup';
import type { Vault } from '../vault';
import { activeRecipients, backupPlace, recordAutomaticBackup } from './archiveStore';
import { backupFileName, folderState, pruneAutomaticBackups } from './backupFolder';

/**
 * The backup made after each seal, to the archive keys, into the backup folder, keeping the
 * newest N. It never undoes or delays the seal: what went wrong is recorded (and audited) for
 * the screens to show — the folder missing or full, no archive key — and nothing is retried.
 */
export async function automaticBackup(
  vault: Pick<Vault, 'store' | 'maintenance' | 'lock'>,
  contestId: string,
  now: () => Date = () => new Date(),
) {
  const at = now();
  let fileName: string | null = null;
  let problem: Bilingual | null = null;
  try {
    const { folder, keep } = vault.store.read(backupPlace);
    const { state } = folderState(folder);
    if (state !== 'ok' || !folder) throw new AppError('BACKUP_FOLDER_UNAVAILABLE', { state });
    const recipients = vault.store.read(activeRecipients).map((row) => row.recipient);
    if (recipients.length === 0) throw new AppError('BACKUP_NO_RECIPIENTS');
    fileName = backupFileName(folder, at, true);
    await createBackup(vault.maintenance, { recipients }, join(folder, fileName));
    pruneAutomaticBackups(folder, keep);
  } catch (error) {
    const text = String((error as Error).message ?? error);
    problem = error instanceof AppError ? error.payload.message : { vi: text, en: text };
    fileName = null;
  }
  if (vault.lock.state() !== 'unlocked') return;
  vault.store.write(null, 'backup.automatic', { contestId, fileName, problem }, (db) =>
    recordAutomaticBackup(db, { at: at.toISOString(), contestId, fileName, problem }),
  );
}
