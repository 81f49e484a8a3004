import type { RatingTargetSet } from '../../shared/ratings/ratingTargets';

/** The years a rating may have (the contract's year schema). */
export const firstTargetYear = 2000;
export const lastTargetYear = 2100;

// A plan spanning more years than this offers only its first and last in the chooser, not every one.
const longestListedPlan = 15;

/** A year as the route or a field writes it ("2025"), or null when it is not one the core takes. */
export function yearFromText(text: string | undefined): number | null {
  if (!text || !/^\s*\d{4}\s*$/.test(text)) return null;
  const year = Number(text);
  return year >= firstTargetYear && year <= lastTargetYear ? year : null;
}

/** The year the dashboard opens on: the latest with a round, else the current one. */
export function defaultTargetYear(roundYears: readonly number[], currentYear: number): number {
  return roundYears.length > 0 ? Math.max(...roundYears) : currentYear;
}

export interface TargetYearChoice {
  readonly year: number;
  /** A round of the year exists: its decided levels are what the targets measure. */
  readonly hasRound: boolean;
}

/**
 * The years the chooser offers, newest first: every year with a round, the current year, the
 * years the target sets cover, and the year shown (whatever the route said).
 */
export function targetYearChoices(input: {
  readonly roundYears: readonly number[];
  readonly sets: readonly Pick<RatingTargetSet, 'fromYear' | 'toYear'>[];
  readonly currentYear: number;
  readonly shown: number;
}): TargetYearChoice[] {
  const years = new Set<number>([...input.roundYears, input.currentYear, input.shown]);
  for (const set of input.sets) {
    if (set.toYear - set.fromYear < longestListedPlan)
      for (let year = set.fromYear; year <= set.toYear; year += 1) years.add(year);
    else {
      years.add(set.fromYear);
      years.add(set.toYear);
    }
  }
  const withRound = new Set(input.roundYears);
  return [...years]
    .filter((year) => year >= firstTargetYear && year <= lastTargetYear)
    .sort((a, b) => b - a)
    .map((year) => ({ year, hasRound: withRound.has(year) }));
}
