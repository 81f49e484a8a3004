import { bilingualSchema, idSchema } from '../schema/common';
import { drawMeetingSchema, drawRecordSchema } from './drawRecord';
import { z } from '../schema/z';
export const drawCandidatesSchema = z.array(
  z
    .object({
      unitType: z.string(),
      label: z.string(),
      /** Eligible units in the order the minutes print them (shared/draws/candidateOrder.ts). */
      candidates: z.array(z.object({ unitId: idSchema, name: z.string() }).strict()),
      excluded: z.array(z.object({ unitId: idSchema, name: z.string(), reason: bilingualSchema }).strict()),
    })
    .strict(),
);

/** A unit left out of the draw, and why, as it stood when the draw was held. */
export const drawExclusionSchema = z
  .object({ unitType: z.string(), name: z.string().min(1).max(300), reason: bilingualSchema })
  .strict();
export type DrawExclusion = z.infer<typeof drawExclusionSchema>;

export const heldDrawSchema = z
  .object({
    id: idSchema,
    heldAt: z.string(),
    record: drawRecordSchema,
    meeting: drawMeetingSchema,
    /** The units left out, for the minutes; null for a draw held before the app kept them. */
    excluded: z.array(drawExclusionSchema).nullable(),
  })
  .strict();
