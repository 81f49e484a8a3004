import { access } from '../access';
import {
  campaignRefSchema,
  comparisonSchema,
  dashboardSchema,
  personMatchesSchema,
  personMatchSchema,
  planInputSchema,
  recordedStatuses,
  remediationDistrictSchema,
  remediationPersonSchema,
  remediationViewSchema,
} from '../remediation/remediationSchemas';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';
import { defineCall } from './define';

/** The day overdue is judged on: today when not given. */
const asOf = { asOf: isoDateSchema.optional() };

/**
 * After the sealed result (issue 18, points 1, 3 and 4): each person's remediation plan and its
 * follow-up, the same person found in last year's campaign (with a review of uncertain matches),
 * the criteria compared year over year, and the district's and Standing Committee's views.
 */
export const remediationCalls = {
  'remediation.campaigns': defineCall({
    summary: 'The feedback campaigns on unit heads, newest first (a rating vote’s campaign is not one).',
    input: z.object({}).strict(),
    output: z.array(campaignRefSchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'remediation.people': defineCall({
    summary:
      'Every person of a campaign with the state of their result (sealed, criteria flagged, low prestige) and of their remediation plan.',
    input: z.object({ campaignId: idSchema, ...asOf }).strict(),
    output: z.array(remediationPersonSchema),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'remediation.plan': defineCall({
    summary:
      'One person’s sealed result as far as the plan needs it (the criteria flagged), and their plan with its notes.',
    input: z.object({ contestId: idSchema, ...asOf }).strict(),
    output: remediationViewSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'NOT_SEALED'],
  }),
  'remediation.savePlan': defineCall({
    summary:
      'Enter or correct a person’s remediation plan: per criterion flagged (and any other) the measures, the deadline and who checks.',
    input: planInputSchema.extend(asOf).strict(),
    output: remediationViewSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND', 'NOT_SEALED', 'REMEDIATION_CRITERION_UNKNOWN', 'REMEDIATION_FLAGGED_UNCOVERED'],
  }),
  'remediation.setStatus': defineCall({
    summary: 'Record where a plan stands (đã nộp, đang thực hiện, hoàn thành, quá hạn) with a dated follow-up note.',
    input: z
      .object({
        contestId: idSchema,
        status: z.enum(recordedStatuses),
        on: isoDateSchema,
        note: z.string().trim().max(2000).default(''),
        ...asOf,
      })
      .strict(),
    output: remediationViewSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'NOT_SEALED', 'REMEDIATION_NO_PLAN'],
  }),
  'remediation.markMeasure': defineCall({
    summary: 'Record the day one measure of a plan was done, or take it back (null).',
    input: z.object({ contestId: idSchema, measureId: idSchema, doneOn: isoDateSchema.nullable(), ...asOf }).strict(),
    output: remediationViewSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'NOT_SEALED', 'REMEDIATION_NO_PLAN'],
  }),
  'remediation.matches': defineCall({
    summary:
      'Each person of a campaign matched to last year’s campaign: certain matches, and the uncertain ones (moved, same name twice, similar name) to review.',
    input: z.object({ campaignId: idSchema }).strict(),
    output: personMatchesSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'remediation.decideMatch': defineCall({
    summary:
      'Confirm who a person was last year (a person of last year’s campaign), or that they were nobody there (null).',
    input: z.object({ subjectId: idSchema, previousSubjectId: idSchema.nullable() }).strict(),
    output: personMatchSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND', 'REMEDIATION_MATCH_INVALID'],
  }),
  'remediation.comparison': defineCall({
    summary:
      'One person’s criteria this year beside last year: both shares of Trung bình + Yếu kém, whether the criterion was in the plan, and whether it improved.',
    input: z.object({ contestId: idSchema, ...asOf }).strict(),
    output: comparisonSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'NOT_SEALED'],
  }),
  'remediation.district': defineCall({
    summary:
      'A campaign across the district: plans by status, overdue measures, matches to review, and per criterion how often flagged this year and last, improved or worsened.',
    input: z.object({ campaignId: idSchema, ...asOf }).strict(),
    output: remediationDistrictSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'remediation.dashboard': defineCall({
    summary:
      'For the Standing Committee: plans by status per year, overdue plan tasks, and the criteria most often flagged year over year.',
    input: z.object(asOf).strict(),
    output: dashboardSchema,
    access: access.adminOrHead,
    errors: [],
  }),
} as const;
