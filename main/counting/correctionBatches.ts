import type { ReadableDB, WritableDB } from '../vault';
import { insertVerifiedBallots } from './ballotStore';
import { createBatch, getBatch } from './batchStore';
import { settledEntries } from './settleBatch';

/**
 * The SQL of batches keyed for a correction after sealing (migration 023). Such a batch is keyed
 * and compared like any other, but its ballots wait outside the count until its correction
 * concludes with new results: then they take the place of the batch it replaces, whose verified
 * ballots leave the count. The replaced batch keeps its keyings and settled differences, so its
 * ballots — and the earlier seal's tally — can always be derived again.
 */

export interface CorrectionBatchRow {
  readonly batchId: string;
  readonly number: number;
  readonly label: string;
  readonly verified: boolean;
  readonly state: 'pending' | 'counted' | 'setAside';
  readonly replaces: { batchId: string; number: number } | null;
}

export function createCorrectionBatch(
  db: WritableDB,
  facts: { contestId: string; correctionId: string; replacesBatchId: string | null; label: string; now: string },
): string {
  const id = createBatch(db, facts.contestId, facts.label, 'keyed', facts.now);
  db.prepare(
    "UPDATE batches SET correction_id = ?, replaces_batch_id = ?, correction_state = 'pending' WHERE id = ?",
  ).run(facts.correctionId, facts.replacesBatchId, id);
  return id;
}

export function correctionBatchesOf(db: ReadableDB, correctionId: string): CorrectionBatchRow[] {
  const rows = db
    .prepare(
      `SELECT b.id, b.number, b.label, b.verified_at, b.correction_state, r.id AS replaces_id, r.number AS replaces_number
       FROM batches b LEFT JOIN batches r ON r.id = b.replaces_batch_id
       WHERE b.correction_id = ? ORDER BY b.number`,
    )
    .all(correctionId) as Array<{
    id: string;
    number: number;
    label: string;
    verified_at: string | null;
    correction_state: 'pending' | 'counted' | 'setAside';
    replaces_id: string | null;
    replaces_number: number | null;
  }>;
  return rows.map((row) => ({
    batchId: row.id,
    number: row.number,
    label: row.label,
    verified: row.verified_at !== null,
    state: row.correction_state,
    replaces: row.replaces_id === null ? null : { batchId: row.replaces_id, number: row.replaces_number! },
  }));
}

/**
 * Whether a batch may be keyed again for a correction: a paper batch keyed here (its ballots can
 * be derived again from its keyings), in the count, and not already being replaced.
 */
export function rekeyRefusal(
  db: ReadableDB,
  batchId: string,
  contestId: string,
): 'NOT_FOUND' | 'BATCH_NOT_REKEYABLE' | 'BATCH_ALREADY_REPLACED' | null {
  const row = db
    .prepare(
      `SELECT b.contest_id, b.source, b.verified_at, b.replaced_at, b.correction_state,
              (SELECT count(*) FROM keyings k WHERE k.batch_id = b.id) AS keyings,
              (SELECT count(*) FROM batches n WHERE n.replaces_batch_id = b.id AND n.correction_state = 'pending') AS pending
       FROM batches b WHERE b.id = ?`,
    )
    .get(batchId) as
    | {
        contest_id: string;
        source: string;
        verified_at: string | null;
        replaced_at: string | null;
        correction_state: string | null;
        keyings: number;
        pending: number;
      }
    | undefined;
  if (!row || row.contest_id !== contestId) return 'NOT_FOUND';
  if (row.replaced_at !== null || row.pending > 0) return 'BATCH_ALREADY_REPLACED';
  const counted = row.correction_state === null || row.correction_state === 'counted';
  if (row.source !== 'keyed' || row.keyings === 0 || row.verified_at === null || !counted) return 'BATCH_NOT_REKEYABLE';
  return null;
}

/** Ballots in the count from one batch (verified ballots stored under it). */
export function countedBallots(db: ReadableDB, batchId: string): number {
  return db.prepare('SELECT count(*) FROM ballots WHERE batch_id = ?').pluck().get(batchId) as number;
}

/** Ballots a verified batch holds by its keyings, whether they count or not. */
export function settledBallotCount(db: ReadableDB, batchId: string): number {
  return getBatch(db, batchId).verified ? settledEntries(db, batchId).length : 0;
}

/**
 * A correction concludes with new results: each of its verified batches enters the count, and
 * the batch it replaces leaves it. Called inside the conclusion's transaction, before the
 * amendment is sealed; reconciliation then runs on the ballots as they now stand.
 */
export function countCorrectionBatches(db: WritableDB, correctionId: string, now: string): void {
  for (const batch of correctionBatchesOf(db, correctionId)) {
    if (batch.replaces) {
      db.prepare('DELETE FROM ballot_marks WHERE batch_id = ?').run(batch.replaces.batchId);
      db.prepare('DELETE FROM ballots WHERE batch_id = ?').run(batch.replaces.batchId);
      db.prepare('UPDATE batches SET replaced_at = ? WHERE id = ?').run(now, batch.replaces.batchId);
    }
    const contestId = getBatch(db, batch.batchId).contestId;
    insertVerifiedBallots(db, contestId, batch.batchId, settledEntries(db, batch.batchId));
    db.prepare("UPDATE batches SET correction_state = 'counted' WHERE id = ?").run(batch.batchId);
  }
}

/** A correction concludes keeping the sealed result: its batches stay on record, out of the count. */
export function setAsideCorrectionBatches(db: WritableDB, correctionId: string): void {
  db.prepare("UPDATE batches SET correction_state = 'setAside' WHERE correction_id = ?").run(correctionId);
}

/** Whether a batch was keyed for a correction still pending: its keying goes on after the seal. */
export function pendingCorrectionOf(db: ReadableDB, batchId: string): string | null {
  return (
    (db
      .prepare("SELECT correction_id FROM batches WHERE id = ? AND correction_state = 'pending'")
      .pluck()
      .get(batchId) as string | undefined) ?? null
  );
}
