import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { compareCriteria } from '../../shared/remediation/criterionComparison';
import {
  remediationStatuses,
  type Comparison,
  type RemediationDashboard,
  type RemediationDistrict,
  type StatusCounts,
} from '../../shared/remediation/remediationSchemas';
import type { ContestTally } from '../../shared/results/resultSchemas';
import { foldForSearch } from '../../shared/text/vietnamese';
import { overdueOccurrences } from '../plans';
import { sealedTally } from '../results';
import type { ReadableDB } from '../vault';
import { campaignRef, feedbackCampaigns, previousCampaign } from './campaignHistory';
import { contestsOfSubject, subjectContest } from './matchStore';
import { personMatches } from './personMatches';
import { measuresOf, planOf } from './remediationStore';
import { campaignPeople, needsPlan, planState, requireSealedTally } from './remediationViews';

/** Last year's contest of the person a contest is about, on the same form (or their first). */
function lastYearContest(db: ReadableDB, contestId: string, previousSubjectId: string) {
  const current = subjectContest(db, contestId);
  const contests = contestsOfSubject(db, previousSubjectId);
  return contests.find((contest) => contest.templateId === current?.templateId) ?? contests[0] ?? null;
}

/** The criteria (row numbers) a contest's remediation plan had measures for. */
function plannedNumbers(db: ReadableDB, contestId: string): Set<number> {
  const plan = planOf(db, contestId);
  if (!plan) return new Set();
  return new Set(measuresOf(db, plan.id).flatMap((measure) => measure.criterionNumber ?? []));
}

type Matches = ReturnType<typeof personMatches>;

/** One person this year beside the same person last year (issue 18, point 3). */
export function comparison(db: ReadableDB, contestId: string, asOf: string): Comparison {
  const tally = requireSealedTally(db, contestId);
  return compareWithLastYear(db, tally, personMatches(db, tally.campaignId), asOf);
}

function compareWithLastYear(db: ReadableDB, tally: ContestTally, matches: Matches, asOf: string): Comparison {
  const contestId = tally.contestId;
  const subject = subjectContest(db, contestId)!;
  const match = matches.people.find((person) => person.subjectId === subject.subjectId)!;
  const last = match.matched ? lastYearContest(db, contestId, match.matched.subjectId) : null;
  const lastTally = last ? sealedTally(db, last.contestId) : null;
  const criteria = compareCriteria(
    tally.criteria,
    lastTally?.criteria ?? null,
    last ? plannedNumbers(db, last.contestId) : new Set(),
  );
  return {
    contestId,
    subjectName: tally.subjectName,
    unitName: tally.unitName,
    year: tally.year,
    match: { kind: match.kind, decision: match.decision },
    previous:
      last && lastTally && matches.previousCampaign
        ? {
            contestId: last.contestId,
            campaign: matches.previousCampaign,
            subjectName: lastTally.subjectName,
            unitName: lastTally.unitName,
            planStatus: planState(db, planOf(db, last.contestId), asOf).status,
          }
        : null,
    criteria,
  };
}

const zeroCounts = (): StatusCounts =>
  Object.fromEntries(remediationStatuses.map((status) => [status, 0])) as StatusCounts;

/** A campaign's sealed results, those needing a plan, their plans by status and overdue measures. */
type CampaignPeople = ReturnType<typeof campaignPeople>;

function campaignStanding(everyone: CampaignPeople) {
  const people = everyone.filter((person) => person.tally !== null);
  const byStatus = zeroCounts();
  let needingPlans = 0;
  let overdueMeasures = 0;
  for (const person of people) {
    const needs = needsPlan(person.tally!);
    if (needs) needingPlans += 1;
    if (needs || person.plan) byStatus[person.state.status] += 1;
    overdueMeasures += person.state.measures.filter((measure) => measure.overdue).length;
  }
  return {
    tallies: people.map((person) => person.tally!),
    sealed: people.length,
    needingPlans,
    byStatus,
    overdueMeasures,
  };
}

