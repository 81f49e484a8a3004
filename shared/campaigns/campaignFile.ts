import { drawMeetingSchema, drawRecordSchema } from '../draws/drawRecord';
import { drawExclusionSchema } from '../draws/drawSchemas';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';
import { templateContentSchema } from '../templates/templateContent';
import { campaignFieldsSchema, scheduleEntrySchema } from './campaignSchemas';

export const campaignFileFormat = 'kiem-phieu-campaign';

/**
 * A campaign's whole setup as one file (`campaign export`, `campaign import`): the plan and its
 * settings, the schedule, the templates it uses (their exact versions), the units and the people
 * assessed with any eligibility override and its reason, the draw if held, and the contests. Ids
 * are kept, so a setup moved to another vault — a desk, the district — names the same contests.
 * Its JSON Schema is shared/formats/campaign.schema.json.
 */
export const campaignFileSchema = z
  .object({
    format: z.literal(campaignFileFormat),
    version: z.literal(1),
    campaign: campaignFieldsSchema.omit({ schedule: true }).extend({ id: idSchema }).strict(),
    schedule: z.array(scheduleEntrySchema).max(20),
    templates: z
      .array(
        z
          .object({
            templateId: idSchema,
            name: z.string().trim().min(1).max(200),
            versionId: idSchema,
            version: z.number().int().min(1),
            content: templateContentSchema,
          })
          .strict(),
      )
      .max(50),
    units: z
      .array(
        z
          .object({
            id: idSchema,
            unitType: z.string().min(1).max(40),
            name: z.string().trim().min(1).max(300),
            parentBody: z.string().max(300),
            convened: z.number().int().min(0).nullable(),
            subjects: z
              .array(
                z
                  .object({
                    id: idSchema,
                    fullName: z.string().trim().min(1).max(200),
                    positions: z.array(z.string().trim().min(1).max(200)).min(1).max(10),
                    startedAt: isoDateSchema.nullable(),
                    /** The written reason for polling someone the six-month rule would exclude. */
                    eligibilityOverride: z.string().trim().min(5).max(1000).nullable(),
                  })
                  .strict(),
              )
              .max(20),
          })
          .strict(),
      )
      .max(2000),
    draw: z
      .object({
        record: drawRecordSchema,
        meeting: drawMeetingSchema,
        heldAt: z.string(),
        /** Units left out of the draw and why; absent in files from before they were kept. */
        excluded: z.array(drawExclusionSchema).nullable().optional(),
      })
      .strict()
      .nullable(),
    contests: z
      .array(z.object({ id: idSchema, subjectId: idSchema, templateVersionId: idSchema }).strict())
      .max(20_000),
  })
  .strict();
export type CampaignFile = z.infer<typeof campaignFileSchema>;
export type CampaignFileInput = z.input<typeof campaignFileSchema>;
