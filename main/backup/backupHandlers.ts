import type { BackupSummary } from '../../shared/backup/backupSchemas';
import { message } from '../../shared/i18n/messages';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { backupCalls } from '../../shared/contract/backupCalls';
import { fail, Failure } from '../../shared/errors';
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
import { type Handlers, signedInUser } from '../base/handlers';
import type { Vault, VaultStore } from '../vault';

export interface BackupDependencies {
  readonly store: Vault['store'];
  readonly maintenance: Vault['maintenance'];
  /** Restoring over the working vault locks it first. */
  readonly lock: Vault['lock'];
  readonly files: Vault['files'];
  readonly progress: BackupProgressTracker;
  readonly now?: () => Date;
}

/** The backup folder (or the one given), refused in words when a backup could not be written there. */
function writableFolder(store: VaultStore, chosen?: string): string | Failure<'BACKUP_FOLDER_UNAVAILABLE'> {
  const folder = chosen ?? store.read(backupPlace).folder;
  const { state } = folderState(folder);
  return state === 'ok' && folder ? folder : fail('BACKUP_FOLDER_UNAVAILABLE', { state });
}

function existingBackup(store: VaultStore, fileName: string): string | Failure<'BACKUP_NOT_FOUND'> {
  const { folder } = store.read(backupPlace);
  const path = folder ? join(folder, fileName) : null;
  return path && existsSync(path) ? path : fail('BACKUP_NOT_FOUND', { fileName });
}

export function createBackupHandlers({
  store,
  maintenance,
  lock,
  files,
  progress,
  now = () => new Date(),
}: BackupDependencies): Handlers<typeof backupCalls> {
  /** A backup of this vault: does its history still lead to the anchor the backup recorded? */
  const anchorChecked = (summary: BackupSummary, vaultId: string): BackupSummary => {
    const anchor = summary.auditAnchor;
    // `backup verify --file` runs without a vault: then there is no history to compare with.
    if (!anchor || lock.state() !== 'unlocked' || vaultId !== maintenance.header().vaultId) return summary;
    const [checked] = maintenance.verifyAudit([{ source: 'backup', label: summary.fileName, ...anchor }]).anchors;
    return { ...summary, auditAnchorHolds: checked?.holds ?? null };
  };

  return {
    'backup.settings': () =>
      store.read((db) => {
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
      store.write(signedInUser(call), 'backup.configured', { folder, keep }, (db) => {
        setBackupPlace(db, folder, keep);
        return { folder, keep };
      }),

    'backup.generateKey': async ({ label }, call) => {
      const key = await generateArchiveKey();
      const recipient = { id: randomUUID(), label, recipient: key.recipient, createdAt: now().toISOString() };
      store.write(signedInUser(call), 'backup.keyGenerated', { label, recipient: key.recipient }, (db) =>
        insertRecipient(db, recipient),
      );
      return { recipient, identity: key.identity };
    },

    'backup.addRecipient': ({ label, recipient }, call) =>
      store.write(signedInUser(call), 'backup.recipientAdded', { label, recipient }, (db) => {
        if (recipientExists(db, recipient)) return fail('RECIPIENT_EXISTS');
        const added = { id: randomUUID(), label, recipient, createdAt: now().toISOString() };
        insertRecipient(db, added);
        return added;
      }),

    'backup.removeRecipient': ({ id }, call) =>
      store.write(signedInUser(call), 'backup.recipientRemoved', { id }, (db) => {
        if (!removeRecipient(db, id, now().toISOString())) return fail('RECIPIENT_NOT_FOUND');
        return { removed: true as const };
      }),

    'backup.export': async (input, call) => {
      const user = signedInUser(call);
      const folder = writableFolder(store, input.folder);
      if (folder instanceof Failure) return folder;
      const recipients = store.read(activeRecipients).map((row) => row.recipient);
      if (input.to === 'recipients' && recipients.length === 0) return fail('BACKUP_NO_RECIPIENTS');
      const encryption = input.to === 'passphrase' ? { passphrase: input.passphrase } : { recipients };
      const fileName = backupFileName(folder, now(), false);
      const made = await progress.run(
        'export',
        (report) =>
          createBackup(maintenance, encryption, join(folder, fileName), report, {
            snapshot: input.compact ? 'vacuum' : 'checkpoint-copy',
          }),
        call.session.onProgress,
      );
      store.write(user, 'backup.exported', { fileName, bytes: made.size, to: input.to }, () => undefined);
      return summaryOf(fileName, made.size, made.manifest, 0);
    },

    'backup.list': () => {
      const { folder } = store.read(backupPlace);
      return folder && folderState(folder).state !== 'missing' ? listBackups(folder) : [];
    },

    'backup.verify': async ({ fileName, key }, call) => {
      const path = existingBackup(store, fileName);
      if (path instanceof Failure) return path;
      const verified = await progress.run(
        'verify',
        (report) => verifyBackup(path, key, report),
        call.session.onProgress,
      );
      const summary = anchorChecked(verifiedSummary(fileName, path, verified), verified.manifest.vaultId);
      store.write(
        signedInUser(call),
        'backup.verified',
        { fileName, auditAnchorHolds: summary.auditAnchorHolds },
        () => undefined,
      );
      return summary;
    },

    'backup.restore': async ({ fileName, key, target }, call) => {
      const path = existingBackup(store, fileName);
      if (path instanceof Failure) return path;
      const restored = await progress.run(
        'restore',
        (report) => restoreBackup(path, key, target, report),
        call.session.onProgress,
      );
      store.write(signedInUser(call), 'backup.restored', { fileName, target }, () => undefined);
      return { ...verifiedSummary(fileName, path, restored.verified), target };
    },

    'backup.progress': () => progress.current(),

    'backup.verifyFile': async ({ path, key }, call) => {
      const verified = await progress.run(
        'verify',
        (report) => verifyBackup(path, key, report),
        call.session.onProgress,
      );
      return anchorChecked(verifiedSummary(path, path, verified), verified.manifest.vaultId);
    },

    'backup.restoreFile': async ({ path, key, target }, call) => {
      const restored = await progress.run(
        'restore',
        (report) => restoreBackup(path, key, target, report),
        call.session.onProgress,
      );
      return { ...verifiedSummary(path, path, restored.verified), target };
    },

    // Only a keeper of the archive, after typing the vault's name, and only after a backup of it.
    'backup.restoreOver': async ({ path, key, vaultName }, call) => {
      const user = signedInUser(call);
      if (vaultName.trim() !== maintenance.header().vaultName)
        return fail('INVALID_INPUT', { reason: message('core.backupHandlers.theVaultNameDoes') });
      const recipients = store.read(activeRecipients).map((row) => row.recipient);
      if (recipients.length === 0) return fail('BACKUP_NO_RECIPIENTS');
      store.write(user, 'backup.restored', { fileName: basename(path), target: files.database }, () => undefined);
      const dataFolder = dirname(files.database);
      const beside = dirname(dataFolder);
      const restored = await progress.run('restore', (report) =>
        restoreBackup(path, key, dataFolder, report, {
          replace: {
            current: maintenance,
            encryption: { recipients },
            safetyBackupPath: join(
              beside,
              backupFileName(beside, now(), false).replace('.age', '-truoc-khoi-phuc.age'),
            ),
            release: () => lock.lock('manual'),
          },
        }),
      );
      return {
        ...verifiedSummary(path, path, restored.verified),
        safetyBackup: restored.safetyBackup?.path ?? null,
      };
    },
  };
}
