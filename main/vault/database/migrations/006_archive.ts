import type { VaultDatabase } from '../openDatabase';

/**
 * The archive: the public halves of the archive keys every backup is encrypted to (their secret
 * halves are never stored here), and the outcome of the latest automatic backup. The backup
 * folder and how many backups to keep are settings (`backup_folder`, `backup_keep`).
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE archive_recipients (
      id TEXT PRIMARY KEY,
      label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
      recipient TEXT NOT NULL UNIQUE CHECK (recipient GLOB 'age1*' AND length(recipient) = 62),
      created_at TEXT NOT NULL,
      removed_at TEXT
    );
    CREATE TABLE automatic_backups (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      contest_id TEXT,
      file_name TEXT,
      problem TEXT
    );
  `);
}
