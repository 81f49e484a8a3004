import { bilingualSchema, idSchema } from '../schema/common';
import { drawMeetingSchema, drawRecordSchema } from './drawRecord';
import { z } from '../schema/z';
export const drawCandidatesSchema = z.array(
  z
    .object({
      unitType: z.string(),
      label: z.string(),
      /** Eligible units in the order the minutes print them (Vietnamese alphabetical order). */
      candidates: z.array(z.object({ unitId: idSchema, name: z.string() }).strict()),
      excluded: z.array(z.object({ unitId: idSchema, name: z.string(), reason: bilingualSchema }).strict()),
    })
    .strict(),
);

export const heldDrawSchema = z
  .object({ id: idSchema, heldAt: z.string(), record: drawRecordSchema, meeting: drawMeetingSchema })
  .strict();
