import type { ArchiveRecipient } from '../../shared/backup/backupSchemas';
import type { Bilingual } from '../../shared/i18n/language';
import type { ReadableDB, WritableDB } from '../vault';

/** The archive's settings and recipients, kept in the vault (they are the committee's). */
export const defaultKeep = 10;

function setting(db: ReadableDB, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function setSetting(db: WritableDB, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

export function backupPlace(db: ReadableDB): { folder: string | null; keep: number } {
  const keep = Number(setting(db, 'backup_keep'));
  return { folder: setting(db, 'backup_folder'), keep: Number.isInteger(keep) && keep > 0 ? keep : defaultKeep };
}

export function setBackupPlace(db: WritableDB, folder: string | null, keep: number): void {
  setSetting(db, 'backup_folder', folder);
  setSetting(db, 'backup_keep', String(keep));
}

export function activeRecipients(db: ReadableDB): ArchiveRecipient[] {
  return db
    .prepare(
      `SELECT id, label, recipient, created_at AS createdAt FROM archive_recipients
       WHERE removed_at IS NULL ORDER BY created_at, id`,
    )
    .all() as ArchiveRecipient[];
}

export function insertRecipient(db: WritableDB, recipient: ArchiveRecipient): void {
  db.prepare('INSERT INTO archive_recipients (id, label, recipient, created_at) VALUES (?, ?, ?, ?)').run(
    recipient.id,
    recipient.label,
    recipient.recipient,
    recipient.createdAt,
  );
}

export function recipientExists(db: ReadableDB, recipient: string): boolean {
  return db.prepare('SELECT 1 FROM archive_recipients WHERE recipient = ?').get(recipient) !== undefined;
}

/** Removed recipients stay on record (the audit names them), they only stop receiving new backups. */
export function removeRecipient(db: WritableDB, id: string, at: string): boolean {
  return (
    db.prepare('UPDATE archive_recipients SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(at, id)
      .changes === 1
  );
}

export interface AutomaticBackupOutcome {
  readonly at: string;
  readonly contestId: string | null;
  readonly fileName: string | null;
  readonly problem: Bilingual | null;
}

export function recordAutomaticBackup(db: WritableDB, outcome: AutomaticBackupOutcome): void {
  db.prepare('INSERT INTO automatic_backups (at, contest_id, file_name, problem) VALUES (?, ?, ?, ?)').run(
    outcome.at,
    outcome.contestId,
    outcome.fileName,
    outcome.problem && JSON.stringify(outcome.problem),
  );
}

export function lastAutomaticBackup(db: ReadableDB): Omit<AutomaticBackupOutcome, 'contestId'> | null {
  const row = db
    .prepare('SELECT at, file_name AS fileName, problem FROM automatic_backups ORDER BY id DESC LIMIT 1')
    .get() as { at: string; fileName: string | null; problem: string | null } | undefined;
  return row ? { ...row, problem: row.problem ? (JSON.parse(row.problem) as Bilingual) : null } : null;
}
