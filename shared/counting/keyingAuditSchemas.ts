import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import { templateContentSchema } from '../templates/templateContent';
import { auditSampleAlgorithm, auditVerdicts } from './keyingAudit';

/** What the keying-quality audit's calls answer (issue 21, point 3). */

export const residualErrorRateSchema = z
  .object({
    errors: z.number().int(),
    fields: z.number().int(),
    /** Errors per 1,000 fields and the exact 95 % interval; null when no field was compared. */
    perThousand: z.number().nullable(),
    lowerPerThousand: z.number().nullable(),
    upperPerThousand: z.number().nullable(),
  })
  .strict();

/**
 * Where a batch's audit stands: no sample yet; drawn, waiting for a third person; being keyed;
 * keyed, with differences for the head to judge; done (every difference judged).
 */
export const auditStates = ['notDrawn', 'drawn', 'keying', 'judging', 'done'] as const;
export type AuditState = (typeof auditStates)[number];

/** The sample as drawn: enough to recompute it (the seed, the batch's id and size), and who drew it when. */
export const auditSampleSchema = z
  .object({
    algorithm: z.literal(auditSampleAlgorithm),
    seed: z.string(),
    ballotCount: z.number().int(),
    positions: z.array(z.number().int()),
    drawnBy: z.string(),
    drawnAt: z.string(),
  })
  .strict();

/** The batch audited: its number, its contest, the unit and the person assessed. */
const auditedBatch = {
  batchId: idSchema,
  batchNumber: z.number().int(),
  contestId: idSchema,
  unitName: z.string(),
  subjectName: z.string(),
};

/** One batch's audit as the desk shows it: the positions to pull, who keys, how far — never a keyed value. */
export const keyingAuditSummarySchema = z
  .object({
    ...auditedBatch,
    state: z.enum(auditStates),
    /** Ballots per batch the campaign audits (0: none), and the ballots this batch holds. */
    sampleSize: z.number().int(),
    ballotCount: z.number().int(),
    sample: auditSampleSchema.nullable(),
    auditorLogin: z.string().nullable(),
    keyed: z.number().int(),
    differences: z.number().int(),
    judged: z.number().int(),
    /** Once keyed: the fields compared and the residual errors found (differences judged "verified wrong"). */
    rate: residualErrorRateSchema.nullable(),
    /** Sealed, closed or no longer counting: the audit is evidence only. */
    readOnly: z.boolean(),
  })
  .strict();
export type KeyingAuditSummary = z.infer<typeof keyingAuditSummarySchema>;

/** The third person's keying: the form and the paper positions to pull, nothing of the verified ballots. */
export const auditKeyingViewSchema = z
  .object({
    ...auditedBatch,
    form: templateContentSchema,
    positions: z.array(z.number().int()),
    keyed: z.number().int(),
    finished: z.boolean(),
  })
  .strict();
export type AuditKeyingView = z.infer<typeof auditKeyingViewSchema>;

export const auditDifferenceViewSchema = z
  .object({
    id: idSchema,
    position: z.number().int(),
    field: z.string(),
    /** The row's words when the field is a row (mark or note). */
    rowText: z.string().nullable(),
    verifiedValue: z.unknown(),
    auditValue: z.unknown(),
    verdict: z.enum(auditVerdicts).nullable(),
    judgedBy: z.string().nullable(),
  })
  .strict();

const rateRow = { rate: residualErrorRateSchema, aboveBound: z.boolean() };

/** The campaign's keying quality: the rate per batch audited, per desk, per contest and overall. */
export const keyingQualitySchema = z
  .object({
    sampleSize: z.number().int(),
    boundPerThousand: z.number(),
    campaign: residualErrorRateSchema,
    desks: z.array(z.object({ desk: z.string().nullable(), batches: z.number().int(), ...rateRow }).strict()),
    contests: z.array(
      z
        .object({
          contestId: idSchema,
          unitId: idSchema,
          unitName: z.string(),
          subjectName: z.string(),
          batches: z.number().int(),
          ...rateRow,
        })
        .strict(),
    ),
    batches: z.array(
      z
        .object({
          batchId: idSchema,
          contestId: idSchema,
          unitId: idSchema,
          unitName: z.string(),
          subjectName: z.string(),
          batchNumber: z.number().int(),
          desk: z.string().nullable(),
          state: z.enum(auditStates),
          sampled: z.number().int(),
          ...rateRow,
        })
        .strict(),
    ),
  })
  .strict();
export type KeyingQuality = z.infer<typeof keyingQualitySchema>;
