import type { WritableDB, ReadableDB } from '../vault';
import type { BallotEntry } from '../../shared/counting/ballot';
import { compareKeyings, mergeKeyings } from '../../shared/counting/compareKeyings';
import { insertVerifiedBallots } from './ballotStore';
import { getBatch, keyedBallots, keyingsOf, markBatchVerified } from './batchStore';
import { deleteDifferences, differencesOf, insertDifferences } from './differenceStore';

function passes(db: ReadableDB, batchId: string): BallotEntry[][] {
  return keyingsOf(db, batchId).map((keying) => keyedBallots(db, keying.id));
}

/**
 * When the last required keying of a batch is in: compare the keyings. If they agree the batch
 * is verified at once; otherwise the differences wait for the head.
 */
export function compareWhenComplete(db: WritableDB, batchId: string, passesRequired: number, now: string): void {
  const keyings = keyingsOf(db, batchId);
  if (keyings.length < passesRequired || keyings.some((keying) => !keying.finished)) return;
  const differences = compareKeyings(passes(db, batchId));
  if (differences.length === 0) verify(db, batchId, now);
  else insertDifferences(db, batchId, differences);
}

/**
 * After a keyer answered a return: the differences sent back give way to a fresh comparison of
 * the keyings. What the head already settled, and what was not sent back, stays as it is; what
 * still differs waits for the head; when nothing is left, the batch is verified.
 */
export function compareAgain(db: WritableDB, batchId: string, replacedIds: readonly string[], now: string): void {
  deleteDifferences(db, replacedIds);
  const place = (difference: { position: number; field: string }) => `${difference.position} ${difference.field}`;
  const standing = new Set(differencesOf(db, batchId).map(place));
  insertDifferences(
    db,
    batchId,
    compareKeyings(passes(db, batchId)).filter((difference) => !standing.has(place(difference))),
  );
  verifyWhenSettled(db, batchId, now);
}

/** Once every difference is settled, the merged ballots become the batch's verified ballots. */
export function verifyWhenSettled(db: WritableDB, batchId: string, now: string): boolean {
  if (differencesOf(db, batchId).some((difference) => difference.resolution === null)) return false;
  verify(db, batchId, now);
  return true;
}

/**
 * A batch's ballots as its keyings agree, each difference as it was settled, in the order the
 * paper was keyed: what verification stores (shuffled), and what a desk sends a main desk that
 * keys the paper again.
 */
export function settledEntries(db: ReadableDB, batchId: string): BallotEntry[] {
  const resolved = differencesOf(db, batchId).map((difference) => ({ difference, value: difference.value ?? null }));
  return mergeKeyings(passes(db, batchId), resolved);
}

function verify(db: WritableDB, batchId: string, now: string): void {
  const batch = getBatch(db, batchId);
  // A correction's batch enters the count only when its correction concludes with new results.
  if (batch.correctionState === null) insertVerifiedBallots(db, batch.contestId, batchId, settledEntries(db, batchId));
  markBatchVerified(db, batchId, now);
}
