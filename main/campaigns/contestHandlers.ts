import type { AppContract } from '../../shared/contract';
import type { ContestView } from '../../shared/campaigns/campaignSchemas';
import { getCampaign } from './campaignStore';
import { listContests, replaceContests } from './contestStore';
import { getDraw } from '../draws/drawStore';
import type { Handlers } from '../core/dispatcher';
import type { VaultDatabase } from '../vault/database/openDatabase';
import type { Vault } from '../vault/vault';
import { requireDraft } from './campaignHandlers';
import { signedInUser } from '../base/signedInUser';
import { unitViews } from './unitHandlers';

type ContestHandlers = Pick<Handlers<AppContract>, 'campaigns.generateContests' | 'campaigns.contests'>;

/**
 * One contest (ballot paper) per eligible person in each selected unit: for a unit type that was
 * drawn, the drawn units; for one that was not (the 14 wards), every eligible unit. A school
 * head holding both posts is one person, so one ballot; a ward's secretary and chairman are two.
 */
export function contestsToCreate(
  db: VaultDatabase,
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

export function createContestService(vault: Vault): ContestHandlers {
  return {
    'campaigns.contests': ({ campaignId }) => vault.read((db) => listContests(db, campaignId)),
    'campaigns.generateContests': ({ campaignId }, context) =>
      vault.write(
        signedInUser(context),
        'contests.generated',
        (contests: ContestView[]) => ({ campaignId, count: contests.length }),
        (db) => {
          requireDraft(getCampaign(db, campaignId));
          replaceContests(db, campaignId, contestsToCreate(db, campaignId));
          return listContests(db, campaignId);
        },
      ),
  };
}
