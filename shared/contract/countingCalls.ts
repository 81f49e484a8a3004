import { deskUnitSchema } from '../counting/countingSchemas';
import { keyerStatisticsGroupings, keyerStatisticsSchema } from '../counting/countingSchemas';
import { exportFormatSchema } from '../results/resultSchemas';
import { warningRules } from '../counting/reconciliation';
import {
  differenceViewSchema,
  keyingViewSchema,
  reconciliationLineSchema,
  batchSummarySchema,
  conferenceSchema,
  contestCountsSchema,
} from '../counting/countingSchemas';
import { idSchema, doneSchema } from '../schema/common';
import { fileUploadSchema } from '../campaigns/campaignSchemas';
import { surveyColumnsSchema, surveyMappingSchema, surveyPreviewSchema } from '../counting/surveyMapping';
import { answerSchema, ballotEntrySchema } from '../counting/ballot';
import { templateContentSchema } from '../templates/templateContent';
import { returnedFieldsSchema, returnedValueSchema } from '../counting/keyerReturns';
import { auditVerdicts } from '../counting/keyingAudit';
import {
  auditDifferenceViewSchema,
  auditKeyingViewSchema,
  keyingAuditSummarySchema,
  keyingQualitySchema,
} from '../counting/keyingAuditSchemas';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

const campaignId = z.object({ campaignId: idSchema }).strict();
/** One ballot saved by a keyer (double entry or the quality audit's keying), with how it was typed. */
const keyedBallotFields = {
  ballot: ballotEntrySchema,
  keystrokes: z.number().int().min(0).max(100_000),
  activeMs: z.number().int().min(0).max(86_400_000),
};
const savedBallotSchema = z.object({ position: z.number().int(), keyed: z.number().int() }).strict();
const contestId = z.object({ contestId: idSchema }).strict();
const batchId = z.object({ batchId: idSchema }).strict();
const keyingId = z.object({ keyingId: idSchema }).strict();

/** Counting is refused once a contest is sealed or closed, or while its campaign is not counting. */
const countingRefusals = ['CONTEST_SEALED', 'COUNTING_CLOSED', 'COUNTING_NOT_OPEN'] as const;
/** A keyer works only in their own, unfinished keying. */
const ownKeyingRefusals = [...countingRefusals, 'KEYING_FINISHED', 'NOT_FOUND', 'NOT_YOUR_KEYING'] as const;

/** The counting desk: conferences, counts, batches, imports, reconciliation, closing. */
export const deskCalls = {
  'counting.desk': defineCall({
    summary:
      'Per unit of a campaign (or only the unit named): conference, contests with counts, batches, reconciliation and seal state.',
    input: z.object({ campaignId: idSchema, unitId: idSchema.optional() }).strict(),
    output: z.array(deskUnitSchema),
    access: access.deskViewers,
    errors: ['NOT_FOUND'],
  }),
  'counting.saveConference': defineCall({
    summary: 'Record the conference at a unit: date, place, chair, counting committee, convened and present.',
    input: z.object({ unitId: idSchema, conference: conferenceSchema }).strict(),
    output: doneSchema,
    access: access.headOnly,
    errors: ['CONTEST_SEALED', 'COUNTING_NOT_OPEN', 'NOT_FOUND'],
  }),
  'counting.saveCounts': defineCall({
    summary: 'Ballots issued, returned, not returned, valid and invalid by reason, for one contest.',
    input: contestId.extend({ counts: contestCountsSchema }).strict(),
    output: doneSchema,
    access: access.headOnly,
    errors: [...countingRefusals, 'NOT_FOUND'],
  }),
  'counting.createBatch': defineCall({
    summary: 'Open a batch (a stack or envelope of a contest’s returned ballots) to key in paper order.',
    input: contestId.extend({ label: z.string().trim().max(100) }).strict(),
    output: batchSummarySchema,
    access: access.counting,
    errors: [...countingRefusals, 'NOT_FOUND'],
  }),
  'counting.importBallots': defineCall({
    summary: 'Import ballots as JSON lines (SPEC §5) into a new batch of a contest, all or nothing.',
    input: contestId.extend({ fileName: z.string().min(1).max(260), text: z.string().max(50_000_000) }).strict(),
    output: z.object({ batch: batchSummarySchema, imported: z.number().int() }).strict(),
    access: access.headOnly,
    errors: ['BALLOTS_ALREADY_STORED', ...countingRefusals, 'LINES_INVALID', 'MACHINE_ONLINE', 'NOT_FOUND'],
  }),
  'counting.reconciliation': defineCall({
    summary: 'The reconciliation lines of a contest: errors that block, warnings to acknowledge.',
    input: contestId,
    output: z.array(reconciliationLineSchema),
    access: access.deskViewers,
    errors: ['NOT_FOUND'],
  }),
  'counting.acknowledgeWarning': defineCall({
    summary: 'The head acknowledges a warning with a written reason.',
    input: contestId.extend({ rule: z.enum(warningRules), reason: z.string().trim().min(5).max(1000) }).strict(),
    output: z.array(reconciliationLineSchema),
    access: access.headOnly,
    errors: [...countingRefusals, 'NOT_FOUND'],
  }),
  'counting.close': defineCall({
    summary: 'Close the counting of a contest — refused while an error or an unacknowledged warning stands.',
    input: contestId,
    output: doneSchema,
    access: access.headOnly,
    errors: [...countingRefusals, 'NOT_FOUND', 'RECONCILIATION_FAILS'],
  }),
};

