import type { BallotShape } from '../../shared/counting/ballot';
import {
  checkedBallotEntries,
  parseBallotLines,
  type CheckedBallotLine,
  type ImportedBallot,
} from '../../shared/counting/ballotLines';
import { fail } from '../../shared/errors';
import type { WritableDB } from '../vault';
import { insertVerifiedBallots, storedBallotIds } from './ballotStore';
import { createBatch, markBatchVerified } from './batchStore';
import { refusedLines } from './lineRefusal';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

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
  return storeCheckedBatch(db, { ...batch, entries }, now, report);
}

/**
 * Ballots checked against the contest's form already (by the lines above, or a survey export's
 * rows, each `line` its row in the spreadsheet) stored as one verified batch — refused whole if
 * any ballot id is stored already.
 */
export function storeCheckedBatch(
  db: WritableDB,
  batch: { contestId: string; fileName: string; label: string; id?: string; entries: readonly ImportedBallot[] },
  now: string,
  report: Progress,
) {
  const { entries } = batch;
  report?.(0, 1, 'storeBallots');
  let batchId: string;
  try {
    // A savepoint: a ballot id stored already stops the insert and undoes the whole batch.
    batchId = db.transaction(() => {
      const created = createBatch(db, batch.contestId, batch.label, 'imported', now, batch.id);
      insertVerifiedBallots(db, batch.contestId, created, entries);
      markBatchVerified(db, created, now);
      return created;
    })();
  } catch (error) {
    // Importing a file twice, or a ballot another file brought, would count it twice. The ids'
    // uniqueness refuses it as the ballots go in; only then are the stored ones looked up, to
    // name their lines — rather than looking up every id of every batch beforehand.
    const stored = isUniqueViolation(error)
      ? storedBallotIds(
          db,
          entries.map((entry) => entry.id),
        )
      : new Set<string>();
    if (stored.size === 0) throw error;
    const lines = entries.filter((entry) => stored.has(entry.id)).map((entry) => entry.line);
    return fail('BALLOTS_ALREADY_STORED', {
      file: batch.fileName,
      count: lines.length,
      lines: lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : ''),
    });
  }
  report?.(1, 1, 'storeBallots');
  return { batchId, imported: entries.length };
}
