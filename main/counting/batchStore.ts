import { message } from '../../shared/i18n/messages';
import { randomUUID } from 'node:crypto';
import { ballotEntrySchema, type BallotEntry } from '../../shared/counting/ballot';
import type { BatchSummary } from '../../shared/counting/countingSchemas';
import { AppError } from '../../shared/errors';
import type { ReadableDB, WritableDB } from '../vault';
import { batchOrigin } from './batchSourceStore';
import { openReturnFigures } from './keyerReturnStore';

/** The SQL of batches, their keyings and the ballots keyed in each. */

export interface BatchRow {
  readonly id: string;
  readonly contestId: string;
  readonly number: number;
  readonly label: string;
  readonly source: 'keyed' | 'imported';
  readonly verified: boolean;
  /** A batch keyed for a correction after sealing: pending until it concludes (migration 023). */
  readonly correctionState: 'pending' | 'counted' | 'setAside' | null;
}

export interface KeyingRow {
  readonly id: string;
  readonly batchId: string;
  readonly pass: number;
  readonly userId: string;
  readonly sessionId: string;
  readonly finished: boolean;
}

export function getBatch(db: ReadableDB, batchId: string): BatchRow {
  const row = db
    .prepare('SELECT id, contest_id, number, label, source, verified_at, correction_state FROM batches WHERE id = ?')
    .get(batchId) as
    | {
        id: string;
        contest_id: string;
        number: number;
        label: string;
        source: 'keyed' | 'imported';
        verified_at: string | null;
        correction_state: 'pending' | 'counted' | 'setAside' | null;
      }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.batchStore.batch') });
  return {
    id: row.id,
    contestId: row.contest_id,
    number: row.number,
    label: row.label,
    source: row.source,
    verified: row.verified_at !== null,
    correctionState: row.correction_state,
  };
}

export function createBatch(
  db: WritableDB,
  contestId: string,
  label: string,
  source: 'keyed' | 'imported',
  now: string,
  /** Kept when given: a batch merged from a desk keeps the id it had there, so merging it twice is seen. */
  id: string = randomUUID(),
): string {
  const { next } = db
    .prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM batches WHERE contest_id = ?')
    .get(contestId) as { next: number };
  db.prepare('INSERT INTO batches (id, contest_id, number, label, source, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    contestId,
    next,
    label,
    source,
    now,
  );
  return id;
}

export function markBatchVerified(db: WritableDB, batchId: string, now: string): void {
  db.prepare('UPDATE batches SET verified_at = ? WHERE id = ?').run(now, batchId);
}

const keyingColumns = 'id, batch_id, pass, user_id, session_id, finished_at';
type KeyingDbRow = {
  id: string;
  batch_id: string;
  pass: number;
  user_id: string;
  session_id: string;
  finished_at: string | null;
};
const toKeying = (row: KeyingDbRow): KeyingRow => ({
  id: row.id,
  batchId: row.batch_id,
  pass: row.pass,
  userId: row.user_id,
  sessionId: row.session_id,
  finished: row.finished_at !== null,
});

export function keyingsOf(db: ReadableDB, batchId: string): KeyingRow[] {
  return (
    db.prepare(`SELECT ${keyingColumns} FROM keyings WHERE batch_id = ? ORDER BY pass`).all(batchId) as KeyingDbRow[]
  ).map(toKeying);
}

export function getKeying(db: ReadableDB, keyingId: string): KeyingRow {
  const row = db.prepare(`SELECT ${keyingColumns} FROM keyings WHERE id = ?`).get(keyingId) as KeyingDbRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.thing.keying') });
  return toKeying(row);
}

export function insertKeying(
  db: WritableDB,
  batchId: string,
  pass: number,
  userId: string,
  sessionId: string,
  now: string,
): string {
  const id = randomUUID();
  db.prepare('INSERT INTO keyings (id, batch_id, pass, user_id, session_id, started_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    batchId,
    pass,
    userId,
    sessionId,
    now,
  );
  return id;
}

export function finishKeying(db: WritableDB, keyingId: string, now: string): void {
  db.prepare('UPDATE keyings SET finished_at = ? WHERE id = ?').run(now, keyingId);
}

export function keyedCount(db: ReadableDB, keyingId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM keyed_ballots WHERE keying_id = ?').get(keyingId) as { n: number }).n;
}

