import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  activeRecipients,
  backupPlace,
  insertRecipient,
  lastAutomaticBackup,
  recipientExists,
  removeRecipient,
  setBackupPlace,
} from './archiveStore';
import { backupFileName, folderState, listBackups } from './backupFolder';
import type { BackupProgressTracker } from './progressTracker';
import { summaryOf, verifiedSummary } from './backupSummary';
import { generateArchiveKey } from './backupKeys';
import { createBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';
import { verifyBackup } from './verifyBackup';
import type { Handlers } from '../core/dispatcher';
import type { Vault } from '../vault/vault';
import { signedInUser } from '../base/signedInUser';

type BackupHandlers = Pick<
  Handlers<AppContract>,
  | 'backup.settings'
  | 'backup.configure'
  | 'backup.generateKey'
  | 'backup.addRecipient'
  | 'backup.removeRecipient'
  | 'backup.export'
  | 'backup.list'
  | 'backup.verify'
  | 'backup.restore'
  | 'backup.progress'
>;

/** The backup folder (or the one given), refused in words when a backup could not be written there. */
export function writableFolder(vault: Vault, chosen?: string): string {
  const folder = chosen ?? vault.read(backupPlace).folder;
  const { state } = folderState(folder);
  if (state !== 'ok' || !folder) throw new AppError('BACKUP_FOLDER_UNAVAILABLE', { state });
  return folder;
}

function existingBackup(vault: Vault, fileName: string): string {
  const { folder } = vault.read(backupPlace);
  const path = folder ? join(folder, fileName) : null;
  if (!path || !existsSync(path)) throw new AppError('BACKUP_NOT_FOUND', { fileName });
  return path;
}

export function createBackupService(
  vault: Vault,
  progress: BackupProgressTracker,
  now: () => Date = () => new Date(),
): BackupHandlers {
  return {
    'backup.settings': () =>
      vault.read((db) => {
        const place = backupPlace(db);
        const { state, freeBytes } = folderState(place.folder);
        return {
          ...place,
          folderState: state,
          freeBytes,
          recipients: activeRecipients(db),
          lastAutomatic: lastAutomaticBackup(db),
        };
      }),

    'backup.configure': ({ folder, keep }, call) =>
      vault.write(signedInUser(call), 'backup.configured', { folder, keep }, (db) => {
        setBackupPlace(db, folder, keep);
        return { folder, keep };
      }),

    'backup.generateKey': async ({ label }, call) => {
      const key = await generateArchiveKey();
      const recipient = { id: randomUUID(), label, recipient: key.recipient, createdAt: now().toISOString() };
      vault.write(signedInUser(call), 'backup.keyGenerated', { label, recipient: key.recipient }, (db) =>
        insertRecipient(db, recipient),
      );
      return { recipient, identity: key.identity };
    },

    'backup.addRecipient': ({ label, recipient }, call) =>
      vault.write(signedInUser(call), 'backup.recipientAdded', { label, recipient }, (db) => {
        if (recipientExists(db, recipient)) throw new AppError('RECIPIENT_EXISTS');
        const added = { id: randomUUID(), label, recipient, createdAt: now().toISOString() };
        insertRecipient(db, added);
        return added;
      }),

    'backup.removeRecipient': ({ id }, call) =>
      vault.write(signedInUser(call), 'backup.recipientRemoved', { id }, (db) => {
        if (!removeRecipient(db, id, now().toISOString())) throw new AppError('RECIPIENT_NOT_FOUND');
        return { removed: true as const };
      }),

    'backup.export': async (input, call) => {
      const user = signedInUser(call);
      const folder = writableFolder(vault, input.folder);
      const recipients = vault.read(activeRecipients).map((row) => row.recipient);
      if (input.to === 'recipients' && recipients.length === 0) throw new AppError('BACKUP_NO_RECIPIENTS');
      const encryption = input.to === 'passphrase' ? { passphrase: input.passphrase } : { recipients };
      const fileName = backupFileName(folder, now(), false);
      const made = await progress.run('export', (report) =>
        createBackup(vault, encryption, join(folder, fileName), report),
      );
      vault.write(user, 'backup.exported', { fileName, bytes: made.size, to: input.to }, () => undefined);
      return summaryOf(fileName, made.size, made.manifest, 0);
    },

    'backup.list': () => {
      const { folder } = vault.read(backupPlace);
      return folder && folderState(folder).state !== 'missing' ? listBackups(folder) : [];
    },

    'backup.verify': async ({ fileName, key }, call) => {
      const path = existingBackup(vault, fileName);
      const verified = await progress.run('verify', (report) => verifyBackup(path, key, report));
      vault.write(signedInUser(call), 'backup.verified', { fileName }, () => undefined);
      return verifiedSummary(fileName, path, verified);
    },

    'backup.restore': async ({ fileName, key, target }, call) => {
      const path = existingBackup(vault, fileName);
      const restored = await progress.run('restore', (report) => restoreBackup(path, key, target, report));
      vault.write(signedInUser(call), 'backup.restored', { fileName, target }, () => undefined);
      return { ...verifiedSummary(fileName, path, restored.verified), target };
    },

    'backup.progress': () => progress.current(),
  };
}
