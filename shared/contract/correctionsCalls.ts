import {
  concludeCorrectionSchema,
  correctionSchema,
  findingsSchema,
  openCorrectionSchema,
} from '../corrections/correctionSchemas';
import { batchSummarySchema } from '../counting/countingSchemas';
import { idSchema } from '../schema/common';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

const correctionId = z.object({ correctionId: idSchema }).strict();
/** Every step after the opening is refused once the correction has concluded. */
const openCorrectionRefusals = ['CORRECTION_CONCLUDED', 'NOT_FOUND'] as const;

/**
 * Corrections after sealing, as an investigation (Abacus): opened with a reason, findings
 * written, concluded with new results — keyed twice like any batch, sealed as an amendment the
 * head signs — or with the sealed result kept. The correction minutes print both digests.
 */
export const correctionsCalls = {
  'corrections.list': defineCall({
    summary: 'The corrections of a contest, oldest first, each with its batches and the records it links.',
    input: z.object({ contestId: idSchema }).strict(),
    output: z.array(correctionSchema),
    access: access.recordReaders,
    errors: ['NOT_FOUND'],
  }),
  'corrections.open': defineCall({
    summary: 'The head opens a correction on a sealed contest with its reason; one at a time per contest.',
    input: openCorrectionSchema,
    output: correctionSchema,
    access: access.headOnly,
    errors: ['CORRECTION_ALREADY_OPEN', 'NOT_FOUND', 'NOT_SEALED'],
  }),
  'corrections.recordFindings': defineCall({
    summary: 'What the investigation found so far (it may be rewritten until the correction concludes).',
    input: correctionId.extend({ findings: findingsSchema }).strict(),
    output: correctionSchema,
    access: access.headOnly,
    errors: [...openCorrectionRefusals],
  }),
  'corrections.createBatch': defineCall({
    summary:
      'A batch keyed again for the correction, by blind double entry like any batch: it replaces a batch of the ' +
      'contest (or adds a stack that was missing); its ballots count only if the correction concludes with new results.',
    input: correctionId.extend({ replacesBatchId: idSchema.nullable(), label: z.string().trim().max(100) }).strict(),
    output: batchSummarySchema,
    access: access.headOnly,
    errors: [...openCorrectionRefusals, 'BATCH_ALREADY_REPLACED', 'BATCH_NOT_REKEYABLE'],
  }),
  'corrections.conclude': defineCall({
    summary:
      'Concludes a correction with its findings: with new results, the re-keyed batches replace theirs, the ' +
      'counting record may be corrected, reconciliation runs again and an amendment is sealed for the head to ' +
      'sign; or the sealed result is kept.',
    input: concludeCorrectionSchema,
    output: correctionSchema,
    access: access.headOnly,
    errors: [
      ...openCorrectionRefusals,
      'CORRECTION_BATCHES_PENDING',
      'MACHINE_ONLINE',
      'NOT_SEALED',
      'SEAL_RECONCILIATION_FAILS',
    ],
  }),
};
