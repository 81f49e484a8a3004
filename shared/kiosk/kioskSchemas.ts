import { ballotEntrySchema } from '../counting/ballot';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import { templateContentSchema } from '../templates/templateContent';

/** What the kiosk calls carry (issue 19, point 1). */

/** As typed from a slip; checked by normaliseCode, refused like a wrong code when it cannot be one. */
export const typedCodeSchema = z.string().max(40);

/** The most codes one issue prints: a hall's conference, with room to spare. */
export const maxCodesPerIssue = 2000;

export const issuedCodesSchema = z
  .object({
    sheet: z.number().int().min(1),
    /** Formatted "ABCDE-FGHJK": shown once, for the slips; the vault keeps only their digests. */
    codes: z.array(z.string()),
  })
  .strict();

export const kioskStatusSchema = z
  .object({
    unitId: idSchema,
    unitName: z.string(),
    /** Codes issued (printed), and used to cast: codes issued = electronic ballots issued. */
    issued: z.number().int(),
    used: z.number().int(),
    sheets: z.array(z.object({ number: z.number().int(), count: z.number().int(), issuedAt: z.string() }).strict()),
    /** Closed: the cast ballots went into one batch per contest, and no code casts any more. */
    closed: z.boolean(),
  })
  .strict();
export type KioskStatus = z.infer<typeof kioskStatusSchema>;

/** The unit's forms, one person after another, as the paper reads. */
export const kioskBallotPaperSchema = z
  .object({
    unitName: z.string(),
    contests: z.array(
      z
        .object({
          contestId: idSchema,
          subjectName: z.string(),
          positions: z.array(z.string()),
          form: templateContentSchema,
        })
        .strict(),
    ),
  })
  .strict();
export type KioskBallotPaper = z.infer<typeof kioskBallotPaperSchema>;

export const castInputSchema = z
  .object({
    unitId: idSchema,
    code: typedCodeSchema,
    /** One ballot per contest of the unit, each exactly once. */
    ballots: z
      .array(z.object({ contestId: idSchema, ballot: ballotEntrySchema }).strict())
      .min(1)
      .max(50),
  })
  .strict();
