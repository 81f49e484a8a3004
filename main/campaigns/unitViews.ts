import { message } from '../../shared/i18n/messages';
import type { UnitView } from '../../shared/campaigns/campaignSchemas';
import { eligibilityOf } from '../../shared/campaigns/eligibility';
import type { ReadableDB } from '../vault';
import { getCampaign } from './campaignStore';
import { listUnits, type StoredUnit } from './unitStore';

const noSchedule = message('core.unitViews.theCampaignHasNo');
const nobodyToPoll = message('core.unitViews.theUnitHasNobody');

/** Units with each person's eligibility under the six-month rule at the poll date of the unit's type. */
export function unitViews(db: ReadableDB, campaignId: string): UnitView[] {
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
