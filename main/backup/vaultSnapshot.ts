import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VaultDatabase, VaultHeader, VaultMaintenance } from '../vault';

/** A consistent copy of the vault at one moment: its database (still encrypted) and its header. */
export interface VaultSnapshot {
  /** The copy of the database, encrypted with the vault key like the original. */
  readonly databasePath: string;
  readonly header: VaultHeader;
  /** The header file as a restored vault gets it. */
  readonly headerText: string;
  /** A read-only connection to the copy, for what the archive lists beside it. */
  readonly db: VaultDatabase;
  /** Closes the connection and deletes the copy. */
  remove(): void;
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
 * How the copy is taken, both while the app runs and both consistent (nothing else can write
 * during the synchronous step; the exclusive lock keeps other processes out):
 * - 'vacuum': SQLite's own copy, VACUUM INTO. better-sqlite3's backup API cannot key its
 *   destination (sqlite3mc refuses it as incompatible), while sqlite3mc gives a VACUUM INTO
 *   target the key and cipher of the main database. Every page is decrypted and re-encrypted:
 *   about 4.5 s for a million ballots here.
 * - 'checkpoint-copy': the WAL is checkpointed into the database file (TRUNCATE, so the file
 *   alone is the whole database) and the file's encrypted pages are copied as they are: about
 *   0.4 s for the same vault, and byte for byte the vault's own file.
 */
export type SnapshotMethod = 'vacuum' | 'checkpoint-copy';

function copyDatabase(db: VaultDatabase, databasePath: string, method: SnapshotMethod): void {
  if (method === 'vacuum') {
    db.prepare('VACUUM INTO ?').run(databasePath);
    return;
  }
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number }>;
  if (!checkpoint || checkpoint.busy !== 0 || checkpoint.log !== 0)
    throw new Error('the WAL could not be checkpointed');
  copyFileSync(db.name, databasePath, constants.COPYFILE_EXCL);
}

/**
 * A consistent copy of the open vault, written into `folder` (beside the backup being made),
 * never in the clear (the first bytes are checked all the same), and read back through a
 * read-only connection keyed in the same synchronous step, so the key never leaves the vault.
 */
export function snapshotVault(
  vault: Pick<VaultMaintenance, 'withOpenVault'>,
  folder: string,
  method: SnapshotMethod = 'vacuum',
): VaultSnapshot {
  const databasePath = join(folder, `.kiem-phieu-snapshot-${randomBytes(8).toString('hex')}.db`);
  const removeFiles = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  };
  return vault.withOpenVault((opened) => {
    let db: VaultDatabase | null = null;
    try {
      copyDatabase(opened.db, databasePath, method);
      if (startsAsPlainSqlite(databasePath)) throw new Error('the snapshot was written unencrypted');
      db = new Database(databasePath, { readonly: true, fileMustExist: true });
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key="x'${opened.key.toString('hex')}'"`);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      db?.close();
      removeFiles();
      throw error;
    }
    const connection = db;
    return {
      databasePath,
      header: opened.header,
      headerText: `${JSON.stringify(opened.header, null, 2)}\n`,
      db: connection,
      remove() {
        if (connection.open) connection.close();
        removeFiles();
      },
    };
  });
}
