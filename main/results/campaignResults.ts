import { isSealed } from './sealStore';
import type { CampaignResults } from '../../shared/results/resultSchemas';
import { aggregateCampaign } from '../../shared/results/campaignAggregates';
import { getCampaign } from '../campaigns';
import type { ReadableDB } from '../vault';
import { tallyContest } from './contestTally';
import { sealRecords } from './sealStore';
import { sealedVersion } from './sealedTally';

/** The contests of a campaign whose counting is closed, in the order units were listed. */
export function closedContestIds(db: ReadableDB, campaignId: string): string[] {
  return (
    db
      .prepare(
        `SELECT k.id FROM contests k JOIN counting_closed x ON x.contest_id = k.id
         JOIN subjects s ON s.id = k.subject_id JOIN units u ON u.id = s.unit_id
         WHERE k.campaign_id = ? ORDER BY u.position, s.full_name`,
      )
      .all(campaignId) as Array<{ id: string }>
  ).map((row) => row.id);
}

/**
 * Aggregates of a campaign over its closed contests (or its sealed ones only): by unit, unit
 * type and district. Contests under the score floor are listed and counted but add nothing.
 */
export function campaignResults(
  db: ReadableDB,
  campaignId: string,
  { sealedOnly = false }: { readonly sealedOnly?: boolean } = {},
): CampaignResults {
  const campaign = getCampaign(db, campaignId);
  const contestIds = closedContestIds(db, campaignId).filter((contestId) => !sealedOnly || isSealed(db, contestId));
  return aggregateCampaign(
    { id: campaignId, name: campaign.name, locality: campaign.locality },
    contestIds.map((contestId) => {
      const records = sealRecords(db, contestId);
      const latest = records.at(-1) ?? null;
      return {
        tally: tallyContest(db, contestId),
        digest: latest?.digest ?? null,
        sequence: latest?.sequence ?? null,
        earlier: records.slice(0, -1).map((record) => ({
          sequence: record.sequence,
          digest: record.digest,
          tally: sealedVersion(db, record.id).tally,
        })),
      };
    }),
  );
}
