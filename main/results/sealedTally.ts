import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import type { ContestTally, SealRecord } from '../../shared/results/resultSchemas';
import type { ReadableDB } from '../vault';
import { canonicalResultOf, latestSeal } from './sealStore';

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
