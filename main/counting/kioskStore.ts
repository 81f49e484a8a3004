import { createHash, randomUUID } from 'node:crypto';
import type { BallotEntry } from '../../shared/counting/ballot';
import type { ReadableDB, WritableDB } from '../vault';

/**
 * The SQL of the kiosk (migration 018): codes as digests, sheets issued, ballots waiting, closing.
 * Counting owns these tables as it owns batches and ballots: its reconciliation must see a kiosk
 * still holding ballots; the kiosk's calls (main/kiosk) work through the functions here.
 */

/** The digest a code is kept as: the slips carry the code, the vault only this. */
export const codeDigest = (code: string): string => createHash('sha256').update(`kiosk-code:${code}`).digest('hex');

export function insertSheet(
  db: WritableDB,
  unitId: string,
  codes: readonly string[],
  by: { userId: string; at: string },
): number {
  const number = db
    .prepare('SELECT coalesce(max(number), 0) + 1 FROM kiosk_sheets WHERE unit_id = ?')
    .pluck()
    .get(unitId) as number;
  db.prepare('INSERT INTO kiosk_sheets (unit_id, number, count, issued_at, issued_by) VALUES (?, ?, ?, ?, ?)').run(
    unitId,
    number,
    codes.length,
    by.at,
    by.userId,
  );
  const insert = db.prepare('INSERT INTO kiosk_codes (code_digest, unit_id, sheet) VALUES (?, ?, ?)');
  for (const code of codes) insert.run(codeDigest(code), unitId, number);
  return number;
}

/** Whether a code is live for this conference: issued for it and not burned. */
export function isLiveCode(db: ReadableDB, unitId: string, code: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM kiosk_codes WHERE code_digest = ? AND unit_id = ? AND burned = 0')
      .get(codeDigest(code), unitId) !== undefined
  );
}

/** Burns a live code; false when it was not live (so two casts with one code cannot both pass). */
export function burnCode(db: WritableDB, unitId: string, code: string): boolean {
  return (
    db
      .prepare('UPDATE kiosk_codes SET burned = 1 WHERE code_digest = ? AND unit_id = ? AND burned = 0')
      .run(codeDigest(code), unitId).changes === 1
  );
}

/** A ballot waiting for the kiosk to close: a random id, its contest, nothing else. */
export function stageBallot(db: WritableDB, contestId: string, entry: BallotEntry): void {
  db.prepare('INSERT INTO kiosk_ballots (id, contest_id, entry) VALUES (?, ?, ?)').run(
    randomUUID(),
    contestId,
    JSON.stringify(entry),
  );
}

export function stagedBallots(db: ReadableDB, contestId: string): Array<{ id: string; entry: BallotEntry }> {
  return (
    db.prepare('SELECT id, entry FROM kiosk_ballots WHERE contest_id = ?').all(contestId) as Array<{
      id: string;
      entry: string;
    }>
  ).map((row) => ({ id: row.id, entry: JSON.parse(row.entry) as BallotEntry }));
}

export function clearStaged(db: WritableDB, contestId: string): void {
  db.prepare('DELETE FROM kiosk_ballots WHERE contest_id = ?').run(contestId);
}

export function codeCounts(db: ReadableDB, unitId: string): { issued: number; used: number } {
  return db
    .prepare('SELECT count(*) AS issued, coalesce(sum(burned), 0) AS used FROM kiosk_codes WHERE unit_id = ?')
    .get(unitId) as { issued: number; used: number };
}

export function sheetsOf(db: ReadableDB, unitId: string) {
  return db
    .prepare('SELECT number, count, issued_at AS issuedAt FROM kiosk_sheets WHERE unit_id = ? ORDER BY number')
    .all(unitId) as Array<{ number: number; count: number; issuedAt: string }>;
}

export function isKioskClosed(db: ReadableDB, unitId: string): boolean {
  return db.prepare('SELECT 1 FROM kiosk_closed WHERE unit_id = ?').get(unitId) !== undefined;
}

export function markKioskClosed(db: WritableDB, unitId: string, by: { userId: string; at: string }): void {
  db.prepare('INSERT INTO kiosk_closed (unit_id, closed_at, closed_by) VALUES (?, ?, ?)').run(unitId, by.at, by.userId);
}

/** What the reconciliation needs of a conference's kiosk; null when it issued no code. */
export function kioskFigures(db: ReadableDB, unitId: string): { issued: number; used: number; closed: boolean } | null {
  const { issued, used } = codeCounts(db, unitId);
  return issued === 0 ? null : { issued, used, closed: isKioskClosed(db, unitId) };
}
