import { drawRecordSchema, drawMeetingSchema } from '../draws/drawRecord';
import { drawCandidatesSchema, heldDrawSchema } from '../draws/drawSchemas';
import { idSchema } from '../schema/common';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

const campaignId = z.object({ campaignId: idSchema }).strict();

export const drawsCalls = {
  'draws.candidates': defineCall({
    summary: 'Per unit type, the units that may be drawn and those excluded with the reason.',
    input: campaignId,
    output: drawCandidatesSchema,
    access: access.signedIn,
    errors: ['NOT_FOUND'],
  }),
  'draws.hold': defineCall({
    summary: 'Hold the public draw: the seed typed in at the meeting and how many units of each type.',
    input: campaignId
      .extend({
        // Not `.trim()`: the draw normalises and checks the seed itself (shared/draws/drawSeed.ts).
        seed: z.string().min(1).max(1000),
        counts: z
          .array(z.object({ unitType: z.string(), count: z.number().int().min(0) }).strict())
          .min(1)
          .max(20),
        meeting: drawMeetingSchema,
      })
      .strict(),
    output: heldDrawSchema,
    access: access.adminOnly,
    errors: ['CAMPAIGN_LOCKED', 'DRAW_ALREADY_HELD', 'DRAW_RECORD_INVALID', 'NOT_FOUND'],
  }),
  'draws.get': defineCall({
    summary: 'The draw held for a campaign, or null.',
    input: campaignId,
    output: heldDrawSchema.nullable(),
    access: access.signedIn,
    errors: [],
  }),
  'draws.verifyRecord': defineCall({
    summary:
      'Recomputes a draw from its record (as the minutes give it) and says whether every group agrees; no vault needed.',
    input: z.object({ record: z.unknown() }).strict(),
    output: drawRecordSchema,
    access: access.everyone,
    errors: ['DRAW_MISMATCH', 'DRAW_RECORD_INVALID'],
  }),
};
