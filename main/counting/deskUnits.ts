import type { DeskUnit } from '../../shared/counting/deskProgress';
import { blocking } from '../../shared/counting/reconciliation';
import { getCampaign, listContests } from '../campaigns';
import type { ReadableDB } from '../vault';
import { batchIdsOfContest, batchSummary } from './batchStore';
import { contestReconciliation } from './contestReconciliation';
import type { SealState } from './countingGuards';
import { getConference, getCounts, isCountingClosed } from './countsStore';

/**
 * The desk of a campaign as `viewerId` sees it (which keyings are theirs), per unit with
 * contests: conference, counts, batches, reconciliation, closed and sealed. One unit only when
 * `onlyUnit` is given (none when it has no contest).
 */
export function deskUnits(
  db: ReadableDB,
  campaignId: string,
  viewerId: string,
  seals: SealState,
  onlyUnit?: string,
): DeskUnit[] {
  const campaign = getCampaign(db, campaignId);
  const contests = listContests(db, campaignId).filter((contest) => !onlyUnit || contest.unitId === onlyUnit);
  const unitIds = [...new Set(contests.map((contest) => contest.unitId))];
  return unitIds.map((unitId) => {
    const ofUnit = contests.filter((contest) => contest.unitId === unitId);
    return {
      unitId,
      unitName: ofUnit[0]!.unitName,
      unitType: ofUnit[0]!.unitType,
      conference: getConference(db, unitId),
      contests: ofUnit.map((contest) => ({
        contestId: contest.id,
        unitId,
        unitName: contest.unitName,
        subjectName: contest.subjectName,
        positions: contest.positions,
        counts: getCounts(db, contest.id),
        batches: batchIdsOfContest(db, contest.id).map((id) =>
          batchSummary(db, id, viewerId, campaign.keyingsRequired),
        ),
        reconciled: blocking(contestReconciliation(db, contest.id)).length === 0,
        closed: isCountingClosed(db, contest.id),
        sealed: seals.isContestSealed(db, contest.id),
      })),
    };
  });
}
