import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenVault, VaultDatabase, VaultHeader, VaultMaintenance } from '../vault';

/** A consistent copy of the vault at one moment: its database (still encrypted) and its header. */
export interface VaultSnapshot {
  /** The copy of the database, encrypted with the vault key like the original. */
  readonly databasePath: string;
  readonly header: VaultHeader;
  /** The header file as a restored vault gets it. */
  readonly headerText: string;
  /** A read-only connection to the copy, for what the archive lists beside it. */
  readonly db: VaultDatabase;
  /**
   * Closes the connection and deletes the copy, off the main thread: unlinking a file of hundreds
   * of megabytes took a third of a second, and saves were waiting behind it.
   */
  remove(): Promise<void>;
}

const plainSqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

function startsAsPlainSqlite(path: string): boolean {
  const descriptor = openSync(path, 'r');
  try {
    const first = Buffer.alloc(plainSqliteMagic.length);
    readSync(descriptor, first, 0, first.length, 0);
    return first.equals(plainSqliteMagic);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * How the copy is taken; both give a consistent copy of one moment:
 * - 'checkpoint-copy' (the default): under the vault's exclusive lock the WAL is checkpointed into
 *   the database file (TRUNCATE, so the file alone is the whole database) and automatic
 *   checkpoints are held; then the file's pages, still encrypted under the vault key, are copied
 *   off the main thread while saves go on into the WAL and leave the file untouched. If the file
 *   changed all the same (a key rotation, a lock closing the connection), the copy is taken again
 *   at once, synchronously. About 0.4 s for a million ballots here, with saves stalled only by the
 *   checkpoint.
 * - 'vacuum': SQLite's own copy, VACUUM INTO, for when compaction is wanted: every page is
 *   decrypted and re-encrypted (sqlite3mc keys the target like the main database; better-sqlite3's
 *   backup API cannot key its destination), about 4.5 s for the same vault, all of it blocking.
 */
export type SnapshotMethod = 'vacuum' | 'checkpoint-copy';

/** The copy and whatever SQLite may have made beside it. */
const snapshotFiles = (databasePath: string) =>
  ['', '-journal', '-wal', '-shm'].map((suffix) => `${databasePath}${suffix}`);

/** Tests only: runs while the database file is being copied and saves may come in. */
export type DuringCopy = () => void;

/** The database file as the file system last saw it written. */
function fileState(path: string): string {
  const stat = statSync(path, { bigint: true });
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The WAL checkpointed into the file: from here the file alone is the database, until the next checkpoint. */
function checkpoint(db: VaultDatabase): void {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number }>;
  if (!result || result.busy !== 0 || result.log !== 0) throw new Error('the WAL could not be checkpointed');
}

interface Moment {
  readonly opened: Readonly<OpenVault>;
  readonly key: Buffer;
  readonly header: VaultHeader;
  readonly fileState: string;
  /** The connection's automatic checkpoint, held at 0 while the file is copied. */
  readonly autocheckpoint: number;
}

/**
 * Copies the database file off the main thread while saves go into the WAL. True when the copy
 * is of one moment: the same open vault, the same key, and a file no one wrote meanwhile.
 */
async function copyBesideSaves(
  vault: Pick<VaultMaintenance, 'withOpenVault'>,
  databasePath: string,
  duringCopy: DuringCopy | undefined,
): Promise<Moment | null> {
  const moment = vault.withOpenVault((opened): Moment => {
    checkpoint(opened.db);
    const autocheckpoint = Number(opened.db.pragma('wal_autocheckpoint', { simple: true }));
    opened.db.pragma('wal_autocheckpoint=0');
    return { opened, key: opened.key, header: opened.header, fileState: fileState(opened.db.name), autocheckpoint };
  });
  try {
    const copying = copyFile(moment.opened.db.name, databasePath, constants.COPYFILE_EXCL);
    duringCopy?.();
    await copying;
  } finally {
    if (moment.opened.db.open) moment.opened.db.pragma(`wal_autocheckpoint=${moment.autocheckpoint}`);
  }
  const unchanged = vault.withOpenVault(
    (opened) => opened === moment.opened && opened.key === moment.key && fileState(opened.db.name) === moment.fileState,
  );
  return unchanged ? moment : null;
}

/**
 * A consistent copy of the open vault, written into `folder` (beside the backup being made),
 * never in the clear (the first bytes are checked all the same), and read back through a
 * read-only connection keyed in a synchronous step, so the key never leaves the vault. The header
 * is the one of the copy's moment, its audit anchor at the copy's last entry.
 */
export async function snapshotVault(
  vault: Pick<VaultMaintenance, 'withOpenVault'>,
  folder: string,
  method: SnapshotMethod = 'checkpoint-copy',
  duringCopy?: DuringCopy,
): Promise<VaultSnapshot> {
  const databasePath = join(folder, `.kiem-phieu-snapshot-${randomBytes(8).toString('hex')}.db`);
  const removeFiles = () => {
    for (const path of snapshotFiles(databasePath)) rmSync(path, { force: true });
  };
  try {
    let header: VaultHeader | null = null;
    if (method === 'checkpoint-copy') {
      const moment = await copyBesideSaves(vault, databasePath, duringCopy);
      if (moment) header = moment.header;
      else removeFiles();
    }
    return vault.withOpenVault((opened) => {
      if (!header) {
        // VACUUM INTO, or a copy that did not hold: taken now, in one synchronous step.
        if (method === 'vacuum') opened.db.prepare('VACUUM INTO ?').run(databasePath);
        else {
          checkpoint(opened.db);
          copyFileSync(opened.db.name, databasePath, constants.COPYFILE_EXCL);
        }
        header = opened.header;
      }
      return openSnapshot(databasePath, opened.key, header);
    });
  } catch (error) {
    removeFiles();
    throw error;
  }
}

function openSnapshot(databasePath: string, key: Buffer, header: VaultHeader): VaultSnapshot {
  if (startsAsPlainSqlite(databasePath)) throw new Error('the snapshot was written unencrypted');
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    databasePath,
    header,
    headerText: `${JSON.stringify(header, null, 2)}\n`,
    db,
    async remove() {
      if (db.open) db.close();
      await Promise.all(snapshotFiles(databasePath).map((path) => rm(path, { force: true })));
    },
  };
}
