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

/** Phones and tablets on the hall's own network (issue 19, point 2): off until the head opens it. */

/** 0 lets the system choose a free port (tests); otherwise an unprivileged port. */
export const lanPortSchema = z.union([z.literal(0), z.number().int().min(1024).max(65535)]);
/** The port offered first: the usual alternative for HTTPS, easy to type from a slip. */
export const defaultLanPort = 8443;

export const lanAddressesSchema = z
  .object({
    addresses: z.array(
      z
        .object({
          interfaceName: z.string(),
          address: z.string(),
          family: z.enum(['IPv4', 'IPv6']),
          /** Loopback: reachable from this machine only (a check before the hall fills). */
          internal: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();
export type LanAddresses = z.infer<typeof lanAddressesSchema>;

export const lanListenerSchema = z
  .object({
    unitId: idSchema,
    unitName: z.string(),
    address: z.string(),
    port: z.number().int(),
    /** What a phone opens: the HTTPS address of this machine and the port, as a URL. */
    url: z.string(),
    openedAt: z.string(),
    /** Requests refused by the rate limits since it opened. */
    throttled: z.number().int(),
  })
  .strict();

export const lanStatusSchema = z
  .object({
    /** This conference's certificate (SHA-256 of its DER, as on the slips), once made; it stays the conference's. */
    fingerprint: z.string().nullable(),
    /** The app's one listener, whichever conference it serves; null while closed (the default). */
    listener: lanListenerSchema.nullable(),
  })
  .strict();
export type LanStatus = z.infer<typeof lanStatusSchema>;
