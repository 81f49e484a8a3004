import { z } from '../schema/z';
import { idSchema } from '../schema/common';
import { contestCountsSchema } from '../counting/countingSchemas';

/**
 * A correction after sealing (biên bản điều chỉnh): opened with its reason, investigated, and
 * concluded with new results (a new, signed amendment) or with the sealed result kept.
 */
export const correctionKinds = ['recount', 'misSorted', 'mistyped', 'other'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

export const correctionKindLabels = {
  recount: { vi: 'Yêu cầu kiểm lại phiếu', en: 'A recount was requested' },
  misSorted: { vi: 'Phát hiện lô phiếu xếp nhầm', en: 'A batch was found mis-sorted' },
  mistyped: { vi: 'Phát hiện nhập sai số liệu', en: 'A count was found mistyped' },
  other: { vi: 'Lý do khác', en: 'Another reason' },
} as const;

export const correctionOutcomes = ['newResults', 'noChange'] as const;
export type CorrectionOutcome = (typeof correctionOutcomes)[number];

export const correctionOutcomeLabels = {
  newResults: { vi: 'Điều chỉnh kết quả', en: 'New results' },
  noChange: { vi: 'Giữ nguyên kết quả đã niêm phong', en: 'The sealed result stands' },
} as const;

const reasonSchema = z.string().trim().min(10).max(2000);
export const findingsSchema = z.string().trim().min(10).max(4000);

export const openCorrectionSchema = z
  .object({ contestId: idSchema, kind: z.enum(correctionKinds), reason: reasonSchema })
  .strict();

export const concludeCorrectionSchema = z
  .object({
    correctionId: idSchema,
    outcome: z.enum(correctionOutcomes),
    findings: findingsSchema,
    /** The counting record as corrected (new results only); the frozen ballots must agree with it. */
    counts: contestCountsSchema.optional(),
    envelopeSeal: z.string().trim().min(1).max(50).optional(),
  })
  .strict();

/** How a batch keyed for a correction stands. */
export const correctionBatchStates = ['keying', 'verified', 'counted', 'setAside'] as const;

export const correctionBatchSchema = z
  .object({
    batchId: idSchema,
    number: z.number().int(),
    label: z.string(),
    /** The batch it replaces (null: a stack that was missing from the count). */
    replaces: z.object({ batchId: idSchema, number: z.number().int(), ballots: z.number().int() }).strict().nullable(),
    state: z.enum(correctionBatchStates),
    /** Ballots of its verified keying (0 until it is verified). */
    ballots: z.number().int(),
  })
  .strict();
export type CorrectionBatch = z.infer<typeof correctionBatchSchema>;

const recordRef = z
  .object({ id: idSchema, sequence: z.number().int(), digest: z.string(), signed: z.boolean() })
  .strict();

export const correctionSchema = z
  .object({
    id: idSchema,
    contestId: idSchema,
    number: z.number().int(),
    kind: z.enum(correctionKinds),
    reason: z.string(),
    openedBy: z.string(),
    openedAt: z.string(),
    findings: z.string().nullable(),
    findingsAt: z.string().nullable(),
    outcome: z.enum(correctionOutcomes).nullable(),
    concludedBy: z.string().nullable(),
    concludedAt: z.string().nullable(),
    /** The record in force when it was opened, and the amendment it sealed (new results only). */
    sealed: recordRef,
    amendment: recordRef.nullable(),
    batches: z.array(correctionBatchSchema),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;
