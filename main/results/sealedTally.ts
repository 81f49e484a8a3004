import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import type { ContestTally } from '../../shared/results/resultSchemas';
import type { ReadableDB } from '../vault';
import { canonicalResultOf, latestSeal } from './sealStore';

/**
 * The tally a contest was sealed with (its latest amendment), as signed; null while unsealed.
 * What is read after the seal — the notice, the remediation plan, next year's comparison — reads
 * this, never a fresh recount.
 */
export function sealedTally(db: ReadableDB, contestId: string): ContestTally | null {
  const seal = latestSeal(db, contestId);
  if (!seal) return null;
  return canonicalResultSchema.parse(JSON.parse(canonicalResultOf(db, seal.id).json)).tally;
}
