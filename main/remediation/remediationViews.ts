import { AppError } from '../../shared/errors';
import type { ContestTally } from '../../shared/results/resultSchemas';
import { effectiveStatus, measureOverdue } from '../../shared/remediation/remediationStatus';
import type {
  Measure,
  RemediationPerson,
  RemediationStatus,
  RemediationView,
} from '../../shared/remediation/remediationSchemas';
import { contestContext, listContests } from '../campaigns';
import { sealedTally } from '../results';
import type { ReadableDB } from '../vault';
import {
  measuresOf,
  notesOf,
  planOf,
  plansOfCampaign,
  recordedStatusOf,
  type StoredMeasure,
  type StoredPlan,
} from './remediationStore';

/** Low prestige in the sense of Quy định 96-QĐ/TW: more than half of the votes. */
export const lowPrestige = (tally: ContestTally): boolean => tally.prestige?.lowOverHalf ?? false;

/** A sealed result the person must answer with a plan: a criterion flagged, or low prestige. */
export const needsPlan = (tally: ContestTally): boolean =>
  tally.criteria.some((criterion) => criterion.flagged) || lowPrestige(tally);

const measureView = (measure: StoredMeasure, asOf: string): Measure => ({
  ...measure,
  overdue: measureOverdue(measure, asOf),
});

/** A plan's measures as of a day, and where it stands then. */
export function planState(db: ReadableDB, plan: StoredPlan | null, asOf: string) {
  if (!plan) return { status: 'notSubmitted' as RemediationStatus, measures: [] as Measure[], recorded: null };
  const measures = measuresOf(db, plan.id).map((measure) => measureView(measure, asOf));
  const recorded = recordedStatusOf(db, plan.id);
  return { status: effectiveStatus(recorded, measures), measures, recorded };
}

/** The sealed tally of a contest that exists, or NOT_SEALED. */
export function requireSealedTally(db: ReadableDB, contestId: string): ContestTally {
  contestContext(db, contestId);
  const tally = sealedTally(db, contestId);
  if (!tally) throw new AppError('NOT_SEALED');
  return tally;
}

export function remediationView(db: ReadableDB, contestId: string, asOf: string): RemediationView {
  const tally = requireSealedTally(db, contestId);
  const plan = planOf(db, contestId);
  const state = planState(db, plan, asOf);
  return {
    contestId,
    campaignId: tally.campaignId,
    campaignName: tally.campaignName,
    year: tally.year,
    subjectName: tally.subjectName,
    positions: tally.positions,
    unitName: tally.unitName,
    criteria: tally.criteria.map(({ number, text }) => ({ number, text })),
    flagged: tally.criteria
      .filter((criterion) => criterion.flagged)
      .map(({ number, text, lowShare }) => ({ number, text, lowShare })),
    lowPrestige: lowPrestige(tally),
    status: state.status,
    plan:
      plan && state.recorded
        ? {
            id: plan.id,
            source: plan.source,
            submittedOn: plan.submittedOn,
            recordedStatus: state.recorded,
            measures: state.measures,
            notes: notesOf(db, plan.id),
          }
        : null,
  };
}

/** A campaign's people with their sealed tally (null while unsealed) and plan state. */
export function campaignPeople(db: ReadableDB, campaignId: string, asOf: string) {
  const plans = plansOfCampaign(db, campaignId);
  return listContests(db, campaignId).map((contest) => {
    const tally = sealedTally(db, contest.id);
    const plan = plans.get(contest.id) ?? null;
    return { contest, tally, plan, state: planState(db, plan, asOf) };
  });
}

export function remediationPeople(db: ReadableDB, campaignId: string, asOf: string): RemediationPerson[] {
  return campaignPeople(db, campaignId, asOf).map(({ contest, tally, plan, state }) => ({
    contestId: contest.id,
    subjectId: contest.subjectId,
    subjectName: contest.subjectName,
    positions: contest.positions,
    unitName: contest.unitName,
    templateName: contest.templateName,
    sealed: tally !== null,
    flagged: tally ? tally.criteria.filter((criterion) => criterion.flagged).length : 0,
    lowPrestige: tally ? lowPrestige(tally) : false,
    status: tally ? state.status : null,
    submittedOn: plan?.submittedOn ?? null,
    measures: state.measures.length,
    overdueMeasures: state.measures.filter((measure) => measure.overdue).length,
  }));
}
