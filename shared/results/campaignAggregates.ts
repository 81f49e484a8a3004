import { compareVietnamese } from '../text/vietnamese';
import { derivedShare } from './contestTallyArithmetic';
import { underScoreFloor } from './privacyFloors';
import type { CampaignResults, ContestTally } from './resultSchemas';

/** Counts pooled over contests, so a group's share weighs every ballot alike. */
interface Pool {
  contests: number;
  /** Contests under the score floor: counted, never added to the figures. */
  suppressed: number;
  valid: number;
  /** Σ over criteria of the base: the denominator of the criteria shares. */
  criteriaBase: number;
  good: number;
  low: number;
  flagged: number;
  prestigeBase: number;
  prestigeLow: number;
}

const emptyPool = (): Pool => ({
  contests: 0,
  suppressed: 0,
  valid: 0,
  criteriaBase: 0,
  good: 0,
  low: 0,
  flagged: 0,
  prestigeBase: 0,
  prestigeLow: 0,
});

function goodAndLow(tally: ContestTally, levels: readonly number[]): { good: number; low: number } {
  const sum = (positions: number[]) => positions.reduce((total, position) => total + (levels[position] ?? 0), 0);
  return tally.scale === 'points10'
    ? { good: sum([7, 8, 9]), low: sum([0, 1, 2, 3]) }
    : { good: sum([0, 1]), low: sum([2, 3]) };
}

function addTo(pool: Pool, tally: ContestTally): void {
  pool.contests += 1;
  pool.valid += tally.ballots.valid;
  if (underScoreFloor(tally)) {
    pool.suppressed += 1;
    return;
  }
  for (const criterion of tally.criteria) {
    const { good, low } = goodAndLow(tally, criterion.levels);
    pool.criteriaBase += tally.baseCount;
    pool.good += good;
    pool.low += low;
    if (criterion.flagged) pool.flagged += 1;
  }
  if (tally.prestige) {
    pool.prestigeBase += tally.baseCount;
    pool.prestigeLow += tally.prestige.low;
  }
}

// Rounded once and down, as on the person's page: a one-contest row shows what its page shows.
const share = derivedShare;

function summaryRow(key: string, label: string, pool: Pool) {
  const shown = pool.contests > pool.suppressed;
  return {
    key,
    label,
    contests: pool.contests,
    suppressed: pool.suppressed,
    validBallots: pool.valid,
    goodOrBetter: shown ? share(pool.good, pool.criteriaBase) : null,
    lowShare: shown ? share(pool.low, pool.criteriaBase) : null,
    flaggedCriteria: shown ? pool.flagged : null,
    prestigeLowShare: pool.prestigeBase === 0 ? null : share(pool.prestigeLow, pool.prestigeBase),
  };
}

function grouped(tallies: readonly ContestTally[], keyOf: (tally: ContestTally) => [string, string]) {
  const pools = new Map<string, { label: string; pool: Pool }>();
  for (const tally of tallies) {
    const [key, label] = keyOf(tally);
    const group = pools.get(key) ?? { label, pool: emptyPool() };
    addTo(group.pool, tally);
    pools.set(key, group);
  }
  return [...pools].map(([key, { label, pool }]) => summaryRow(key, label, pool));
}

/** How many criteria the top and bottom lists hold. */
const listedCriteria = 5;

/** One contest's tally, and the digest of its seal (null while not sealed). */
export interface AggregateEntry {
  readonly tally: ContestTally;
  readonly digest: string | null;
  /** The seal record in force (1 the seal, 2… amendments), and the earlier versions it replaced. */
  readonly sequence?: number | null;
  readonly earlier?: ReadonlyArray<{
    readonly sequence: number;
    readonly digest: string;
    readonly tally: ContestTally;
  }>;
}

/** An earlier version of a contest's result, under the same floor as every figure. */
function earlierRow(version: { sequence: number; digest: string; tally: ContestTally }) {
  const pool = emptyPool();
  addTo(pool, version.tally);
  const row = summaryRow(version.tally.contestId, '', pool);
  return {
    sequence: version.sequence,
    digest: version.digest,
    validBallots: version.tally.ballots.valid,
    goodOrBetter: row.goodOrBetter,
  };
}

/**
 * Aggregates of a campaign over the tallies given (a vault's closed contests, or the results a
 * district received): by unit, unit type and district, the criteria lists and the ranking.
 * Contests under the score floor are listed and counted but add nothing to any figure.
 */
export function aggregateCampaign(
  campaign: { readonly id: string; readonly name: string; readonly locality: string },
  entries: readonly AggregateEntry[],
): CampaignResults {
  const tallies = entries.map((entry) => entry.tally);
  const contests = entries.map(({ tally, digest, sequence, earlier }) => {
    const pool = emptyPool();
    addTo(pool, tally);
    return {
      ...summaryRow(tally.contestId, `${tally.subjectName} — ${tally.unitName}`, pool),
      contestId: tally.contestId,
      unitName: tally.unitName,
      unitType: tally.unitType,
      subjectName: tally.subjectName,
      sealed: digest !== null,
      digest,
      sequence: sequence ?? (digest === null ? null : 1),
      earlier: (earlier ?? []).map(earlierRow),
      fewBallots: underScoreFloor(tally),
    };
  });
  const district = emptyPool();
  for (const tally of tallies) addTo(district, tally);

  // The same wording on different forms is the same criterion for the district's lists.
  const byCriterion = new Map<string, { base: number; good: number; low: number }>();
  for (const tally of tallies.filter((each) => !underScoreFloor(each)))
    for (const criterion of tally.criteria) {
      const { good, low } = goodAndLow(tally, criterion.levels);
      const entry = byCriterion.get(criterion.text) ?? { base: 0, good: 0, low: 0 };
      byCriterion.set(criterion.text, {
        base: entry.base + tally.baseCount,
        good: entry.good + good,
        low: entry.low + low,
      });
    }
  const criteria = [...byCriterion].map(([text, entry]) => ({
    text,
    goodOrBetter: share(entry.good, entry.base),
    lowShare: share(entry.low, entry.base),
  }));
  const ranked = contests
    .flatMap((row) => (row.goodOrBetter === null ? [] : [{ ...row, goodOrBetter: row.goodOrBetter }]))
    .sort((a, b) => b.goodOrBetter - a.goodOrBetter || compareVietnamese(a.label, b.label));

  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    contests,
    byUnit: grouped(tallies, (tally) => [tally.unitId, tally.unitName]),
    byUnitType: grouped(tallies, (tally) => [tally.unitType, tally.unitType]),
    district: summaryRow('district', campaign.locality || campaign.name, district),
    topCriteria: [...criteria]
      .sort((a, b) => b.goodOrBetter - a.goodOrBetter || compareVietnamese(a.text, b.text))
      .slice(0, listedCriteria)
      .map(({ text, goodOrBetter }) => ({ text, goodOrBetter })),
    bottomCriteria: [...criteria]
      .sort((a, b) => b.lowShare - a.lowShare || compareVietnamese(a.text, b.text))
      .slice(0, listedCriteria)
      .map(({ text, lowShare }) => ({ text, lowShare })),
    ranking: ranked.map((row, index) => ({
      rank: index + 1,
      contestId: row.contestId,
      label: row.label,
      goodOrBetter: row.goodOrBetter,
    })),
  };
}
