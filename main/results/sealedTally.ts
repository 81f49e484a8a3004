import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import type { ContestTally, SealRecord } from '../../shared/results/resultSchemas';
import type { ReadableDB } from '../vault';
import { canonicalResultOf, getSealRecord, latestSeal } from './sealStore';

/**
 * A contest's latest seal and the tally it sealed (its latest amendment), as signed; null while
 * unsealed. What is read after the seal — the prints, the notice, the remediation plan, next
 * year's comparison — reads this, never a fresh recount.
 */
export function sealedResult(db: ReadableDB, contestId: string): { seal: SealRecord; tally: ContestTally } | null {
  const seal = latestSeal(db, contestId);
  if (!seal) return null;
  return { seal, tally: canonicalResultSchema.parse(JSON.parse(canonicalResultOf(db, seal.id).json)).tally };
}

export function sealedTally(db: ReadableDB, contestId: string): ContestTally | null {
  return sealedResult(db, contestId)?.tally ?? null;
}

/** One record of a contest's seal chain and the tally it sealed: an earlier version stays readable. */
export function sealedVersion(db: ReadableDB, sealId: string): { seal: SealRecord; tally: ContestTally } {
  return {
    seal: getSealRecord(db, sealId),
    tally: canonicalResultSchema.parse(JSON.parse(canonicalResultOf(db, sealId).json)).tally,
  };
}