const surveyFile = contestId.extend({ file: fileUploadSchema }).strict();
/** A survey export is read only for a contest open to counting. */
const surveyRefusals = [...countingRefusals, 'IMPORT_UNREADABLE', 'NOT_FOUND'] as const;

/**
 * Survey-tool exports (CSV or XLSX of Google Forms, KoboToolbox/ODK, LimeSurvey): the file's
 * columns with a proposed mapping, a preview with every error by row and column, then the
 * import — all or nothing, under the same rules as ballot lines.
 */
export const surveyImportCalls = {
  'counting.surveyColumns': defineCall({
    summary:
      'A survey export’s columns and commonest answers, the contest’s form, and a proposed mapping (columns by the criteria’s words, answers by the level names); imports nothing.',
    input: surveyFile,
    output: surveyColumnsSchema,
    access: access.headOnly,
    errors: [...surveyRefusals],
  }),
  'counting.previewSurveyImport': defineCall({
    summary:
      'What a survey export would import as through a mapping — responses, valid, blank — and every error by row and column; imports nothing.',
    input: surveyFile.extend({ mapping: surveyMappingSchema }).strict(),
    output: surveyPreviewSchema,
    access: access.headOnly,
    errors: [...surveyRefusals],
  }),
  'counting.importSurvey': defineCall({
    summary:
      'Import a survey export through a mapping into a new batch marked with its tool and file, all or nothing; a response imported before refuses the file.',
    input: surveyFile.extend({ mapping: surveyMappingSchema }).strict(),
    output: z
      .object({
        batch: batchSummarySchema,
        imported: z.number().int(),
        valid: z.number().int(),
        blank: z.number().int(),
      })
      .strict(),
    access: access.headOnly,
    errors: ['BALLOTS_ALREADY_STORED', ...surveyRefusals, 'MACHINE_ONLINE', 'SURVEY_INVALID'],
  }),
};

/** Blind double entry of the paper ballots and the head's settling of differences. */
export const keyingCalls = {
  'counting.startKeying': defineCall({
    summary: 'Start (or resume) keying a batch; the next free pass, never one this user already keyed.',
    input: batchId,
    output: keyingViewSchema,
    access: access.counting,
    errors: [...countingRefusals, 'BATCH_VERIFIED', 'KEYING_COMPLETE', 'MACHINE_ONLINE', 'NOT_FOUND', 'SAME_KEYER'],
  }),
  'counting.saveBallot': defineCall({
    summary: 'Save the next ballot of a keying, in paper order.',
    input: keyingId.extend(keyedBallotFields).strict(),
    output: savedBallotSchema,
    access: access.counting,
    errors: [...ownKeyingRefusals, 'BALLOT_INVALID', 'MACHINE_ONLINE'],
  }),
  'counting.undoLastBallot': defineCall({
    summary: 'Take back the last ballot saved in an unfinished keying.',
    input: keyingId,
    output: z.object({ keyed: z.number().int() }).strict(),
    access: access.counting,
    errors: [...ownKeyingRefusals, 'NOTHING_TO_UNDO'],
  }),
  'counting.finishKeying': defineCall({
    summary: 'Close a keying; when every pass is in, the batch is compared (and verified if all agree).',
    input: keyingId,
    output: batchSummarySchema,
    access: access.counting,
    errors: [...ownKeyingRefusals],
  }),
  'counting.differences': defineCall({
    summary: 'Every field on which the keyings of a batch differ, for the head to settle against the paper.',
    input: batchId,
    output: z
      .object({
        batchNumber: z.number().int(),
        form: templateContentSchema,
        differences: z.array(differenceViewSchema),
      })
      .strict(),
    access: access.headOnly,
    errors: [...countingRefusals, 'NOT_FOUND'],
  }),
  'counting.resolveDifference': defineCall({
    summary: 'Settle one difference: keep one keying’s value, or the value read again from the paper.',
    input: batchId
      .extend({
        differenceId: idSchema,
        choice: z.enum(['pass1', 'pass2', 'pass3', 'rekey']),
        value: z.union([ballotEntrySchema, answerSchema, z.string().max(4000), z.null()]).optional(),
      })
      .strict(),
    output: batchSummarySchema,
    access: access.headOnly,
    errors: [...countingRefusals, 'BALLOT_INVALID', 'BATCH_VERIFIED', 'NOT_FOUND', 'RESOLVER_IS_KEYER', 'RETURN_OPEN'],
  }),
};

