import type { BallotEntry, BallotShape } from '../../shared/counting/ballot';
import { checkedBallotEntries, type CheckedBallotLine } from '../../shared/counting/ballotLines';
import type { WritableDB } from '../vault';
import { createBatch, finishKeying, insertKeyedBallot, insertKeying } from './batchStore';
import { refusedLines } from './lineRefusal';

/**
 * A desk's verified ballots stored as the first keying of a new paper batch here (Abacus's rule:
 * a file never replaces the paper). The paper is keyed again as the second keying, compared
 * ballot by ballot in the same order, and the head settles the differences as for any batch.
 * The lines are checked against the contest as an import's are; the caller has checked that the
 * contest is open to counting.
 */
export function storeFirstKeying(
  db: WritableDB,
  batch: {
    contestId: string;
    shape: BallotShape;
    fileName: string;
    label: string;
    id: string;
    lines: readonly CheckedBallotLine[];
    /** Who the first keying is recorded under: the desk's stand-in, never a person here. */
    keyerId: string;
    sessionId: string;
  },
  now: string,
) {
  const { entries, errors } = checkedBallotEntries(batch.lines, batch.contestId, batch.shape);
  if (errors.length > 0) return refusedLines(batch.fileName, errors);
  const batchId = createBatch(db, batch.contestId, batch.label, 'keyed', now, batch.id);
  const keyingId = insertKeying(db, batchId, 1, batch.keyerId, batch.sessionId, now);
  entries.forEach(({ id: _id, line: _line, ...entry }, index) =>
    insertKeyedBallot(db, keyingId, index + 1, entry as BallotEntry, 0, 0),
  );
  finishKeying(db, keyingId, now);
  return { batchId, keyed: entries.length };
}
