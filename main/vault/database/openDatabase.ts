import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync } from 'node:fs';
import { AppError } from '../../../shared/errors';

export type VaultDatabase = Database.Database;

/** The key opened the file but it is not a database this key can read: wrong key or damaged file. */
export class UnreadableDatabase extends Error {}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

/**
 * Opens the SQLCipher database in a fixed order: cipher settings before the key, the key
 * (raw, 256 bits), an exclusive lock so no other process writes beside us, WAL with full
 * fsync, foreign keys, secure delete, temporary data in memory, then a probe read.
 */
export function openEncryptedDatabase(path: string, key: Buffer, { create }: { create: boolean }): VaultDatabase {
  let db: VaultDatabase;
  try {
    // SQLite gives its WAL the database file's mode, so creating it 0600 keeps all of them private.
    if (create) closeSync(openSync(path, 'wx', 0o600));
    db = new Database(path, { fileMustExist: !create });
  } catch {
    throw new UnreadableDatabase(`cannot open ${path}`);
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.pragma('busy_timeout=0');
    db.pragma('locking_mode=EXCLUSIVE');
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_BUSY') throw new AppError('VAULT_IN_USE');
      throw new UnreadableDatabase(sqliteCode(error));
    }
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('foreign_keys=ON');
    db.pragma('secure_delete=ON');
    db.pragma('temp_store=MEMORY');
    // A full tally reads every packed ballot record (about 18 MB for a million ballots). With
    // SQLite's 2 MB default each recount decrypts and HMAC-checks every page again; 64 MB keeps
    // them after the first one (test/bench/tally.bench.ts). mmap_size measured no gain: encrypted
    // pages are still read and decrypted one by one.
    db.pragma('cache_size=-65536');
    // Take the write lock now rather than at the first change, so a second process is told at once.
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError || error instanceof UnreadableDatabase) throw error;
    if (sqliteCode(error) === 'SQLITE_BUSY') throw new AppError('VAULT_IN_USE');
    throw new UnreadableDatabase(sqliteCode(error) || String(error));
  }
}

/** SQLCipher cannot re-key a database in WAL mode: leave WAL, re-key, return to WAL. */
export function rekeyDatabase(db: VaultDatabase, newKey: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode=DELETE');
  db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  db.pragma('journal_mode=WAL');
}
