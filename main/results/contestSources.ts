import { ballotSourcesOf, type BallotSources } from '../../shared/results/ballotSources';
import { ballotCountsBySource } from '../counting';
import type { ReadableDB } from '../vault';

/**
 * A contest's ballots by source, from the stored ballots, as a fresh tally counts them. A sealed
 * contest's ballots are frozen, so this agrees with the sealed tally too; it is never part of
 * the canonical result, which was signed without it.
 */
export function contestSources(db: ReadableDB, contestId: string): BallotSources {
  return ballotSourcesOf(ballotCountsBySource(db, contestId));
}
