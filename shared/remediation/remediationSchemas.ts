import type { Bilingual } from '../i18n/language';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';

/**
 * What the remediation calls carry (issue 18, points 1, 3 and 4): a person's plan to remedy what
 * the sealed result flagged, followed up with dated notes; the same person matched in last year's
 * campaign; the criteria compared year over year; and the district's view of all of it.
 */

/**
 * Where a plan stands (chưa nộp, đã nộp, đang thực hiện, hoàn thành, quá hạn). "notSubmitted" is
 * never recorded: it is a person with a sealed result and no plan yet.
 */
export const remediationStatuses = ['notSubmitted', 'submitted', 'inProgress', 'done', 'overdue'] as const;
export type RemediationStatus = (typeof remediationStatuses)[number];
/** The statuses a follow-up note may record. */
export const recordedStatuses = ['submitted', 'inProgress', 'done', 'overdue'] as const;
export type RecordedStatus = (typeof recordedStatuses)[number];

export const remediationStatusLabels: Readonly<Record<RemediationStatus, Bilingual>> = {
  notSubmitted: { vi: 'Chưa nộp', en: 'Not submitted' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  inProgress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
};

/** Received on paper and entered by the department, or typed by the person's own unit. */
export const planSources = ['paper', 'unit'] as const;
export type PlanSource = (typeof planSources)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const measureInputSchema = z
  .object({
    /** Kept when a plan is saved again, so a measure keeps the day it was done. */
    id: idSchema.optional(),
    /** The row of the form it remedies; null for anything else the person chose (named in criterionText). */
    criterionNumber: z.number().int().min(1).max(100).nullable(),
    criterionText: z.string().trim().max(500).default(''),
    measures: text(4000),
    deadline: isoDateSchema,
    /** Who checks that it was done (người kiểm tra, giám sát). */
    checker: text(300),
  })
  .strict();
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const planInputSchema = z
  .object({
    contestId: idSchema,
    source: z.enum(planSources),
    submittedOn: isoDateSchema,
    measures: z.array(measureInputSchema).min(1).max(50),
  })
  .strict();
export type PlanInput = z.infer<typeof planInputSchema>;

export const measureSchema = z
  .object({
    id: idSchema,
    criterionNumber: z.number().int().nullable(),
    criterionText: z.string(),
    measures: z.string(),
    deadline: isoDateSchema,
    checker: z.string(),
    doneOn: isoDateSchema.nullable(),
    /** Not done and its deadline before the day asked about. */
    overdue: z.boolean(),
  })
  .strict();
export type Measure = z.infer<typeof measureSchema>;

export const followUpNoteSchema = z
  .object({
    on: isoDateSchema,
    status: z.enum(recordedStatuses),
    note: z.string(),
    by: z.string(),
    at: z.string(),
  })
  .strict();

export const flaggedCriterionSchema = z
  .object({ number: z.number().int(), text: z.string(), lowShare: z.number().int() })
  .strict();

export const remediationPlanSchema = z
  .object({
    id: idSchema,
    source: z.enum(planSources),
    submittedOn: isoDateSchema,
    /** The last status recorded by a note. */
    recordedStatus: z.enum(recordedStatuses),
    measures: z.array(measureSchema),
    /** Oldest first. */
    notes: z.array(followUpNoteSchema),
  })
  .strict();

/** One person's sealed result as the plan needs it, and the plan. */
export const remediationViewSchema = z
  .object({
    contestId: idSchema,
    campaignId: idSchema,
    campaignName: z.string(),
    year: z.number().int(),
    subjectName: z.string(),
    positions: z.array(z.string()),
    unitName: z.string(),
    /** Every row of the form, for measures on a criterion that was not flagged. */
    criteria: z.array(z.object({ number: z.number().int(), text: z.string() }).strict()),
    flagged: z.array(flaggedCriterionSchema),
    /** More than half of the votes low prestige (Quy định 96-QĐ/TW). */
    lowPrestige: z.boolean(),
    status: z.enum(remediationStatuses),
    plan: remediationPlanSchema.nullable(),
  })
  .strict();
export type RemediationView = z.infer<typeof remediationViewSchema>;

/** One person of a campaign in the list of plans. */
export const remediationPersonSchema = z
  .object({
    contestId: idSchema,
    subjectId: idSchema,
    subjectName: z.string(),
    positions: z.array(z.string()),
    unitName: z.string(),
    templateName: z.string(),
    sealed: z.boolean(),
    flagged: z.number().int(),
    lowPrestige: z.boolean(),
    /** Null until the result is sealed. */
    status: z.enum(remediationStatuses).nullable(),
    submittedOn: isoDateSchema.nullable(),
    measures: z.number().int(),
    overdueMeasures: z.number().int(),
  })
  .strict();
export type RemediationPerson = z.infer<typeof remediationPersonSchema>;

/** How sure the match of a person to last year's campaign is. */
export const matchKinds = ['same', 'moved', 'ambiguous', 'similar', 'none'] as const;
export type MatchKind = (typeof matchKinds)[number];
/** auto: certain, taken without review; pending: waits for someone to confirm or reject it. */
export const matchDecisions = ['auto', 'confirmed', 'rejected', 'pending'] as const;
export type MatchDecision = (typeof matchDecisions)[number];

export const matchCandidateSchema = z
  .object({ subjectId: idSchema, subjectName: z.string(), unitName: z.string(), positions: z.array(z.string()) })
  .strict();
export type MatchCandidate = z.infer<typeof matchCandidateSchema>;

export const personMatchSchema = z
  .object({
    subjectId: idSchema,
    subjectName: z.string(),
    unitName: z.string(),
    positions: z.array(z.string()),
    kind: z.enum(matchKinds),
    decision: z.enum(matchDecisions),
    /** The person last year, once the match is certain or confirmed. */
    matched: matchCandidateSchema.nullable(),
    /** Who last year it could be, the likeliest first. */
    candidates: z.array(matchCandidateSchema),
  })
  .strict();
export type PersonMatch = z.infer<typeof personMatchSchema>;

export const campaignRefSchema = z.object({ id: idSchema, name: z.string(), year: z.number().int() }).strict();
export type CampaignRef = z.infer<typeof campaignRefSchema>;

export const personMatchesSchema = z
  .object({ previousCampaign: campaignRefSchema.nullable(), people: z.array(personMatchSchema) })
  .strict();

export const criterionChanges = ['improved', 'worsened', 'same'] as const;
export type CriterionChange = (typeof criterionChanges)[number];

export const criterionComparisonSchema = z
  .object({
    number: z.number().int(),
    text: z.string(),
    /** Trung bình + Yếu kém last year, in hundredths; null when the person had no sealed result then. */
    lastShare: z.number().int().nullable(),
    thisShare: z.number().int(),
    lastFlagged: z.boolean(),
    thisFlagged: z.boolean(),
    /** The criterion was in last year's remediation plan. */
    inPlan: z.boolean(),
    /** The low share fell (improved), rose (worsened) or stayed; null without last year. */
    change: z.enum(criterionChanges).nullable(),
  })
  .strict();
export type CriterionComparison = z.infer<typeof criterionComparisonSchema>;

export const comparisonSchema = z
  .object({
    contestId: idSchema,
    subjectName: z.string(),
    unitName: z.string(),
    year: z.number().int(),
    match: z.object({ kind: z.enum(matchKinds), decision: z.enum(matchDecisions) }).strict(),
    previous: z
      .object({
        contestId: idSchema,
        campaign: campaignRefSchema,
        subjectName: z.string(),
        unitName: z.string(),
        planStatus: z.enum(remediationStatuses),
      })
      .nullable(),
    criteria: z.array(criterionComparisonSchema),
  })
  .strict();
export type Comparison = z.infer<typeof comparisonSchema>;

const statusCountsSchema = z.object(
  Object.fromEntries(remediationStatuses.map((status) => [status, z.number().int()])) as Record<
    RemediationStatus,
    z.ZodNumber
  >,
);
export type StatusCounts = Record<RemediationStatus, number>;

export const districtCriterionSchema = z
  .object({
    text: z.string(),
    flaggedThisYear: z.number().int(),
    flaggedLastYear: z.number().int(),
    /** Among the people matched to last year: how many it was in a plan for, improved for, worsened for. */
    inPlans: z.number().int(),
    improved: z.number().int(),
    worsened: z.number().int(),
  })
  .strict();

export const remediationDistrictSchema = z
  .object({
    campaign: campaignRefSchema,
    previousCampaign: campaignRefSchema.nullable(),
    /** Sealed results, and among them those with a flagged criterion or low prestige. */
    sealed: z.number().int(),
    needingPlans: z.number().int(),
    byStatus: statusCountsSchema,
    overdueMeasures: z.number().int(),
    /** Matches that wait for review. */
    pendingMatches: z.number().int(),
    criteria: z.array(districtCriterionSchema),
  })
  .strict();
export type RemediationDistrict = z.infer<typeof remediationDistrictSchema>;

export const dashboardSchema = z
  .object({
    years: z.array(
      z
        .object({
          campaign: campaignRefSchema,
          sealed: z.number().int(),
          needingPlans: z.number().int(),
          byStatus: statusCountsSchema,
        })
        .strict(),
    ),
    /** The plan tasks (plans.overdue) not done by the day. */
    overdueTasks: z.number().int(),
    /** The criteria flagged most often across the district, with the count per year of `years`. */
    mostFlagged: z.array(z.object({ text: z.string(), perYear: z.array(z.number().int()) }).strict()),
  })
  .strict();
export type RemediationDashboard = z.infer<typeof dashboardSchema>;
