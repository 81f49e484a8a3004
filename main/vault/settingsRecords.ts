import type { ReadableDB, WritableDB } from './vaultStore';

/** Settings kept inside the vault (they are the committee's, not the workstation's). */
export const defaultIdleLockSeconds = 10 * 60;

export function idleLockSeconds(db: ReadableDB): number {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'idle_lock_seconds'`).get() as
    { value: string } | undefined;
  const seconds = row ? Number(row.value) : defaultIdleLockSeconds;
  return Number.isInteger(seconds) && seconds > 0 ? seconds : defaultIdleLockSeconds;
}

export function setIdleLockSeconds(db: WritableDB, seconds: number): void {
  db.prepare(
    `INSERT INTO settings (key, value) VALUES ('idle_lock_seconds', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(String(seconds));
}
