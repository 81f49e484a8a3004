import type { BallotShape } from '../../shared/counting/ballot';
import { checkedBallotEntries, parseBallotLines, type CheckedBallotLine } from '../../shared/counting/ballotLines';
import { fail } from '../../shared/errors';
import type { WritableDB } from '../vault';
import { insertVerifiedBallots, storedBallotIds } from './ballotStore';
import { createBatch, markBatchVerified } from './batchStore';
import { refusedLines } from './lineRefusal';

type Progress = ((done: number, total: number, phase: 'checkLines' | 'storeBallots') => void) | undefined;

/**
 * The ballots as a file's text (JSON lines), or as lines already read and shape-checked (a desk
 * package's batch): either way each is checked against the contest alike, line n being the n-th.
 */
type BallotSource = { readonly text: string } | { readonly lines: readonly CheckedBallotLine[] };

/**
 * Ballots already digital (an electronic survey, a file, another desk's verified batch) stored as
 * one verified batch: checked line by line against the contest's form, refused whole if any
 * line is wrong or any ballot id is stored already (it would count twice). The caller has
 * checked that the contest is open to counting.
 */
export function storeImportedBatch(
  db: WritableDB,
  batch: { contestId: string; shape: BallotShape; fileName: string; label: string; id?: string } & BallotSource,
  now: string,
  report: Progress,
) {
  const { entries, errors } =
    'text' in batch
      ? parseBallotLines(batch.text, batch.contestId, batch.shape, (done, total) => report?.(done, total, 'checkLines'))
      : checkedBallotEntries(batch.lines, batch.contestId, batch.shape);
  if (errors.length > 0) return refusedLines(batch.fileName, errors);
  // Importing a file twice, or a ballot another file brought, would count it twice.
  const stored = storedBallotIds(
    db,
    entries.map((entry) => entry.id),
  );
  if (stored.size > 0) {
    const lines = entries.filter((entry) => stored.has(entry.id)).map((entry) => entry.line);
    return fail('BALLOTS_ALREADY_STORED', {
      file: batch.fileName,
      count: lines.length,
      lines: lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : ''),
    });
  }
  report?.(0, 1, 'storeBallots');
  const batchId = createBatch(db, batch.contestId, batch.label, 'imported', now, batch.id);
  insertVerifiedBallots(db, batch.contestId, batchId, entries);
  markBatchVerified(db, batchId, now);
  report?.(1, 1, 'storeBallots');
  return { batchId, imported: entries.length };
}