export function insertKeyedBallot(
  db: WritableDB,
  keyingId: string,
  position: number,
  entry: BallotEntry,
  keystrokes: number,
  activeMs: number,
): void {
  db.prepare(
    'INSERT INTO keyed_ballots (keying_id, position, ballot_id, entry, keystrokes, active_ms) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(keyingId, position, randomUUID(), JSON.stringify(entry), keystrokes, activeMs);
}

/** A keyed ballot read again from the paper (a return): its id, keystrokes and time stay. */
export function updateKeyedBallot(db: WritableDB, keyingId: string, position: number, entry: BallotEntry): void {
  db.prepare('UPDATE keyed_ballots SET entry = ? WHERE keying_id = ? AND position = ?').run(
    JSON.stringify(entry),
    keyingId,
    position,
  );
}

export function deleteKeyedBallot(db: WritableDB, keyingId: string, position: number): void {
  db.prepare('DELETE FROM keyed_ballots WHERE keying_id = ? AND position = ?').run(keyingId, position);
}

export function keyedBallots(db: ReadableDB, keyingId: string): BallotEntry[] {
  return (
    db.prepare('SELECT entry FROM keyed_ballots WHERE keying_id = ? ORDER BY position').all(keyingId) as Array<{
      entry: string;
    }>
  ).map((row) => ballotEntrySchema.parse(JSON.parse(row.entry)));
}

export function batchIdsOfContest(db: ReadableDB, contestId: string): string[] {
  return (
    db.prepare('SELECT id FROM batches WHERE contest_id = ? ORDER BY number').all(contestId) as Array<{ id: string }>
  ).map((row) => row.id);
}

/** Everything the desk shows about a batch, without a single keyed value. */
export function batchSummary(db: ReadableDB, batchId: string, viewerId: string, passesRequired: number): BatchSummary {
  const batch = getBatch(db, batchId);
  const keyings = db
    .prepare(
      `SELECT k.pass, u.login, k.user_id, k.finished_at, (SELECT count(*) FROM keyed_ballots b WHERE b.keying_id = k.id) AS ballots
       FROM keyings k JOIN users u ON u.id = k.user_id WHERE k.batch_id = ? ORDER BY k.pass`,
    )
    .all(batchId) as Array<{
    pass: number;
    login: string;
    user_id: string;
    finished_at: string | null;
    ballots: number;
  }>;
  const { unresolved } = db
    .prepare('SELECT count(*) AS unresolved FROM mismatches WHERE batch_id = ? AND resolution IS NULL')
    .get(batchId) as {
    unresolved: number;
  };
  const { verifiedBallots } = db
    .prepare('SELECT count(*) AS verifiedBallots FROM ballots WHERE batch_id = ?')
    .get(batchId) as { verifiedBallots: number };
  const origin = batch.source === 'imported' ? batchOrigin(db, batchId) : null;
  const openReturn = openReturnFigures(db, batchId);
  const correction = correctionFigures(db, batchId);
  return {
    id: batch.id,
    number: batch.number,
    label: batch.label,
    source: batch.source,
    keyings: keyings.map((keying) => ({
      pass: keying.pass,
      userLogin: keying.login,
      ballots: keying.ballots,
      finished: keying.finished_at !== null,
      mine: keying.user_id === viewerId,
    })),
    passesRequired: batch.source === 'imported' ? 0 : passesRequired,
    unresolvedMismatches: unresolved,
    verified: batch.verified,
    verifiedBallots,
    ...(origin ? { importedFrom: origin } : {}),
    ...(openReturn ? { openReturn } : {}),
    ...correction,
  };
}

/** What the desk says of a batch keyed for a correction, or of one a correction replaced. */
function correctionFigures(db: ReadableDB, batchId: string) {
  const row = db
    .prepare(
      `SELECT b.correction_state AS state, c.number AS correction, r.number AS replaces,
              (SELECT n.number FROM batches n WHERE n.replaces_batch_id = b.id AND n.correction_state = 'counted') AS replaced_by
       FROM batches b LEFT JOIN corrections c ON c.id = b.correction_id LEFT JOIN batches r ON r.id = b.replaces_batch_id
       WHERE b.id = ?`,
    )
    .get(batchId) as {
    state: 'pending' | 'counted' | 'setAside' | null;
    correction: number | null;
    replaces: number | null;
    replaced_by: number | null;
  };
  return {
    ...(row.state && row.correction !== null
      ? { correction: { number: row.correction, state: row.state, replaces: row.replaces } }
      : {}),
    ...(row.replaced_by !== null ? { replacedBy: row.replaced_by } : {}),
  };
}
