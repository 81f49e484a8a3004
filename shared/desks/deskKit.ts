import { campaignFileSchema } from '../campaigns/campaignFile';
import { ballotLineSchema, checkedBallotLineSchema } from '../counting/ballotLines';
import { conferenceSchema, contestCountsSchema } from '../counting/countingSchemas';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';

/** An age X25519 public key, as the `age` tool writes it. */
export const ageRecipientSchema = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/);

/**
 * A desk kit: what the main desk ("bàn chính") hands to another workstation ("bàn phụ") so it
 * can key part of a campaign — the campaign's setup restricted to the contests assigned to that
 * desk (templates as they are), the desk's name and the fingerprint of the desk's own signing
 * certificate, which the main desk registered and will require on the desk's packages.
 */
export const deskKitFormat = 'kiem-phieu/desk-kit@1';

/**
 * A signed desk file around its content: the content's canonical JSON (RFC 8785) exactly as
 * signed, the detached CMS signature over its UTF-8 bytes (DER, base64) and the signer's
 * certificate (PEM) — checkable with `openssl cms -verify -binary -inform DER -noverify`.
 */
function signedDeskFileSchema<Format extends string>(format: Format) {
  return z
    .object({
      format: z.literal(format),
      content: z.string().min(2),
      signature: z.base64().min(1),
      certificate: z.string().includes('-----BEGIN CERTIFICATE-----'),
    })
    .strict();
}

export const deskKitContentSchema = z
  .object({
    format: z.literal(deskKitFormat),
    kitId: idSchema,
    deskName: z.string().min(1).max(200),
    /** SHA-256 of the desk's certificate, lower-case hex. */
    deskFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    issuedAt: z.string(),
    /**
     * The main desk keys the paper again (Abacus's rule): the desk's package counts only as the
     * first keying of each batch, so the desk sends its ballots in the order the paper was keyed.
     */
    secondEntryAtMain: z.boolean(),
    /** The main desk's public key for this desk's packages: they are sealed to it (age). */
    packageRecipient: ageRecipientSchema,
    campaign: campaignFileSchema,
  })
  .strict();
export type DeskKitContent = z.infer<typeof deskKitContentSchema>;

/** The kit as a file (`.bkp.json`), signed by the main desk's head. */
export const deskKitFileSchema = signedDeskFileSchema('kiem-phieu/desk-kit-file@1');
export type DeskKitFile = z.infer<typeof deskKitFileSchema>;

export const deskKitExtension = '.bkp.json';

/** A desk the main desk registered by making its kit. */
export const registeredDeskSchema = z
  .object({
    kitId: idSchema,
    campaignId: idSchema,
    deskName: z.string(),
    fingerprint: z.string(),
    contestIds: z.array(idSchema),
    createdAt: z.string(),
    /** Its packages count only as the first keying; the paper is keyed again here. */
    secondEntryAtMain: z.boolean(),
  })
  .strict();
export type RegisteredDesk = z.infer<typeof registeredDeskSchema>;

/** A desk package (desk → main desk): the verified batches keyed at the desk, signed by the desk's head. */
export const deskPackageFormat = 'kiem-phieu/desk-package@1';

/** The package's content, its ballots read by `ballot` (the ballot line's schema or its checked equivalent). */
function deskPackageContentSchemaWith<Ballot extends typeof ballotLineSchema | typeof checkedBallotLineSchema>(
  ballot: Ballot,
) {
  return z
    .object({
      format: z.literal(deskPackageFormat),
      kitId: idSchema,
      campaignId: idSchema,
      deskName: z.string(),
      exportedAt: z.string(),
      batches: z.array(
        z
          .object({
            batchId: idSchema,
            contestId: idSchema,
            number: z.number().int().min(1),
            label: z.string(),
            /** Who keyed each pass and how (never what: that is in the ballots), as the operator statistics read it. */
            keyings: z.array(
              z
                .object({
                  pass: z.number().int().min(1).max(3),
                  userLogin: z.string(),
                  ballots: z.number().int().min(0),
                  keystrokes: z.number().int().min(0),
                  activeMs: z.number().int().min(0),
                  startedAt: z.string(),
                  finishedAt: z.string().nullable(),
                })
                .strict(),
            ),
            /** Each difference between the keyings and how the desk's head settled it against the paper. */
            resolutions: z.array(
              z
                .object({
                  position: z.number().int().min(1),
                  field: z.string(),
                  keyed: z.array(z.unknown()),
                  resolution: z.enum(['pass1', 'pass2', 'pass3', 'rekey']),
                  value: z.unknown(),
                })
                .strict(),
            ),
            /**
             * The verified ballots, as ballot lines (SPEC §5): in no meaningful order, or, when the
             * main desk keys the paper again, in the order the paper was keyed (`paperOrder`).
             */
            ballots: z.array(ballot),
            paperOrder: z.literal(true).optional(),
          })
          .strict(),
      ),
      /** Counting records the desk took down for its contests. */
      counts: z.array(z.object({ contestId: idSchema, counts: contestCountsSchema }).strict()),
      conferences: z.array(z.object({ unitId: idSchema, conference: conferenceSchema }).strict()),
    })
    .strict();
}

export const deskPackageContentSchema = deskPackageContentSchemaWith(ballotLineSchema);
/**
 * What a received package is checked with: the same members, each ballot accepted or refused as
 * `ballotLineSchema` would, but read once without zod when well formed (100,000 ballots a package).
 */
export const receivedPackageContentSchema = deskPackageContentSchemaWith(checkedBallotLineSchema);
export type DeskPackageContent = z.infer<typeof deskPackageContentSchema>;

export const deskPackageFileSchema = signedDeskFileSchema('kiem-phieu/desk-package-file@1');
export type DeskPackageFile = z.infer<typeof deskPackageFileSchema>;

/**
 * A desk package as it travels (`.gbp.json`): the signed package file, sealed as an age file to
 * the public key the main desk put in this desk's kit — ballots never cross in the clear — and
 * beside it, in the clear, only what the main head is asked about before merging.
 */
export const sealedDeskPackageFormat = 'kiem-phieu/desk-package-sealed@1';
export const sealedDeskPackageSchema = z
  .object({
    format: z.literal(sealedDeskPackageFormat),
    kitId: idSchema,
    deskName: z.string().max(200),
    batches: z.number().int().min(0),
    ballots: z.number().int().min(0),
    /** The signed package file (kiem-phieu/desk-package-file@1) as an age file, base64. */
    sealed: z.base64().min(1),
  })
  .strict();
export type SealedDeskPackage = z.infer<typeof sealedDeskPackageSchema>;

export const deskPackageExtension = '.gbp.json';
