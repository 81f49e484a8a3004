import { rowErrorSchema } from '../campaigns/campaignSchemas';
import { bilingualSchema, idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';
import { organisationKinds, ratedSubjectKindSchema, ratingLevelSchema } from './ratingLevels';
import { ratingRuleCodes, ratingRuleSettingsSchema } from './ratingRules';
import { ratingTargetSetSchema } from './ratingTargets';

/**
 * What the ratings calls carry across the boundary (issue 17): the roster of organisations,
 * collectives and members, the yearly rounds and their entries, shortcoming and disciplinary
 * records, and the targets dashboard.
 */

export const yearSchema = z.number().int().min(2000).max(2100);

export const rosterPreviewSchema = z
  .object({
    organisations: z.number().int(),
    collectives: z.number().int(),
    members: z.number().int(),
    heads: z.number().int(),
    errors: z.array(rowErrorSchema),
  })
  .strict();
export type RosterPreview = z.infer<typeof rosterPreviewSchema>;

export const rosterMemberSchema = z
  .object({ id: idSchema, fullName: z.string(), position: z.string(), isHead: z.boolean() })
  .strict();

export const rosterOrganisationSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    kind: z.enum(organisationKinds),
    name: z.string(),
    parentId: idSchema.nullable(),
    parentName: z.string().nullable(),
    unitName: z.string().nullable(),
    collective: z.object({ id: idSchema, name: z.string() }).strict().nullable(),
    members: z.array(rosterMemberSchema),
  })
  .strict();
export type RosterOrganisation = z.infer<typeof rosterOrganisationSchema>;

export const ratingRoundSchema = z
  .object({
    id: idSchema,
    year: yearSchema,
    name: z.string(),
    createdAt: z.string(),
    rules: ratingRuleSettingsSchema,
    subjects: z.number().int(),
    decided: z.number().int(),
  })
  .strict();
export type RatingRound = z.infer<typeof ratingRoundSchema>;

export const decisionNumberSchema = z.string().trim().min(1).max(100);

/** One subject of a round: who or what it is (as the roster said when the round began) and its rating. */
export const ratingEntrySchema = z
  .object({
    subjectId: idSchema,
    kind: ratedSubjectKindSchema,
    name: z.string(),
    /** A collective's or a member's organisation; an organisation's parent. */
    organisationId: idSchema.nullable(),
    organisationName: z.string().nullable(),
    /** For a member who heads an organisation (and so its collective). */
    headOf: idSchema.nullable(),
    /** What the targets count it under (a school, a cell). */
    unitName: z.string(),
    position: z.string(),
    selfLevel: ratingLevelSchema.nullable(),
    selfAssessment: z.string(),
    proposedLevel: ratingLevelSchema.nullable(),
    decidedLevel: ratingLevelSchema.nullable(),
    decisionNumber: z.string().nullable(),
    decisionDate: isoDateSchema.nullable(),
    consideredRecordIds: z.array(idSchema),
  })
  .strict();
export type RatingEntry = z.infer<typeof ratingEntrySchema>;

export const ratingRoundDetailSchema = z
  .object({ round: ratingRoundSchema, entries: z.array(ratingEntrySchema) })
  .strict();

export const shortcomingKinds = ['shortcoming', 'discipline'] as const;

export const ratingRecordSchema = z
  .object({
    id: idSchema,
    subjectId: idSchema,
    subjectName: z.string(),
    kind: z.enum(shortcomingKinds),
    year: yearSchema,
    description: z.string(),
    countedInRoundId: idSchema.nullable(),
    countedInYear: yearSchema.nullable(),
  })
  .strict();
export type RatingRecord = z.infer<typeof ratingRecordSchema>;

export const ratingRuleBreachSchema = z
  .object({ rule: z.enum(ratingRuleCodes), title: bilingualSchema, explanation: bilingualSchema })
  .strict();

const shareCountShape = {
  meeting: z.number().int(),
  counted: z.number().int(),
  pending: z.number().int(),
  actualShare: z.number().int().nullable(),
};

export const ratingTargetResultSchema = z
  .object({
    ...shareCountShape,
    targetId: z.string(),
    title: bilingualSchema,
    atLeast: ratingLevelSchema,
    share: z.number().int(),
    met: z.boolean().nullable(),
    shortfall: z.number().int(),
    pendingSubjectIds: z.array(z.string()),
    unitsBelow: z.array(
      z.object({ ...shareCountShape, unitId: z.string(), unitName: z.string(), shortfall: z.number().int() }).strict(),
    ),
  })
  .strict();

export const ratingTargetSeriesSchema = z
  .object({
    targetId: z.string(),
    title: bilingualSchema,
    points: z.array(
      z
        .object({
          year: yearSchema,
          share: z.number().int(),
          actualShare: z.number().int().nullable(),
          met: z.boolean().nullable(),
          meeting: z.number().int(),
          counted: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();

export const ratingTargetsDashboardSchema = z
  .object({
    year: yearSchema,
    /** The set of targets that applies to the year; null when none covers it. */
    targetSet: ratingTargetSetSchema.nullable(),
    /** Whether a round of the year exists (its decided levels are what is measured). */
    roundId: idSchema.nullable(),
    results: z.array(ratingTargetResultSchema),
    /** Every year with a round, oldest first. */
    series: z.array(ratingTargetSeriesSchema),
  })
  .strict();
export type RatingTargetsDashboard = z.infer<typeof ratingTargetsDashboardSchema>;

/** One row of a vote's tally: the ballots that marked each level for the subject, and those that marked none. */
export const ratingVoteRowSchema = z
  .object({
    subjectId: idSchema,
    name: z.string(),
    /** Ballots per level, in the order of ratingLevelIds (best first). */
    levels: z.array(z.number().int()).length(4),
    blank: z.number().int(),
    multi: z.number().int(),
  })
  .strict();

/**
 * A secret-ballot vote on some subjects of a round (seed 003: "bỏ phiếu kín"), kept with the
 * counting desk: a campaign of its own, one contest on the people-rows form, keyed twice.
 */
export const ratingVoteSchema = z
  .object({
    id: idSchema,
    roundId: idSchema,
    organisationId: idSchema,
    organisationName: z.string(),
    campaignId: idSchema,
    campaignName: z.string(),
    contestId: idSchema,
    unitId: idSchema,
    pollDate: isoDateSchema,
    subjects: z.array(z.object({ subjectId: idSchema, name: z.string() }).strict()),
    /** The counting of its ballots is closed (reconciled): the tally below is final. */
    counted: z.boolean(),
    ballots: z
      .object({
        issued: z.number().int(),
        returned: z.number().int(),
        valid: z.number().int(),
        invalid: z.number().int(),
      })
      .strict()
      .nullable(),
    rows: z.array(ratingVoteRowSchema).nullable(),
  })
  .strict();
export type RatingVote = z.infer<typeof ratingVoteSchema>;