const returnId = z.object({ returnId: idSchema }).strict();

/**
 * Differences sent back to one keyer, who keys those fields again from the paper, blind (Abacus's
 * coordinator sends the differing fields back to the typist); then the keyings are compared again.
 */
export const keyerReturnCalls = {
  'counting.returnToKeyer': defineCall({
    summary:
      'Send unsettled differences of a batch back to the keyer of one pass, to key those fields again from the paper; they cannot be settled otherwise until answered.',
    input: batchId
      .extend({ pass: z.number().int().min(1).max(3), differenceIds: z.array(idSchema).min(1).max(10_000) })
      .strict(),
    output: batchSummarySchema,
    access: access.headOnly,
    errors: [
      ...countingRefusals,
      'BATCH_VERIFIED',
      'DIFFERENCE_SETTLED',
      'KEYER_UNAVAILABLE',
      'NOT_FOUND',
      'RESOLVER_IS_KEYER',
      'RETURN_OPEN',
    ],
  }),
  'counting.returnedFields': defineCall({
    summary:
      'For the keyer a batch’s differences were sent back to: each paper position and field to key again, never a value.',
    input: batchId,
    output: returnedFieldsSchema,
    access: access.counting,
    errors: [...countingRefusals, 'NOT_FOUND', 'NOT_YOUR_KEYING'],
  }),
  'counting.answerReturn': defineCall({
    summary:
      'The keyer’s values read again from the paper, every field sent back, all or nothing; the keyings are then compared again (and the batch verified if they agree).',
    input: returnId
      .extend({
        values: z
          .array(z.object({ differenceId: idSchema, value: returnedValueSchema }).strict())
          .min(1)
          .max(10_000),
      })
      .strict(),
    output: batchSummarySchema,
    access: access.counting,
    errors: [
      ...countingRefusals,
      'BALLOT_INVALID',
      'MACHINE_ONLINE',
      'NOT_FOUND',
      'NOT_YOUR_KEYING',
      'RETURN_CLOSED',
      'RETURN_INCOMPLETE',
    ],
  }),
  'counting.withdrawReturn': defineCall({
    summary:
      'The head takes back the batch’s return its keyer has not answered (the keyer cannot come back): the differences are the head’s to settle again.',
    input: batchId,
    output: batchSummarySchema,
    access: access.headOnly,
    errors: [...countingRefusals, 'NOT_FOUND'],
  }),
};

/** How well and how fast each keyer works: per session (the default), per day or for the whole campaign. */
const statisticsInput = campaignId.extend({ groupBy: z.enum(keyerStatisticsGroupings).default('session') }).strict();

