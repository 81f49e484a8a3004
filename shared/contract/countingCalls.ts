import { idSchema } from '../campaigns/campaignSchemas';
import { answerSchema, ballotEntrySchema } from '../counting/ballot';
import { batchSummarySchema, conferenceSchema, contestCountsSchema } from '../counting/countingSchemas';
import { templateContentSchema } from '../templates/templateContent';
import { defineCall } from './define';
import { z } from './zodSetup';

const bilingual = z.object({ vi: z.string(), en: z.string() }).strict();
const done = z.object({ done: z.literal(true) }).strict();
const contestId = z.object({ contestId: idSchema }).strict();
const batchId = z.object({ batchId: idSchema }).strict();
const keyingId = z.object({ keyingId: idSchema }).strict();

const counting = ['head', 'counter'] as const;
const headOnly = ['head'] as const;

export const reconciliationLineSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning']),
    ok: z.boolean(),
    acknowledged: z.boolean(),
    title: bilingual,
    explanation: bilingual,
  })
  .strict();

export const contestDeskSchema = z
  .object({
    contestId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    subjectName: z.string(),
    positions: z.array(z.string()),
    counts: contestCountsSchema.nullable(),
    batches: z.array(batchSummarySchema),
    /** No error line fails and every failing warning is acknowledged. */
    reconciled: z.boolean(),
    closed: z.boolean(),
  })
  .strict();

export const keyingViewSchema = z
  .object({
    keyingId: idSchema,
    batchId: idSchema,
    batchNumber: z.number().int(),
    pass: z.number().int(),
    contestId: idSchema,
    unitName: z.string(),
    subjectName: z.string(),
    form: templateContentSchema,
    /** How many ballots this keyer has saved in this batch, and how many the contest returned. */
    keyed: z.number().int(),
    returned: z.number().int().nullable(),
    finished: z.boolean(),
  })
  .strict();

export const differenceViewSchema = z
  .object({
    id: idSchema,
    position: z.number().int(),
    field: z.string(),
    /** The row's words when the field is a row (mark or note). */
    rowText: z.string().nullable(),
    keyed: z.array(z.unknown()),
    resolved: z.boolean(),
    resolution: z.string().nullable(),
    value: z.unknown(),
  })
  .strict();

export const countingCalls = {
  'counting.desk': defineCall({
    summary: 'Per unit of a campaign: conference, contests with counts, batches and reconciliation state.',
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.array(
      z
        .object({
          unitId: idSchema,
          unitName: z.string(),
          conference: conferenceSchema.nullable(),
          contests: z.array(contestDeskSchema),
        })
        .strict(),
    ),
    access: ['admin', 'head', 'counter'],
  }),
  'conferences.save': defineCall({
    summary: 'Record the conference at a unit: date, place, chair, counting committee, convened and present.',
    input: z.object({ unitId: idSchema, conference: conferenceSchema }).strict(),
    output: done,
    access: headOnly,
  }),
  'counts.save': defineCall({
    summary: 'Ballots issued, returned, not returned, valid and invalid by reason, for one contest.',
    input: contestId.extend({ counts: contestCountsSchema }).strict(),
    output: done,
    access: headOnly,
  }),
  'batches.create': defineCall({
    summary: 'Open a batch (a stack or envelope of a contest’s returned ballots) to key in paper order.',
    input: contestId.extend({ label: z.string().trim().max(100) }).strict(),
    output: batchSummarySchema,
    access: counting,
  }),
  'keying.start': defineCall({
    summary: 'Start (or resume) keying a batch; the next free pass, never one this user already keyed.',
    input: batchId,
    output: keyingViewSchema,
    access: counting,
  }),
  'keying.save': defineCall({
    summary: 'Save the next ballot of a keying, in paper order.',
    input: keyingId
      .extend({
        ballot: ballotEntrySchema,
        keystrokes: z.number().int().min(0).max(100_000),
        activeMs: z.number().int().min(0).max(86_400_000),
      })
      .strict(),
    output: z.object({ position: z.number().int(), keyed: z.number().int() }).strict(),
    access: counting,
  }),
  'keying.undoLast': defineCall({
    summary: 'Take back the last ballot saved in an unfinished keying.',
    input: keyingId,
    output: z.object({ keyed: z.number().int() }).strict(),
    access: counting,
  }),
  'keying.finish': defineCall({
    summary: 'Close a keying; when every pass is in, the batch is compared (and verified if all agree).',
    input: keyingId,
    output: batchSummarySchema,
    access: counting,
  }),
  'batches.differences': defineCall({
    summary: 'Every field on which the keyings of a batch differ, for the head to settle against the paper.',
    input: batchId,
    output: z
      .object({
        batchNumber: z.number().int(),
        form: templateContentSchema,
        differences: z.array(differenceViewSchema),
      })
      .strict(),
    access: headOnly,
  }),
  'batches.resolve': defineCall({
    summary: 'Settle one difference: keep one keying’s value, or the value read again from the paper.',
    input: batchId
      .extend({
        differenceId: idSchema,
        choice: z.enum(['pass1', 'pass2', 'pass3', 'rekey']),
        value: z.union([ballotEntrySchema, answerSchema, z.string().max(4000), z.null()]).optional(),
      })
      .strict(),
    output: batchSummarySchema,
    access: headOnly,
  }),
  'ballots.importLines': defineCall({
    summary: 'Import ballots as JSON lines (SPEC §5) into a new batch of a contest, all or nothing.',
    input: contestId.extend({ fileName: z.string().min(1).max(260), text: z.string().max(50_000_000) }).strict(),
    output: z.object({ batch: batchSummarySchema, imported: z.number().int() }).strict(),
    access: headOnly,
  }),
  'reconciliation.get': defineCall({
    summary: 'The reconciliation lines of a contest: errors that block, warnings to acknowledge.',
    input: contestId,
    output: z.array(reconciliationLineSchema),
    access: ['admin', 'head', 'counter'],
  }),
  'reconciliation.acknowledge': defineCall({
    summary: 'The head acknowledges a warning with a written reason.',
    input: contestId.extend({ rule: z.string().regex(/^W\d\d$/), reason: z.string().trim().min(5).max(1000) }).strict(),
    output: z.array(reconciliationLineSchema),
    access: headOnly,
  }),
  'counting.close': defineCall({
    summary: 'Close the counting of a contest — refused while an error or an unacknowledged warning stands.',
    input: contestId,
    output: done,
    access: headOnly,
  }),
  'counting.operatorStats': defineCall({
    summary: 'Per keyer and session: ballots, keystrokes per hour without pauses, mismatches per 1,000 fields.',
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.array(
      z
        .object({
          userLogin: z.string(),
          sessionId: z.string(),
          ballots: z.number().int(),
          keystrokes: z.number().int(),
          activeHours: z.number(),
          keystrokesPerHour: z.number().nullable(),
          fieldsCompared: z.number().int(),
          mismatchesAttributed: z.number().int(),
          mismatchesPerThousandFields: z.number().nullable(),
        })
        .strict(),
    ),
    access: ['admin', 'head'],
  }),
};
