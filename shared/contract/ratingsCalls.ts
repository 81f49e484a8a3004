import { access } from '../access';
import { fileUploadSchema } from '../campaigns/campaignSchemas';
import { ratingLevelSchema } from '../ratings/ratingLevels';
import { ratingRuleSettingsSchema } from '../ratings/ratingRules';
import {
  decisionNumberSchema,
  ratingEntrySchema,
  ratingRecordSchema,
  ratingRoundDetailSchema,
  ratingRoundSchema,
  ratingTargetsDashboardSchema,
  ratingVoteSchema,
  rosterOrganisationSchema,
  rosterPreviewSchema,
  shortcomingKinds,
  yearSchema,
} from '../ratings/ratingSchemas';
import { ratingTargetSetSchema } from '../ratings/ratingTargets';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';
import { defineCall } from './define';

const round = z.object({ roundId: idSchema }).strict();
const roundSubject = round.extend({ subjectId: idSchema }).strict();

/**
 * The yearly quality rating (đánh giá, xếp loại chất lượng) of Party organisations, their
 * leadership collectives and members, and of the socio-political organisations of schools
 * (issue 17): the roster, the rounds, the decisions the rules of seed 003 allow, the records
 * of shortcomings and discipline, and the district's targets of seed 004.
 */
export const ratingsCalls = {
  'ratings.previewRoster': defineCall({
    summary: 'Check a CSV or XLSX file of organisations, collectives and members row by row; imports nothing.',
    input: z.object({ file: fileUploadSchema }).strict(),
    output: rosterPreviewSchema,
    access: access.adminOnly,
    errors: ['IMPORT_UNREADABLE'],
  }),
  'ratings.importRoster': defineCall({
    summary:
      'Bring the roster up to the file, all or nothing: an organisation is known by its code and a member by ' +
      'name within it, so their ids (and the rounds and records that name them) are kept; those the file no ' +
      'longer lists are kept for past rounds but left out of new ones.',
    input: z.object({ file: fileUploadSchema }).strict(),
    output: rosterPreviewSchema,
    access: access.adminOnly,
    errors: ['IMPORT_HAS_ERRORS', 'IMPORT_UNREADABLE'],
  }),
  'ratings.roster': defineCall({
    summary:
      'The organisations of the roster in Vietnamese order, each with its collective and members; a search ' +
      'matches word starts of names, without diacritics.',
    input: z.object({ search: z.string().max(200).default('') }).strict(),
    output: z.array(rosterOrganisationSchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'ratings.exportRoster': defineCall({
    summary: 'The roster in the import shape, as CSV or XLSX.',
    input: z.object({ format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.adminOrHead,
    errors: [],
  }),
  'ratings.createRound': defineCall({
    summary:
      'Open the year’s rating round (đợt đánh giá, xếp loại): every organisation, collective and member of ' +
      'the roster is entered in it as the roster stands now. One round per year.',
    input: z
      .object({ year: yearSchema, name: z.string().trim().min(1).max(300), rules: ratingRuleSettingsSchema.optional() })
      .strict(),
    output: ratingRoundSchema,
    access: access.adminOnly,
    errors: ['RATING_ROSTER_EMPTY', 'RATING_ROUND_EXISTS'],
  }),
  'ratings.rounds': defineCall({
    summary: 'Every rating round, newest year first, with how many of its subjects are decided.',
    input: z.object({}).strict(),
    output: z.array(ratingRoundSchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'ratings.round': defineCall({
    summary:
      'One round with each subject in the order of seed 003 (the collective before the people, the leaders ' +
      'before the members): self-assessment, proposed and decided level.',
    input: round,
    output: ratingRoundDetailSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'ratings.assess': defineCall({
    summary:
      'Record a subject’s self-assessment (its own level and summary) and the level proposed for it, until its ' +
      'level is decided.',
    input: roundSubject
      .extend({
        selfLevel: ratingLevelSchema.nullable(),
        selfAssessment: z.string().trim().max(5000),
        proposedLevel: ratingLevelSchema.nullable(),
      })
      .strict(),
    output: ratingEntrySchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'RATING_ALREADY_DECIDED'],
  }),
  'ratings.decide': defineCall({
    summary:
      'Record the decided level with the decision’s number and date, and the shortcomings and disciplinary ' +
      'measures it takes into account. The core refuses a decision that breaks a rating rule (XL01–XL04, and ' +
      'XL05 when the round turns it on) and stores nothing.',
    input: roundSubject
      .extend({
        level: ratingLevelSchema,
        decisionNumber: decisionNumberSchema,
        decisionDate: isoDateSchema,
        consideredRecordIds: z.array(idSchema).max(100).default([]),
      })
      .strict(),
    output: ratingEntrySchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'RATING_RULE_BROKEN'],
  }),
  'ratings.prepareVote': defineCall({
    summary:
      'Prepare a secret-ballot vote on some subjects of a round (an organisation’s collective and members): a ' +
      'campaign of its own at the counting desk, open for keying, with one contest on the member rating form ' +
      'whose rows are those subjects; conference, counts, double entry and reconciliation as for any ballot.',
    input: round
      .extend({
        organisationId: idSchema,
        subjectIds: z.array(idSchema).min(1).max(500),
        pollDate: isoDateSchema,
        convened: z.number().int().min(1).max(100_000).nullable().default(null),
      })
      .strict(),
    output: ratingVoteSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND', 'RATING_VOTE_INVALID'],
  }),
  'ratings.votes': defineCall({
    summary:
      'The votes of a round, each with its campaign and contest at the counting desk and, once its counting ' +
      'is closed, the ballots per level for each subject.',
    input: round,
    output: z.array(ratingVoteSchema),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'ratings.addRecord': defineCall({
    summary:
      'Record a shortcoming (khuyết điểm) or a disciplinary measure (hình thức kỷ luật) of an organisation or ' +
      'member, with its year; the one round that takes it into account is set by that round’s decision.',
    input: z
      .object({
        subjectId: idSchema,
        kind: z.enum(shortcomingKinds),
        year: yearSchema,
        description: z.string().trim().min(1).max(2000),
      })
      .strict(),
    output: ratingRecordSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'ratings.records': defineCall({
    summary: 'The shortcomings and disciplinary measures recorded, newest year first, each with its round if counted.',
    input: z.object({ subjectId: idSchema.optional() }).strict(),
    output: z.array(ratingRecordSchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'ratings.targetSets': defineCall({
    summary: 'The district’s target sets, each for a plan and its years; seed 004’s 2021–2025 set until changed.',
    input: z.object({}).strict(),
    output: z.array(ratingTargetSetSchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'ratings.setTargetSets': defineCall({
    summary: 'Replace the district’s target sets (a plan’s years, or one year set apart).',
    input: z.object({ sets: z.array(ratingTargetSetSchema).min(1).max(50) }).strict(),
    output: z.array(ratingTargetSetSchema),
    access: access.adminOnly,
    errors: [],
  }),
  'ratings.targets': defineCall({
    summary:
      'The district’s targets for a year: each target, the exact counts, the share (rounded once), met or not, ' +
      'the units that pull it down and the subjects not decided yet; and every year with a round, year over year.',
    input: z.object({ year: yearSchema }).strict(),
    output: ratingTargetsDashboardSchema,
    access: access.adminOrHead,
    errors: [],
  }),
} as const;
