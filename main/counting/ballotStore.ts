import { randomInt, randomUUID } from 'node:crypto';
import { invalidReasons, type BallotEntry, type InvalidReason, type ValidBallot } from '../../shared/counting/ballot';
import { packRecord, recordBytes } from '../../shared/counting/packedMarks';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of verified ballots — what is tallied. */

/** A cryptographically random order, so a record's slot tells nothing of the keying order. */
function shuffled<T>(items: readonly T[]): T[] {
  const order = [...items];
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/**
 * A verified batch's ballots, once: a keyed ballot gets a fresh random id, an imported one keeps
 * the id its file gives it; the valid ones' marks go into the batch's packed record blob (see
 * migration 004) — what a tally reads.
 *
 * Storage never keeps keying order. Ballots are a rowid table (migration 012), stored in the order
 * they are inserted, so every ballot of the batch — valid and invalid — is inserted in one
 * cryptographically random order, and a valid ballot's slot in the blob is its place among the
 * valid ones in that same order.
 */
export function insertVerifiedBallots(
  db: WritableDB,
  contestId: string,
  batchId: string,
  entries: ReadonlyArray<BallotEntry & { readonly id?: string }>,
): void {
  const insertBallot = db.prepare(
    'INSERT INTO ballots (id, contest_id, batch_id, valid, invalid_reason, slot) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertText = db.prepare('INSERT INTO ballot_texts (ballot_id, kind, criterion, text) VALUES (?, ?, ?, ?)');
  const order = shuffled(entries);
  const valid = order.filter((entry): entry is ValidBallot & { id?: string } => entry.valid);
  const width = (valid[0]?.answers.length ?? 0) + 1;
  const marks = new Uint8Array(recordBytes(width) * valid.length);
  let slot = 0;
  for (const entry of order) {
    const id = entry.id ?? randomUUID();
    if (!entry.valid) {
      insertBallot.run(id, contestId, batchId, 0, entry.invalidReason, null);
      if (entry.invalidText.trim() !== '') insertText.run(id, 'invalid', 0, entry.invalidText);
      continue;
    }
    packRecord(marks, width, slot, entry.answers, entry.prestige);
    insertBallot.run(id, contestId, batchId, 1, null, slot);
    slot += 1;
    for (const [criterion, text] of Object.entries(entry.notes)) insertText.run(id, 'note', Number(criterion), text);
    if (entry.other.trim() !== '') insertText.run(id, 'other', 0, entry.other);
  }
  if (valid.length > 0)
    db.prepare('INSERT INTO ballot_marks (batch_id, contest_id, width, marks) VALUES (?, ?, ?, ?)').run(
      batchId,
      contestId,
      width,
      marks,
    );
}

/**
 * A batch's verified ballots removed — texts with them (ON DELETE CASCADE), and the packed record —
 * so they can be stored again from the settled keyings after a keying-quality audit corrects one.
 */
export function deleteVerifiedBallots(db: WritableDB, batchId: string): void {
  db.prepare('DELETE FROM ballots WHERE batch_id = ?').run(batchId);
  db.prepare('DELETE FROM ballot_marks WHERE batch_id = ?').run(batchId);
}

/** Which of these ballot ids the vault already holds, in any contest: an imported file may not repeat one. */
export function storedBallotIds(db: ReadableDB, ids: readonly string[]): Set<string> {
  const stored = new Set<string>();
  const find = db.prepare('SELECT id FROM ballots WHERE id IN (SELECT value FROM json_each(?))').pluck();
  for (let start = 0; start < ids.length; start += 10_000)
    for (const id of find.all(JSON.stringify(ids.slice(start, start + 10_000))) as string[]) stored.add(id);
  return stored;
}

export interface KeyedTotals {
  readonly valid: number;
  readonly invalid: Record<InvalidReason, number>;
}

export function keyedTotals(db: ReadableDB, contestId: string): KeyedTotals {
  const rows = db
    .prepare(
      'SELECT valid, invalid_reason AS reason, count(*) AS n FROM ballots WHERE contest_id = ? GROUP BY valid, invalid_reason',
    )
    .all(contestId) as Array<{ valid: number; reason: InvalidReason | null; n: number }>;
  const invalid = Object.fromEntries(invalidReasons.map((reason) => [reason, 0])) as Record<InvalidReason, number>;
  let valid = 0;
  for (const row of rows) {
    if (row.valid === 1) valid += row.n;
    else if (row.reason) invalid[row.reason] += row.n;
  }
  return { valid, invalid };
}

/** How many of a batch's verified ballots are invalid: one field each where keyings are compared. */
export function invalidBallotCount(db: ReadableDB, batchId: string): number {
  return db.prepare('SELECT count(*) FROM ballots WHERE batch_id = ? AND valid = 0').pluck().get(batchId) as number;
}
