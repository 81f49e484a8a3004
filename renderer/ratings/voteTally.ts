import type { RatingVote } from '../../shared/ratings/ratingSchemas';
import { largestRemainderShares } from '../../shared/results/largestRemainder';
import { scoreFloor } from '../../shared/results/privacyFloors';

/** A count and its share of the valid ballots in hundredths of a percent (null when there is no valid ballot). */
export interface CountShare {
  readonly count: number;
  readonly share: number | null;
}

/** One subject of a counted vote as the screen shows it. */
export interface VoteTallyRow {
  /** Its row on the ballot, from 1. */
  readonly number: number;
  readonly subjectId: string;
  readonly name: string;
  /** Per level, in the order of ratingLevelIds (best first). */
  readonly levels: readonly CountShare[];
  /** Ballots that marked no level or several, together, as the minutes print them. */
  readonly unmarked: CountShare & { readonly blank: number; readonly multi: number };
}

/**
 * The rows of a counted vote with each share of the valid ballots, computed as the vote minutes
 * compute them (the four levels and "blank or several marks", largest remainder), so the screen
 * and the paper never differ by a hundredth. Nothing before the counting is closed.
 */
export function voteTallyRows(vote: RatingVote): VoteTallyRow[] {
  if (!vote.counted || !vote.rows || !vote.ballots) return [];
  const valid = vote.ballots.valid;
  return vote.rows.map((row, index) => {
    const counts = [...row.levels, row.blank + row.multi];
    const shares = largestRemainderShares(counts);
    const part = (at: number): CountShare => ({ count: counts[at]!, share: valid === 0 ? null : shares[at]! });
    return {
      number: index + 1,
      subjectId: row.subjectId,
      name: row.name,
      levels: row.levels.map((_, level) => part(level)),
      unmarked: { ...part(row.levels.length), blank: row.blank, multi: row.multi },
    };
  });
}

/** SPEC §3: under 5 valid ballots a counted vote's marks can identify voters. */
export function underFloor(vote: RatingVote): boolean {
  return vote.counted && vote.ballots !== null && vote.ballots.valid < scoreFloor;
}

/** The rows (by number) on which every valid ballot gave the same level: each voter's mark there is known. */
export function unanimousRowNumbers(vote: RatingVote): number[] {
  const valid = vote.ballots?.valid ?? 0;
  if (!vote.counted || valid === 0) return [];
  return (vote.rows ?? []).flatMap((row, index) => (row.levels.some((count) => count === valid) ? [index + 1] : []));
}

/** Where a subject stands in the round's votes: in none, in one still being keyed, or with its counted row. */
export type SubjectVoteResult =
  | { readonly state: 'none' }
  | { readonly state: 'keying'; readonly vote: RatingVote }
  | { readonly state: 'counted'; readonly vote: RatingVote; readonly row: VoteTallyRow };

/** The vote a subject was put to (one per round, the core sees to it) and, once counted, its row. */
export function subjectVoteResult(votes: readonly RatingVote[], subjectId: string): SubjectVoteResult {
  const vote = votes.find((candidate) => candidate.subjects.some((subject) => subject.subjectId === subjectId));
  if (!vote) return { state: 'none' };
  const row = voteTallyRows(vote).find((candidate) => candidate.subjectId === subjectId);
  return row ? { state: 'counted', vote, row } : { state: 'keying', vote };
}
