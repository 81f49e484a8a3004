import { idSchema } from '../campaigns/campaignSchemas';
import { drawMeetingSchema, drawRecordSchema } from '../draw/drawRecord';
import { anySignedIn, defineCall } from './define';
import { z } from './zodSetup';

const campaignId = z.object({ campaignId: idSchema }).strict();

export const drawCandidatesSchema = z.array(
  z
    .object({
      unitType: z.string(),
      label: z.string(),
      /** Eligible units in the order the minutes print them (Vietnamese alphabetical order). */
      candidates: z.array(z.object({ unitId: idSchema, name: z.string() }).strict()),
      excluded: z.array(
        z
          .object({ unitId: idSchema, name: z.string(), reason: z.object({ vi: z.string(), en: z.string() }).strict() })
          .strict(),
      ),
    })
    .strict(),
);

export const heldDrawSchema = z
  .object({ id: idSchema, heldAt: z.string(), record: drawRecordSchema, meeting: drawMeetingSchema })
  .strict();

export const drawCalls = {
  'draws.candidates': defineCall({
    summary: 'Per unit type, the units that may be drawn and those excluded with the reason.',
    input: campaignId,
    output: drawCandidatesSchema,
    access: anySignedIn,
  }),
  'draws.hold': defineCall({
    summary: 'Hold the public draw: the seed typed in at the meeting and how many units of each type.',
    input: campaignId
      .extend({
        seed: z.string().trim().min(1).max(500),
        counts: z
          .array(z.object({ unitType: z.string(), count: z.number().int().min(0) }).strict())
          .min(1)
          .max(20),
        meeting: drawMeetingSchema,
      })
      .strict(),
    output: heldDrawSchema,
    access: ['admin'],
  }),
  'draws.get': defineCall({
    summary: 'The draw held for a campaign, or null.',
    input: campaignId,
    output: heldDrawSchema.nullable(),
    access: anySignedIn,
  }),
};
