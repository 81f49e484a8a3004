import type { z } from '../schema/z';
import type { deskUnitSchema } from './countingSchemas';

export type DeskUnit = z.infer<typeof deskUnitSchema>;
export type DeskContest = DeskUnit['contests'][number];

/** Where a unit stands, from the first missing step to sealed; the desk filters and the board colours by it. */
export const deskStates = ['noConference', 'counting', 'keying', 'reconciling', 'reconciled', 'sealed'] as const;
export type DeskState = (typeof deskStates)[number];

/** One unit's progress as the overview and the board show it. */
export interface UnitProgress {
  readonly contests: number;
  readonly conference: boolean;
  /** Contests whose ballot counts are recorded. */
  readonly counted: number;
  /** Ballots returned, over the contests with counts. */
  readonly returned: number;
  readonly batches: number;
  readonly batchesVerified: number;
  /** Ballots keyed in a first pass, and ballots in verified batches. */
  readonly keyed: number;
  readonly verified: number;
  readonly reconciled: number;
  readonly closed: number;
  readonly sealed: number;
  readonly state: DeskState;
}

const sum = <T>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((total, item) => total + value(item), 0);

export function unitProgress(unit: DeskUnit): UnitProgress {
  const { contests } = unit;
  const batches = contests.flatMap((contest) => contest.batches);
  const progress = {
    contests: contests.length,
    conference: unit.conference !== null,
    counted: contests.filter((contest) => contest.counts !== null).length,
    returned: sum(contests, (contest) => contest.counts?.returned ?? 0),
    batches: batches.length,
    batchesVerified: batches.filter((batch) => batch.verified).length,
    keyed: sum(batches, (batch) => batch.keyings.find((keying) => keying.pass === 1)?.ballots ?? 0),
    verified: sum(batches, (batch) => (batch.verified ? batch.verifiedBallots : 0)),
    reconciled: contests.filter((contest) => contest.reconciled).length,
    closed: contests.filter((contest) => contest.closed).length,
    sealed: contests.filter((contest) => contest.sealed).length,
  };
  return { ...progress, state: stateOf(progress) };
}

function stateOf(progress: Omit<UnitProgress, 'state'>): DeskState {
  if (progress.contests > 0 && progress.sealed === progress.contests) return 'sealed';
  if (!progress.conference) return 'noConference';
  if (progress.counted < progress.contests) return 'counting';
  if (progress.batches === 0 || progress.batchesVerified < progress.batches) return 'keying';
  if (progress.reconciled < progress.contests) return 'reconciling';
  return 'reconciled';
}

/** The district's totals over the units shown. */
export function totalProgress(units: readonly UnitProgress[]) {
  return {
    units: units.length,
    conferences: units.filter((unit) => unit.conference).length,
    contests: sum(units, (unit) => unit.contests),
    returned: sum(units, (unit) => unit.returned),
    keyed: sum(units, (unit) => unit.keyed),
    verified: sum(units, (unit) => unit.verified),
    reconciled: sum(units, (unit) => unit.reconciled),
    sealed: sum(units, (unit) => unit.sealed),
  };
}