/** How well and how fast each keyer works. */
export const keyingStatisticsCalls = {
  'counting.operatorStats': defineCall({
    summary:
      'Per keyer and session, day or campaign: ballots, keystrokes per hour without pauses, fields compared, errors per 1,000 fields found by the head’s settlements, by fields sent back and by the quality audit.',
    input: statisticsInput,
    output: z.array(keyerStatisticsSchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'counting.exportOperatorStats': defineCall({
    summary: 'The keyer statistics as shown, grouped the same way, as CSV or XLSX with Vietnamese headers.',
    input: statisticsInput.extend({ format: exportFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
};

const auditBatch = batchId;
/** An audit's keying belongs to the third person who started it, in a contest still being counted. */
const auditKeyingRefusals = [
  ...countingRefusals,
  'AUDIT_NOT_DRAWN',
  'KEYING_FINISHED',
  'NOT_FOUND',
  'NOT_YOUR_KEYING',
] as const;

/**
 * The keying-quality audit (issue 21, point 3): a sample of a verified batch keyed again, blind,
 * by a third person; each difference judged by the head against the paper; the residual error
 * rate per 1,000 fields with its exact 95 % interval, per batch, desk, contest and campaign.
 */
export const keyingAuditCalls = {
  'counting.keyingAudit': defineCall({
    summary:
      'Where a batch’s keying-quality audit stands: the sample (seed, paper positions), who keys it, how far, differences judged, the rate — no keyed value.',
    input: auditBatch,
    output: keyingAuditSummarySchema,
    access: access.deskViewers,
    errors: ['NOT_FOUND'],
  }),
  'counting.drawKeyingAudit': defineCall({
    summary:
      'Draw the audit sample of a verified batch: the campaign’s number of ballots, at paper positions computed from a recorded random seed.',
    input: auditBatch,
    output: keyingAuditSummarySchema,
    access: access.headOnly,
    errors: [...countingRefusals, 'AUDIT_ALREADY_DRAWN', 'AUDIT_NOT_AVAILABLE', 'NOT_FOUND'],
  }),
  'counting.startAuditKeying': defineCall({
    summary:
      'Start (or resume) keying a batch’s audit sample, blind: the form and the paper positions only; never a keyer of the batch or the head who settled it.',
    input: auditBatch,
    output: auditKeyingViewSchema,
    access: access.counting,
    errors: [...auditKeyingRefusals, 'AUDIT_NOT_INDEPENDENT', 'MACHINE_ONLINE'],
  }),
  'counting.saveAuditBallot': defineCall({
    summary: 'Save the next sampled ballot of an audit keying, in the sample’s paper order.',
    input: auditBatch.extend(keyedBallotFields).strict(),
    output: savedBallotSchema,
    access: access.counting,
    errors: [...auditKeyingRefusals, 'AUDIT_SAMPLE_KEYED', 'BALLOT_INVALID', 'MACHINE_ONLINE'],
  }),
  'counting.undoAuditBallot': defineCall({
    summary: 'Take back the last sampled ballot saved in an unfinished audit keying (its paper position).',
    input: auditBatch,
    output: z.object({ keyed: z.number().int(), position: z.number().int() }).strict(),
    access: access.counting,
    errors: [...auditKeyingRefusals, 'NOTHING_TO_UNDO'],
  }),
  'counting.finishAuditKeying': defineCall({
    summary:
      'Close an audit keying once every sampled ballot is keyed: it is compared with the verified ballots, field by field.',
    input: auditBatch,
    output: keyingAuditSummarySchema,
    access: access.counting,
    errors: [...auditKeyingRefusals, 'AUDIT_INCOMPLETE'],
  }),
  'counting.auditDifferences': defineCall({
    summary:
      'Every field where the audit keying differs from the verified ballot, with both values and the verdict, for the head to judge against the paper.',
    input: auditBatch,
    output: z
      .object({
        batchNumber: z.number().int(),
        form: templateContentSchema,
        differences: z.array(auditDifferenceViewSchema),
      })
      .strict(),
    access: access.headOnly,
    errors: ['AUDIT_NOT_DRAWN', 'NOT_FOUND'],
  }),
  'counting.judgeAuditDifference': defineCall({
    summary:
      'Judge one audit difference against the paper: the verified value was wrong (a residual error, corrected in the verified ballots) or the audit keying was.',
    input: auditBatch.extend({ differenceId: idSchema, verdict: z.enum(auditVerdicts) }).strict(),
    output: keyingAuditSummarySchema,
    access: access.headOnly,
    errors: [...countingRefusals, 'AUDIT_ALREADY_JUDGED', 'AUDIT_NOT_DRAWN', 'AUDIT_NOT_INDEPENDENT', 'NOT_FOUND'],
  }),
  'counting.keyingQuality': defineCall({
    summary:
      'The residual keying error rate per 1,000 fields with its exact 95 % interval: per batch audited, per desk, per contest and for the campaign.',
    input: campaignId,
    output: keyingQualitySchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
};

export const countingCalls = {
  ...deskCalls,
  ...surveyImportCalls,
  ...keyingCalls,
  ...keyerReturnCalls,
  ...keyingStatisticsCalls,
  ...keyingAuditCalls,
};
