import { z } from '../schema/z';

/** Name of the algorithm in a draw record; specified in FORMATS.md §6. */
export const drawAlgorithm = 'sha256-ctr-fisher-yates-v1';

export const drawGroupSchema = z
  .object({
    /** Unit type code, e.g. "mam_non"; part of the random stream so each type draws independently. */
    unitType: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** How it reads in the minutes, e.g. "Trường mầm non". */
    label: z.string().min(1).max(200),
    /** How many units of this type to draw. */
    count: z.number().int().min(0),
    /** The eligible units, in the order printed in the minutes (numbered from 1). */
    candidates: z.array(z.string().min(1).max(300)).min(1).max(10_000),
    /** Positions (1-based) in `candidates`, in the order they were drawn. */
    drawn: z.array(z.number().int().min(1)),
  })
  .strict();

/**
 * Everything needed to recompute a draw without the app: the public seed typed in at the
 * meeting, and per unit type the candidate list in order, the count and the result.
 */
export const drawRecordSchema = z
  .object({
    format: z.literal('kiem-phieu-draw'),
    version: z.literal(1),
    algorithm: z.literal(drawAlgorithm),
    /** As typed at the meeting, normalised by `checkSeed` when the draw was held; used exactly as recorded, hashed as UTF-8. */
    seed: z.string().min(1).max(500),
    groups: z.array(drawGroupSchema).min(1).max(50),
  })
  .strict();

export type DrawGroup = z.infer<typeof drawGroupSchema>;
export type DrawRecord = z.infer<typeof drawRecordSchema>;

/** The meeting at which the draw was held, for its minutes (biên bản bốc thăm). */
export const drawMeetingSchema = z
  .object({
    heldOn: z.iso.date(),
    place: z.string().max(300),
    chair: z.string().max(200),
    /** Names and posts of those who witnessed and sign the minutes. */
    witnesses: z.array(z.string().min(1).max(200)).max(20),
  })
  .strict();

export type DrawMeeting = z.infer<typeof drawMeetingSchema>;
