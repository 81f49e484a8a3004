import { privacyOf } from '../../shared/results/privacyFloors';
import type { ContestTally } from '../../shared/results/resultSchemas';
import type { ReadableDB } from '../vault';
import { textFloorOf } from './contestTally';

/** A contest's free text: notes beside criteria and other comments, or withheld below the floor. */
export interface ContestComments {
  readonly withheld: boolean;
  readonly textFloor: number;
  readonly notes: Array<{ criterion: number; text: string }>;
  readonly other: string[];
}

/**
 * The valid ballots' notes and other comments, as stored (in no meaningful order: callers
 * shuffle or sort them so the keying order never shows). Below the free-text floor nothing is
 * read at all: a few handwritten sentences would name their writers.
 */
export function contestComments(db: ReadableDB, contestId: string, tally: ContestTally): ContestComments {
  const textFloor = textFloorOf(db, contestId);
  if (privacyOf(tally, textFloor).textsWithheld) return { withheld: true, textFloor, notes: [], other: [] };
  const rows = db
    .prepare(
      `SELECT t.kind, t.criterion, t.text FROM ballot_texts t JOIN ballots b ON b.id = t.ballot_id
       WHERE b.contest_id = ? AND b.valid = 1 AND t.kind IN ('note', 'other')`,
    )
    .all(contestId) as Array<{ kind: 'note' | 'other'; criterion: number; text: string }>;
  return {
    withheld: false,
    textFloor,
    notes: rows.filter((row) => row.kind === 'note').map(({ criterion, text }) => ({ criterion, text })),
    other: rows.filter((row) => row.kind === 'other').map((row) => row.text),
  };
}
