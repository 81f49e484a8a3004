import type { contestCalls } from '../../shared/contract/campaignsCalls';
import type { ContestView } from '../../shared/campaigns/campaignSchemas';
import { getCampaign } from './campaignStore';
import { listContests, replaceContests } from './contestStore';
import { getDraw } from './drawStore';
import { type Handlers, signedInUser } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';
import { lockedCampaign } from './campaignGuards';
import { unitViews } from './unitViews';

/**
 * One contest (ballot paper) per eligible person in each selected unit: for a unit type that was
 * drawn, the drawn units; for one that was not (the 14 wards), every eligible unit. A school
 * head holding both posts is one person, so one ballot; a ward's secretary and chairman are two.
 */
export function contestsToCreate(
  db: ReadableDB,
  campaignId: string,
): Array<{ subjectId: string; templateVersionId: string }> {
  const campaign = getCampaign(db, campaignId);
  const draw = getDraw(db, campaignId);
  const drawnByType = new Map(
    (draw?.record.groups ?? []).map((group) => [
      group.unitType,
      new Set(group.drawn.map((position) => group.candidates[position - 1])),
    ]),
  );
  const units = unitViews(db, campaignId);
  const contests: Array<{ subjectId: string; templateVersionId: string }> = [];
  for (const entry of campaign.schedule) {
    const drawn = drawnByType.get(entry.unitType);
    const selected = units.filter(
      (unit) => unit.unitType === entry.unitType && unit.eligible && (!drawn || drawn.has(unit.name)),
    );
    for (const unit of selected) {
      for (const subject of unit.subjects) {
        if (subject.eligible) contests.push({ subjectId: subject.id, templateVersionId: entry.templateVersionId });
      }
    }
  }
  return contests;
}

export function createContestHandlers(store: VaultStore): Handlers<typeof contestCalls> {
  return {
    'campaigns.contests': ({ campaignId }) => store.read((db) => listContests(db, campaignId)),
    'campaigns.generateContests': ({ campaignId }, context) =>
      store.write(
        signedInUser(context),
        'contests.generated',
        (contests: ContestView[]) => ({ campaignId, count: contests.length }),
        (db) => {
          const locked = lockedCampaign(getCampaign(db, campaignId));
          if (locked) return locked;
          replaceContests(db, campaignId, contestsToCreate(db, campaignId));
          return listContests(db, campaignId);
        },
      ),
  };
}
