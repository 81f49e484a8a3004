import type { AppContract } from '../../shared/contract';
import type { UnitView } from '../../shared/campaigns/campaignSchemas';
import { eligibilityOf } from '../../shared/campaigns/eligibility';
import { getCampaign } from './campaignStore';
import { campaignOfSubject, listUnits, setEligibilityOverride, type StoredUnit } from './unitStore';
import type { Handlers } from '../core/dispatcher';
import type { VaultDatabase } from '../vault/database/openDatabase';
import type { Vault } from '../vault/vault';
import { requireDraft } from './campaignHandlers';
import { signedInUser } from '../base/signedInUser';

const noSchedule = {
  vi: 'Đợt lấy ý kiến chưa có lịch cho loại đơn vị này.',
  en: 'The campaign has no schedule for this unit type.',
};
const nobodyToPoll = {
  vi: 'Đơn vị chưa có người được góp ý đủ điều kiện.',
  en: 'The unit has nobody who may be polled.',
};

/** Units with each person's eligibility under the six-month rule at the poll date of the unit's type. */
export function unitViews(db: VaultDatabase, campaignId: string): UnitView[] {
  const campaign = getCampaign(db, campaignId);
  const pollDates = new Map(campaign.schedule.map((entry) => [entry.unitType, entry.pollDate]));
  return listUnits(db, campaignId).map((unit: StoredUnit) => {
    const pollDate = pollDates.get(unit.unitType);
    const subjects = unit.subjects.map((subject) => {
      if (pollDate === undefined) {
        return { ...subject, eligible: false, eligibilityNote: noSchedule };
      }
      const eligibility = eligibilityOf(subject, pollDate);
      return {
        ...subject,
        eligible: eligibility.eligible,
        eligibilityNote: eligibility.eligible ? eligibility.note : eligibility.reason,
      };
    });
    return { ...unit, subjects, eligible: subjects.some((subject) => subject.eligible) };
  });
}

/** Why a unit cannot be drawn (for the draw's list of excluded units). */
export function exclusionReason(unit: UnitView): { vi: string; en: string } {
  return unit.subjects.find((subject) => !subject.eligible)?.eligibilityNote ?? nobodyToPoll;
}

type UnitHandlers = Pick<Handlers<AppContract>, 'campaigns.units' | 'campaigns.setEligibilityOverride'>;

export function createUnitService(vault: Vault): UnitHandlers {
  return {
    'campaigns.units': ({ campaignId }) => vault.read((db) => unitViews(db, campaignId)),
    'campaigns.setEligibilityOverride': ({ subjectId, reason }, context) => {
      const event = reason === null ? 'subject.eligibilityOverrideWithdrawn' : 'subject.eligibilityOverridden';
      return vault.write(signedInUser(context), event, { subjectId, reason }, (db) => {
        requireDraft(getCampaign(db, campaignOfSubject(db, subjectId).campaignId));
        setEligibilityOverride(db, subjectId, reason);
        return { done: true as const };
      });
    },
  };
}
