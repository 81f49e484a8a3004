import { Failure } from '../../shared/errors';
import { listContests, unitHeading } from '../campaigns';
import { openCounting, type SealState } from '../counting';
import type { ReadableDB } from '../vault';

/** A conference's contests, each still open to counting (or the first refusal). */
export function openContests(db: ReadableDB, unitId: string, seals: SealState) {
  const unit = unitHeading(db, unitId);
  const contests = listContests(db, unit.campaignId).filter((contest) => contest.unitId === unitId);
  const opened = [];
  for (const contest of contests) {
    const counting = openCounting(db, contest.id, seals);
    if (counting instanceof Failure) return counting;
    opened.push({ contest, counting });
  }
  return { unit, contests: opened };
}
