import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import { campaignResultsSchema } from './resultSchemas';

/** A campaign the district knows from the sealed result packages it accepted. */
export const receivedCampaignSummarySchema = z
  .object({
    campaignId: idSchema,
    campaignName: z.string(),
    year: z.number().int(),
    contests: z.number().int(),
    units: z.number().int(),
  })
  .strict();

/** Where one received result came from, and the versions it replaced. */
export const receivedSourceSchema = z
  .object({
    contestId: idSchema,
    unitName: z.string(),
    subjectName: z.string(),
    /** 1 for the seal, 2… for amendments: the newest accepted version is the one counted. */
    sequence: z.number().int(),
    digest: z.string(),
    signer: z.string(),
    fingerprint: z.string(),
    acceptedAt: z.string(),
    /** Earlier versions of the same result still kept, which this one replaces. */
    replaced: z.array(z.object({ sequence: z.number().int(), digest: z.string() }).strict()),
    /** The same person in the same unit in the other campaigns received (year over year); null figures below the floor. */
    otherYears: z.array(
      z
        .object({
          year: z.number().int(),
          campaignName: z.string(),
          goodOrBetter: z.number().int().nullable(),
          prestigeLowShare: z.number().int().nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type ReceivedSource = z.infer<typeof receivedSourceSchema>;

export const receivedCampaignSchema = z
  .object({ results: campaignResultsSchema, sources: z.array(receivedSourceSchema) })
  .strict();
export type ReceivedCampaign = z.infer<typeof receivedCampaignSchema>;
