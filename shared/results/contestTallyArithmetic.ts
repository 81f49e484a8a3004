import type { Scale } from '../templates/templateContent';
import { largestRemainderShares, wholeShare } from './largestRemainder';
import type { ContestTally, CriterionTally, MarkTally, PrestigeTally } from './resultSchemas';

/** How one row of the form was marked over the valid ballots. */
export interface RowCounts {
  /** Per level in the form's order (levels4: Rất tốt … Yếu kém; points10: 1 … 10). */
  readonly levels: readonly number[];
  readonly blank: number;
  readonly multi: number;
}

export interface TallyInput {
  readonly facts: Pick<
    ContestTally,
    | 'contestId'
    | 'campaignId'
    | 'campaignName'
    | 'year'
    | 'unitId'
    | 'unitName'
    | 'unitType'
    | 'subjectName'
    | 'positions'
    | 'templateVersionId'
    | 'levelNames'
    | 'prestigeLevelNames'
  >;
  readonly scale: Scale;
  readonly criteriaTexts: readonly string[];
  readonly rows: readonly RowCounts[];
  readonly prestige: RowCounts | null;
  readonly ballots: ContestTally['ballots'];
  readonly base: ContestTally['base'];
  /** Hundredths: a criterion is flagged when its low share reaches this. */
  readonly threshold: number;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Which level positions count as "good or better" and as low, per scale. */
function levelGroups(scale: Scale, levelCount: number): { good: number[]; low: number[] } {
  if (scale === 'points10') return { good: [7, 8, 9], low: [0, 1, 2, 3] };
  const all = Array.from({ length: levelCount }, (_, index) => index);
  return { good: all.slice(0, 2), low: all.slice(2) };
}

/**
 * Shares over the base: the levels, blank and several marks of the valid ballots and, when the
 * base is the ballots returned, the invalid ballots as one more part — so every row adds up to
 * exactly 100.00 % of what the campaign chose as its base.
 */
function markTally(row: RowCounts, invalidInBase: number): MarkTally {
  const shares = largestRemainderShares([...row.levels, row.blank, row.multi, invalidInBase]);
  const levelCount = row.levels.length;
  return {
    levels: [...row.levels],
    blank: row.blank,
    multi: row.multi,
    shares: {
      levels: shares.slice(0, levelCount),
      blank: shares[levelCount]!,
      multi: shares[levelCount + 1]!,
      invalid: shares[levelCount + 2]!,
    },
  };
}

const pick = (values: readonly number[], positions: readonly number[]) =>
  sum(positions.map((position) => values[position] ?? 0));

/**
 * A derived share (good or better, low) in hundredths, from the exact counts, rounded once and
 * down: so a share shown at or above the threshold is flagged, and only then (19.996 % shows as
 * 19.99 % and is not flagged). Summing already-rounded shares would drift from the counts.
 */
export function derivedShare(count: number, base: number): number {
  return base === 0 ? 0 : Math.floor((count * wholeShare) / base);
}

/** The arithmetic of a contest's result, from counts only: no I/O, no rounding but the shares. */
export function contestTally(input: TallyInput): ContestTally {
  const invalidInBase = input.base === 'returned' ? input.ballots.invalid : 0;
  const baseCount = input.ballots.valid + invalidInBase;
  const criteria: CriterionTally[] = input.rows.map((row, index) => {
    const tally = markTally(row, invalidInBase);
    const groups = levelGroups(input.scale, row.levels.length);
    const low = pick(row.levels, groups.low);
    const lowShare = derivedShare(low, baseCount);
    return {
      number: index + 1,
      text: input.criteriaTexts[index] ?? '',
      ...tally,
      goodOrBetter: derivedShare(pick(row.levels, groups.good), baseCount),
      lowShare,
      // The threshold is in whole hundredths, so this is the exact comparison: 19.996 % is not 20 %.
      flagged: baseCount > 0 && lowShare >= input.threshold,
    };
  });
  let prestige: PrestigeTally | null = null;
  if (input.prestige) {
    const tally = markTally(input.prestige, invalidInBase);
    const low = sum(input.prestige.levels.slice(2));
    prestige = {
      ...tally,
      low,
      lowShare: derivedShare(low, baseCount),
      lowOverHalf: baseCount > 0 && 2 * low > baseCount,
      lowTwoThirds: baseCount > 0 && 3 * low >= 2 * baseCount,
    };
  }
  return {
    ...input.facts,
    scale: input.scale,
    ballots: input.ballots,
    base: input.base,
    baseCount,
    threshold: input.threshold,
    criteria,
    prestige,
  };
}
