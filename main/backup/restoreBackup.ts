import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { ensurePrivateDirectory, fsyncDirectory } from '../base/privateFiles';
import { type VaultMaintenance, vaultFiles } from '../vault';
import type { BackupEncryption, BackupKey } from './backupKeys';
import { memberNames } from './backupManifest';
import { noProgress, type BackupProgress } from './backupProgress';
import { createBackup, type CreatedBackup } from './createBackup';
import type { TarMemberSink } from './format/tarReader';
import { verifyBackup, type VerifiedBackup } from './verifyBackup';

export interface ReplaceCurrentVault {
  /** The vault now in the target folder, open: it is backed up before anything is replaced. */
  readonly current: Pick<VaultMaintenance, 'withOpenVault'>;
  readonly encryption: BackupEncryption;
  /** Where that automatic backup goes (outside the target folder). */
  readonly safetyBackupPath: string;
  /** Called after the automatic backup, before the files are replaced: close the current vault. */
  readonly release: () => void;
}

export interface RestoreOptions {
  /** Without it, the target must be empty or absent. */
  readonly replace?: ReplaceCurrentVault;
}

export interface RestoredVault {
  readonly verified: VerifiedBackup;
  readonly safetyBackup: CreatedBackup | null;
}

/** Writes one member to a new private file, hashing what it writes. */
function fileSink(path: string, digests: Map<string, string>, name: string, open: Set<number>): TarMemberSink {
  const descriptor = openSync(path, 'wx', 0o600);
  open.add(descriptor);
  const hash = createHash('sha256');
  return {
    update(bytes) {
      hash.update(bytes);
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(descriptor, bytes, offset);
    },
    end() {
      fsyncSync(descriptor);
      open.delete(descriptor);
      closeSync(descriptor);
      digests.set(name, hash.digest('hex'));
    },
  };
}

function isEmptyFolder(path: string): boolean {
  return !existsSync(path) || readdirSync(path).length === 0;
}

/**
 * Restores a backup into a data folder. One pass decrypts and checks everything (as verify
 * does) while the database and header are written under temporary names in the target; only
 * when all of it checks out are they renamed into place (database first, header last: the
 * header is what makes a folder hold a vault). A non-empty target is refused unless `replace`
 * is given, which first makes an automatic backup of the vault there and releases it. The
 * restored vault opens with the passwords and recovery key it had when the backup was made.
 */
export async function restoreBackup(
  path: string,
  key: BackupKey,
  targetDataDirectory: string,
  onProgress: BackupProgress = noProgress,
  options: RestoreOptions = {},
): Promise<RestoredVault> {
  const target = resolve(targetDataDirectory);
  if (!options.replace && !isEmptyFolder(target)) throw new AppError('BACKUP_TARGET_NOT_EMPTY', { path: target });
  ensurePrivateDirectory(target);
  const files = vaultFiles(target);
  const stamp = randomBytes(6).toString('hex');
  const temporary = {
    [memberNames.database]: join(target, `.restore-${stamp}.db`),
    [memberNames.header]: join(target, `.restore-${stamp}.header.json`),
  } as Record<string, string>;
  const written = new Map<string, string>();
  const openFiles = new Set<number>();
  try {
    const verified = await verifyBackup(
      path,
      key,
      (done, total) => onProgress(done, total, 'restore'),
      (name) => (temporary[name] ? fileSink(temporary[name], written, name, openFiles) : null),
    );
    for (const name of [memberNames.database, memberNames.header]) {
      const listed = verified.manifest.members.find((member) => member.name === name);
      if (!listed || written.get(name) !== listed.sha256)
        throw new Error(`restored ${name} does not match the manifest`);
    }

    let safetyBackup: CreatedBackup | null = null;
    if (options.replace) {
      const { current, encryption, safetyBackupPath, release } = options.replace;
      if (existsSync(files.header)) {
        safetyBackup = await createBackup(current, encryption, safetyBackupPath, (done, total) =>
          onProgress(done, total, 'safety-backup'),
        );
      }
      release();
      // Journals of the replaced database must not be applied to the restored one.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${files.database}${suffix}`, { force: true });
    }
    renameSync(temporary[memberNames.database]!, files.database);
    renameSync(temporary[memberNames.header]!, files.header);
    fsyncDirectory(target);
    return { verified, safetyBackup };
  } finally {
    for (const descriptor of openFiles) closeSync(descriptor);
    for (const file of Object.values(temporary)) rmSync(file, { force: true });
  }
}
