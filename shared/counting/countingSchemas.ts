import { idSchema, isoDateSchema } from '../campaigns/campaignSchemas';
import { z } from '../contract/zodSetup';
import { invalidReasons } from './ballot';

const count = z.number().int().min(0).max(1_000_000);

export const committeeMemberSchema = z
  .object({ name: z.string().trim().min(1).max(200), role: z.enum(['head', 'member']) })
  .strict();

export const conferenceSchema = z
  .object({
    heldOn: isoDateSchema,
    place: z.string().trim().max(300),
    chair: z.string().trim().max(200),
    committee: z.array(committeeMemberSchema).max(30),
    convened: count,
    present: count,
  })
  .strict();
export type Conference = z.infer<typeof conferenceSchema>;

export const invalidCountsSchema = z
  .object(
    Object.fromEntries(invalidReasons.map((reason) => [reason, count])) as Record<
      (typeof invalidReasons)[number],
      typeof count
    >,
  )
  .strict();

/** The counting record of one contest (biên bản kiểm phiếu): slips issued and returned. */
export const contestCountsSchema = z
  .object({
    issued: count,
    returned: count,
    notReturned: count,
    valid: count,
    invalid: invalidCountsSchema,
  })
  .strict();
export type ContestCountsInput = z.infer<typeof contestCountsSchema>;

export const batchSummarySchema = z
  .object({
    id: idSchema,
    number: z.number().int(),
    label: z.string(),
    source: z.enum(['keyed', 'imported']),
    /** Per pass: who keyed it (login), how many ballots, finished or not. */
    keyings: z.array(
      z
        .object({
          pass: z.number().int(),
          userLogin: z.string(),
          ballots: z.number().int(),
          finished: z.boolean(),
          mine: z.boolean(),
        })
        .strict(),
    ),
    passesRequired: z.number().int(),
    unresolvedMismatches: z.number().int(),
    verified: z.boolean(),
    verifiedBallots: z.number().int(),
  })
  .strict();
export type BatchSummary = z.infer<typeof batchSummarySchema>;