/** Criteria are counted across forms by their wording (diacritics and spacing aside). */
function flaggedByWording(tallies: readonly ContestTally[]): Map<string, { text: string; count: number }> {
  const counts = new Map<string, { text: string; count: number }>();
  for (const criterion of tallies.flatMap((tally) => tally.criteria).filter((row) => row.flagged)) {
    const key = foldForSearch(criterion.text);
    const entry = counts.get(key) ?? { text: criterion.text, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  return counts;
}

/** A campaign across the district beside the one before it. */
export function district(
  db: ReadableDB,
  campaignId: string,
  asOf: string,
  /** The campaign's people, when the caller has read them already (the report does). */
  people: CampaignPeople = campaignPeople(db, campaignId, asOf),
): RemediationDistrict {
  const campaign = feedbackCampaigns(db).find((item) => item.id === campaignId);
  if (!campaign) throw new AppError('NOT_FOUND', { what: message('core.remediation.campaign') });
  const previous = previousCampaign(db, campaignId);
  const standing = campaignStanding(people);
  const thisYear = flaggedByWording(standing.tallies);
  const lastYear = previous
    ? flaggedByWording(campaignStanding(campaignPeople(db, previous.id, asOf)).tallies)
    : new Map();
  const criteria = new Map<string, RemediationDistrict['criteria'][number]>();
  const row = (key: string, text: string) =>
    criteria.get(key) ??
    criteria
      .set(key, {
        text,
        flaggedThisYear: thisYear.get(key)?.count ?? 0,
        flaggedLastYear: lastYear.get(key)?.count ?? 0,
        inPlans: 0,
        improved: 0,
        worsened: 0,
      })
      .get(key)!;
  for (const [key, { text }] of [...thisYear, ...lastYear]) row(key, text);
  // Among the people matched to last year: per criterion flagged for them then, was it in their plan, did it improve.
  const matches = personMatches(db, campaignId);
  for (const tally of standing.tallies) {
    const subject = subjectContest(db, tally.contestId)!;
    if (!matches.people.find((person) => person.subjectId === subject.subjectId)?.matched) continue;
    const compared = compareWithLastYear(db, tally, matches, asOf).criteria;
    for (const criterion of compared.filter((item) => item.lastFlagged)) {
      const entry = row(foldForSearch(criterion.text), criterion.text);
      if (criterion.inPlan) entry.inPlans += 1;
      if (criterion.change === 'improved') entry.improved += 1;
      if (criterion.change === 'worsened') entry.worsened += 1;
    }
  }
  return {
    campaign: campaignRef(campaign),
    previousCampaign: previous ? campaignRef(previous) : null,
    sealed: standing.sealed,
    needingPlans: standing.needingPlans,
    byStatus: standing.byStatus,
    overdueMeasures: standing.overdueMeasures,
    pendingMatches: matches.people.filter((person) => person.decision === 'pending').length,
    criteria: [...criteria.values()].sort(
      (a, b) => b.flaggedThisYear - a.flaggedThisYear || b.flaggedLastYear - a.flaggedLastYear,
    ),
  };
}

/** How many of the criteria flagged most often the dashboard shows. */
const mostFlaggedCount = 10;

/** For the Standing Committee (issue 18, point 4): every year at once. */
export function dashboard(db: ReadableDB, asOf: string): RemediationDashboard {
  const campaigns = feedbackCampaigns(db);
  const standings = campaigns.map((campaign) => campaignStanding(campaignPeople(db, campaign.id, asOf)));
  const perCampaign = standings.map((standing) => flaggedByWording(standing.tallies));
  const keys = new Map<string, string>();
  for (const counts of perCampaign) for (const [key, { text }] of counts) if (!keys.has(key)) keys.set(key, text);
  const mostFlagged = [...keys]
    .map(([key, text]) => ({ text, perYear: perCampaign.map((counts) => counts.get(key)?.count ?? 0) }))
    .sort((a, b) => b.perYear.reduce((x, y) => x + y, 0) - a.perYear.reduce((x, y) => x + y, 0))
    .slice(0, mostFlaggedCount);
  return {
    years: campaigns.map((campaign, index) => ({
      campaign: campaignRef(campaign),
      sealed: standings[index]!.sealed,
      needingPlans: standings[index]!.needingPlans,
      byStatus: standings[index]!.byStatus,
    })),
    overdueTasks: overdueOccurrences(db, asOf).length,
    mostFlagged,
  };
}
