import { randomUUID } from 'node:crypto';
import { invalidReasons, type BallotEntry, type InvalidReason } from '../../shared/counting/ballot';
import { encodeAnswers, encodeMark } from '../../shared/counting/answerBytes';
import type { VaultDatabase } from '../vault/database/openDatabase';

/** The SQL of verified ballots — what is tallied. Each gets a fresh random id. */

export function insertVerifiedBallots(
  db: VaultDatabase,
  contestId: string,
  batchId: string,
  entries: readonly BallotEntry[],
): void {
  const insertBallot = db.prepare(
    'INSERT INTO ballots (id, contest_id, batch_id, valid, invalid_reason, answers, prestige) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertText = db.prepare('INSERT INTO ballot_texts (ballot_id, kind, criterion, text) VALUES (?, ?, ?, ?)');
  for (const entry of entries) {
    const id = randomUUID();
    if (entry.valid) {
      insertBallot.run(id, contestId, batchId, 1, null, encodeAnswers(entry.answers), encodeMark(entry.prestige));
      for (const [criterion, text] of Object.entries(entry.notes)) insertText.run(id, 'note', Number(criterion), text);
      if (entry.other.trim() !== '') insertText.run(id, 'other', 0, entry.other);
    } else {
      insertBallot.run(id, contestId, batchId, 0, entry.invalidReason, new Uint8Array(), 0);
      if (entry.invalidText.trim() !== '') insertText.run(id, 'invalid', 0, entry.invalidText);
    }
  }
}

export interface KeyedTotals {
  readonly valid: number;
  readonly invalid: Record<InvalidReason, number>;
}

export function keyedTotals(db: VaultDatabase, contestId: string): KeyedTotals {
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
