import { idSchema } from '../campaigns/campaignSchemas';
import { contestCountsSchema } from '../counting/countingSchemas';
import { contestTallySchema, privacySchema, sealRecordSchema } from '../results/resultSchemas';
import { defineCall } from './define';
import { z } from './zodSetup';

const contestId = z.object({ contestId: idSchema }).strict();
const campaignId = z.object({ campaignId: idSchema }).strict();
const readers = ['head', 'admin', 'archivist'] as const;
const headOnly = ['head'] as const;

/** One line of an aggregate table: a contest, or a group of contests (unit, unit type, district). */
export const summaryRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    contests: z.number().int(),
    validBallots: z.number().int(),
    /** Average over the group's criteria of the "good or better" share, hundredths. */
    goodOrBetter: z.number().int(),
    lowShare: z.number().int(),
    flaggedCriteria: z.number().int(),
    prestigeLowShare: z.number().int().nullable(),
  })
  .strict();

export const campaignResultsSchema = z
  .object({
    campaignId: idSchema,
    campaignName: z.string(),
    /** Contests whose counting is closed (only these are tallied into aggregates). */
    contests: z.array(
      summaryRowSchema.extend({
        contestId: idSchema,
        unitName: z.string(),
        unitType: z.string(),
        subjectName: z.string(),
        sealed: z.boolean(),
        digest: z.string().nullable(),
        fewBallots: z.boolean(),
      }),
    ),
    byUnit: z.array(summaryRowSchema),
    byUnitType: z.array(summaryRowSchema),
    district: summaryRowSchema,
    /** Criteria across the district by "good or better" share: best first, and worst first. */
    topCriteria: z.array(z.object({ text: z.string(), goodOrBetter: z.number().int() }).strict()),
    bottomCriteria: z.array(z.object({ text: z.string(), lowShare: z.number().int() }).strict()),
    /** Contests ranked by "good or better" share, best first (ties keep Vietnamese name order). */
    ranking: z.array(
      z
        .object({ rank: z.number().int(), contestId: idSchema, label: z.string(), goodOrBetter: z.number().int() })
        .strict(),
    ),
  })
  .strict();
export type CampaignResults = z.infer<typeof campaignResultsSchema>;

export const exportFormatSchema = z.enum(['csv', 'xlsx']);

export const resultCalls = {
  'results.tally': defineCall({
    summary: 'The tally of one contest, recomputed from its verified ballots, with what privacy asks.',
    input: contestId,
    output: z.object({ tally: contestTallySchema, privacy: privacySchema, seal: sealRecordSchema.nullable() }).strict(),
    access: readers,
  }),
  'results.campaign': defineCall({
    summary: 'Aggregates of a campaign: by contest, unit, unit type and district; top and bottom criteria; ranking.',
    input: campaignId,
    output: campaignResultsSchema,
    access: readers,
  }),
  'results.history': defineCall({
    summary: 'The same person in the same unit across campaigns (year over year).',
    input: contestId,
    output: z
      .object({
        rows: z.array(
          z
            .object({
              campaignName: z.string(),
              year: z.number().int(),
              contestId: idSchema,
              goodOrBetter: z.number().int(),
              lowShare: z.number().int(),
              prestigeLowShare: z.number().int().nullable(),
              validBallots: z.number().int(),
            })
            .strict(),
        ),
      })
      .strict(),
    access: readers,
  }),
  'results.comments': defineCall({
    summary: 'Notes and other comments verbatim, in a shuffled order; withheld below the free-text floor.',
    input: contestId,
    output: z
      .object({
        withheld: z.boolean(),
        textFloor: z.number().int(),
        notes: z.array(z.object({ criterion: z.number().int(), text: z.string() }).strict()),
        other: z.array(z.string()),
      })
      .strict(),
    access: readers,
  }),
  'results.export': defineCall({
    summary: 'Every table shown for a campaign, as CSV (one table) or XLSX (one sheet per view).',
    input: z
      .object({
        campaignId: idSchema,
        view: z.enum(['contests', 'criteria', 'byUnit', 'byUnitType', 'ranking', 'all']),
        format: exportFormatSchema,
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: readers,
  }),
  'results.seal': defineCall({
    summary: 'Seals a contest whose counting is closed: freezes it and records the canonical result and its digest.',
    input: z.object({ contestId: idSchema, envelopeSeal: z.string().trim().min(1).max(50) }).strict(),
    output: sealRecordSchema,
    access: headOnly,
  }),
  'results.amend': defineCall({
    summary:
      'An amendment after sealing: a new record with a reason that references the previous digest. It may correct ' +
      'the counting record (slips issued, returned …) against the frozen ballots, re-checked by reconciliation, or ' +
      'the envelope seal number; it is unsigned until the head signs it.',
    input: z
      .object({
        contestId: idSchema,
        reason: z.string().trim().min(10).max(2000),
        counts: contestCountsSchema.optional(),
        envelopeSeal: z.string().trim().min(1).max(50).optional(),
      })
      .strict(),
    output: sealRecordSchema,
    access: headOnly,
  }),
  'results.seals': defineCall({
    summary: 'The seal and amendments of a contest, oldest first.',
    input: contestId,
    output: z.object({ records: z.array(sealRecordSchema) }).strict(),
    access: readers,
  }),
  'results.canonical': defineCall({
    summary: 'The canonical result of a seal record (the exact bytes that were digested and signed).',
    input: z.object({ sealId: idSchema }).strict(),
    output: z.object({ json: z.string(), digest: z.string() }).strict(),
    access: readers,
  }),
};
