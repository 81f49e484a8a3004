import { localIsoDay } from '../../shared/campaigns/calendar';
import type { remediationCalls } from '../../shared/contract/remediationCalls';
import { AppError, fail } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import type { PlanInput } from '../../shared/remediation/remediationSchemas';
import type { ContestTally } from '../../shared/results/resultSchemas';
import { type Handlers, signedInUser } from '../base/handlers';
import type { VaultStore } from '../vault';
import { campaignRef, feedbackCampaigns, previousCampaign } from './campaignHistory';
import { campaignOfSubject, peopleOf, saveMatchDecision } from './matchStore';
import { personMatches } from './personMatches';
import { addNote, markMeasure, planOf, savePlan } from './remediationStore';
import { remediationPeople, remediationView, requireSealedTally } from './remediationViews';
import { comparison, dashboard, district } from './yearOverYear';

const now = () => new Date();
const today = (asOf: string | undefined) => asOf ?? localIsoDay(now());

function requireCampaign(db: Parameters<typeof feedbackCampaigns>[0], campaignId: string): void {
  if (!feedbackCampaigns(db).some((campaign) => campaign.id === campaignId))
    throw new AppError('NOT_FOUND', { what: message('core.remediation.campaign') });
}

/**
 * A plan's measures against the person's form: a criterion by its row number (its wording taken
 * from the form), and every flagged criterion covered by at least one measure.
 */
function checkedMeasures(tally: ContestTally, measures: PlanInput['measures']) {
  const rows = new Map(tally.criteria.map((criterion) => [criterion.number, criterion.text]));
  const unknown = measures.find((measure) => measure.criterionNumber !== null && !rows.has(measure.criterionNumber));
  if (unknown) return fail('REMEDIATION_CRITERION_UNKNOWN', { number: unknown.criterionNumber! });
  const covered = new Set(measures.map((measure) => measure.criterionNumber));
  const uncovered = tally.criteria.filter((criterion) => criterion.flagged && !covered.has(criterion.number));
  if (uncovered.length > 0)
    return fail('REMEDIATION_FLAGGED_UNCOVERED', {
      numbers: uncovered.map((criterion) => criterion.number).join(', '),
    });
  return measures.map((measure) => ({
    ...measure,
    criterionText: measure.criterionNumber === null ? measure.criterionText : rows.get(measure.criterionNumber)!,
  }));
}

export function createRemediationHandlers(store: VaultStore): Handlers<typeof remediationCalls> {
  return {
    'remediation.campaigns': () => store.read((db) => feedbackCampaigns(db).reverse().map(campaignRef)),

    'remediation.people': ({ campaignId, asOf }) =>
      store.read((db) => {
        requireCampaign(db, campaignId);
        return remediationPeople(db, campaignId, today(asOf));
      }),

    'remediation.plan': ({ contestId, asOf }) => store.read((db) => remediationView(db, contestId, today(asOf))),

    'remediation.savePlan': ({ contestId, source, submittedOn, measures, asOf }, context) => {
      const user = signedInUser(context);
      return store.write(
        user,
        'remediation.planSaved',
        { contestId, source, submittedOn, measures: measures.length },
        (db) => {
          const checked = checkedMeasures(requireSealedTally(db, contestId), measures);
          if (!Array.isArray(checked)) return checked;
          savePlan(db, contestId, { source, submittedOn, measures: checked }, user, now().toISOString());
          return remediationView(db, contestId, today(asOf));
        },
      );
    },

    'remediation.setStatus': ({ contestId, status, on, note, asOf }, context) => {
      const user = signedInUser(context);
      return store.write(user, 'remediation.statusSet', { contestId, status, on }, (db) => {
        requireSealedTally(db, contestId);
        const plan = planOf(db, contestId);
        if (!plan) return fail('REMEDIATION_NO_PLAN');
        addNote(db, plan.id, { on, status, note, userId: user.id }, now().toISOString());
        return remediationView(db, contestId, today(asOf));
      });
    },

    'remediation.markMeasure': ({ contestId, measureId, doneOn, asOf }, context) =>
      store.write(signedInUser(context), 'remediation.measureMarked', { contestId, measureId, doneOn }, (db) => {
        requireSealedTally(db, contestId);
        const plan = planOf(db, contestId);
        if (!plan) return fail('REMEDIATION_NO_PLAN');
        markMeasure(db, plan.id, measureId, doneOn);
        return remediationView(db, contestId, today(asOf));
      }),

    'remediation.matches': ({ campaignId }) =>
      store.read((db) => {
        requireCampaign(db, campaignId);
        return personMatches(db, campaignId);
      }),

    'remediation.decideMatch': ({ subjectId, previousSubjectId }, context) => {
      const user = signedInUser(context);
      return store.write(user, 'remediation.matchDecided', { subjectId, previousSubjectId }, (db) => {
        const campaignId = campaignOfSubject(db, subjectId);
        if (!campaignId) throw new AppError('NOT_FOUND', { what: message('core.remediation.subject') });
        const previous = previousCampaign(db, campaignId);
        if (previousSubjectId !== null) {
          if (!previous)
            return fail('REMEDIATION_MATCH_INVALID', { reason: message('core.remediation.noPreviousCampaign') });
          if (!peopleOf(db, previous.id).some((person) => person.subjectId === previousSubjectId))
            return fail('REMEDIATION_MATCH_INVALID', {
              reason: message('core.remediation.notInPreviousCampaign', { campaign: previous.name }),
            });
          // One person last year is one person this year.
          const taken = personMatches(db, campaignId).people.find(
            (person) => person.subjectId !== subjectId && person.matched?.subjectId === previousSubjectId,
          );
          if (taken)
            return fail('REMEDIATION_MATCH_INVALID', {
              reason: message('core.remediation.takenBy', { name: `${taken.subjectName} (${taken.unitName})` }),
            });
        }
        saveMatchDecision(db, { subjectId, previousSubjectId, userId: user.id }, now().toISOString());
        return personMatches(db, campaignId).people.find((person) => person.subjectId === subjectId)!;
      });
    },

    'remediation.comparison': ({ contestId, asOf }) => store.read((db) => comparison(db, contestId, today(asOf))),

    'remediation.district': ({ campaignId, asOf }) => store.read((db) => district(db, campaignId, today(asOf))),

    'remediation.dashboard': ({ asOf }) => store.read((db) => dashboard(db, today(asOf))),
  };
}
