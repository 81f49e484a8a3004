import type { ContestTally, Privacy } from './resultSchemas';

/**
 * The privacy floors (SPEC §3), one rule for every output: the person's page, the aggregates,
 * the ranking, the exports, the prints and the charts all ask here.
 */

/** Below 5 valid ballots a contest's scores identify voters: they are shown only on its own page, under a warning. */
export const scoreFloor = 5;

/** Whether a contest's scores stay out of every aggregate, ranking, export and print. */
export function underScoreFloor(tally: Pick<ContestTally, 'ballots'>): boolean {
  return tally.ballots.valid < scoreFloor;
}

/** Every valid ballot gave this one mark: each voter's choice on the row is known. */
function everyoneAlike(levels: readonly number[], validBallots: number): boolean {
  return validBallots > 0 && levels.some((count) => count === validBallots);
}

/** The rows (criteria by number, and prestige) on which all valid ballots gave the same mark. */
export function unanimousRows(tally: ContestTally): { criteria: number[]; prestige: boolean } {
  const valid = tally.ballots.valid;
  return {
    criteria: tally.criteria
      .filter((criterion) => everyoneAlike(criterion.levels, valid))
      .map((criterion) => criterion.number),
    prestige: tally.prestige !== null && everyoneAlike(tally.prestige.levels, valid),
  };
}

export function privacyOf(tally: ContestTally, textFloor: number): Privacy {
  const unanimous = unanimousRows(tally);
  return {
    fewBallots: underScoreFloor(tally),
    textsWithheld: tally.ballots.valid < textFloor,
    scoreFloor,
    textFloor,
    unanimousCriteria: unanimous.criteria,
    unanimousPrestige: unanimous.prestige,
  };
}
