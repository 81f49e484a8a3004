import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import { registeredDeskSchema } from './deskKit';

/** A registered desk as the main desk lists it: what it was given, and what has come back from it. */
export const deskListEntrySchema = registeredDeskSchema.extend({
  mergedBatches: z.number().int().min(0),
  mergedBallots: z.number().int().min(0),
  lastMergedAt: z.string().nullable(),
});
export type DeskListEntry = z.infer<typeof deskListEntrySchema>;

/**
 * At a desk (bàn phụ), the kit its campaign was opened from: whose desk it is, whose signature
 * opened it, and the desk's last package — so its head knows what the main desk has been sent.
 */
export const openedKitSchema = z
  .object({
    kitId: idSchema,
    deskName: z.string(),
    /** SHA-256 of the main desk head's certificate, lower-case hex. */
    mainFingerprint: z.string(),
    openedAt: z.string(),
    /** The main desk keys the paper again: the package holds each batch in the order it was keyed. */
    secondEntryAtMain: z.boolean(),
    lastExport: z
      .object({ at: z.string(), batches: z.number().int().min(0), ballots: z.number().int().min(0) })
      .strict()
      .nullable(),
  })
  .strict();
export type OpenedKit = z.infer<typeof openedKitSchema>;
