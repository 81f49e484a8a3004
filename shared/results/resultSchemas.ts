import { idSchema } from '../schema/common';
import { z } from '../schema/z';

/**
 * The shapes of results as they cross the contract, go into the canonical (signed) result and
 * into exports. Percentages are integers in hundredths of a percent (3333 = 33.33 %), so the
 * canonical JSON never holds a binary fraction and the shares of one row add up to exactly 10000.
 */
const count = z.number().int().min(0);
const hundredths = z.number().int().min(0).max(10_000);

/** One row of the form (a criterion), or the prestige row: counts and shares of each mark. */
export const markTallySchema = z
  .object({
    /** Per level in the form's order: levels4 → [Rất tốt, Tốt, Trung bình, Yếu kém]; points10 → [1 … 10]. */
    levels: z.array(count),
    blank: count,
    multi: count,
    /** Shares over the base: levels, blank, multi, and (base "returned") the invalid ballots. Sum = 10000. */
    shares: z
      .object({ levels: z.array(hundredths), blank: hundredths, multi: hundredths, invalid: hundredths })
      .strict(),
  })
  .strict();
export type MarkTally = z.infer<typeof markTallySchema>;

export const criterionTallySchema = markTallySchema.extend({
  /** 1-based row number on the form. */
  number: z.number().int().min(1),
  text: z.string(),
  /** Rất tốt + Tốt, as a share of the base (levels4 only; points10: scores 8–10). */
  goodOrBetter: hundredths,
  /** Trung bình + Yếu kém (points10: scores 1–4). */
  lowShare: hundredths,
  /** lowShare reached the campaign's threshold. */
  flagged: z.boolean(),
});
export type CriterionTally = z.infer<typeof criterionTallySchema>;

export const prestigeTallySchema = markTallySchema.extend({
  /** Uy tín thấp + Uy tín rất thấp. */
  low: count,
  lowShare: hundredths,
  /** Quy định 96-QĐ/TW: more than half of the votes low prestige … */
  lowOverHalf: z.boolean(),
  /** … and two thirds or more. */
  lowTwoThirds: z.boolean(),
});
export type PrestigeTally = z.infer<typeof prestigeTallySchema>;

export const ballotTotalsSchema = z.object({ issued: count, returned: count, valid: count, invalid: count }).strict();

/** The tally of one contest (SPEC §5 Tally JSON, without the digest, which is of this). */
export const contestTallySchema = z
  .object({
    contestId: idSchema,
    campaignId: idSchema,
    campaignName: z.string(),
    year: z.number().int(),
    unitId: idSchema,
    unitName: z.string(),
    unitType: z.string(),
    subjectName: z.string(),
    positions: z.array(z.string()),
    templateVersionId: idSchema,
    scale: z.enum(['levels4', 'points10', 'rating4']),
    levelNames: z.array(z.string()),
    prestigeLevelNames: z.array(z.string()),
    ballots: ballotTotalsSchema,
    base: z.enum(['returned', 'valid']),
    baseCount: count,
    /** The campaign's threshold for lowShare, in hundredths (2000 = 20 %). */
    threshold: hundredths,
    criteria: z.array(criterionTallySchema),
    prestige: prestigeTallySchema.nullable(),
  })
  .strict();
export type ContestTally = z.infer<typeof contestTallySchema>;

/** What the screen and prints must say about small numbers (never part of the signed result). */
export const privacySchema = z
  .object({
    /** Fewer than 5 valid ballots: scores are shown only under a warning. */
    fewBallots: z.boolean(),
    /** Valid ballots below the campaign's floor for free text: comments are withheld. */
    textsWithheld: z.boolean(),
    scoreFloor: z.number().int(),
    textFloor: z.number().int(),
    /** Criteria (by number) on which every valid ballot gave the same mark: each voter's choice is known. */
    unanimousCriteria: z.array(z.number().int()),
    /** The same, on prestige. */
    unanimousPrestige: z.boolean(),
  })
  .strict();
export type Privacy = z.infer<typeof privacySchema>;

/** A seal, or an amendment of one: the canonical result, its digest and the head's signature. */
export const sealRecordSchema = z
  .object({
    id: idSchema,
    contestId: idSchema,
    /** 1 for the seal, 2… for each amendment. */
    sequence: z.number().int().min(1),
    reason: z.string().nullable(),
    previousDigest: z.string().nullable(),
    /** Số niêm phong: the number on the envelope that holds the paper ballots. */
    envelopeSeal: z.string(),
    /** Lower-case hex SHA-256 of the canonical result (RFC 8785 JSON, UTF-8). */
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    /** Full name of the head who sealed (or amended). */
    sealedBy: z.string(),
    sealedAt: z.string(),
    /** Whether the head has signed it (a detached CMS signature, carried by the exported package). */
    signed: z.boolean(),
    signerName: z.string().nullable(),
    signedAt: z.string().nullable(),
  })
  .strict();
export type SealRecord = z.infer<typeof sealRecordSchema>;

/**
 * One line of an aggregate table: a contest, or a group of contests (unit, unit type, district).
 * A contest under the score floor adds nothing to the figures of any row (they are null when no
 * contest of the row is above it), so no row and no difference of rows tells its voters' marks.
 */
export const summaryRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    contests: z.number().int(),
    /** Contests of the row under the score floor, left out of its figures. */
    suppressed: z.number().int(),
    validBallots: z.number().int(),
    /** Pooled over the criteria of the contests above the floor, the "good or better" share, hundredths. */
    goodOrBetter: z.number().int().nullable(),
    lowShare: z.number().int().nullable(),
    flaggedCriteria: z.number().int().nullable(),
    prestigeLowShare: z.number().int().nullable(),
  })
  .strict();

export const campaignResultsSchema = z
  .object({
    campaignId: idSchema,
    campaignName: z.string(),
    /** Contests whose counting is closed (only these are tallied into aggregates). */
    contests: z.array(
      summaryRowSchema.extend({
        contestId: idSchema,
        unitName: z.string(),
        unitType: z.string(),
        subjectName: z.string(),
        sealed: z.boolean(),
        digest: z.string().nullable(),
        /** The seal record in force: 1 the seal, 2… an amendment (null while not sealed). */
        sequence: z.number().int().nullable(),
        /** The versions an amendment replaced, oldest first: both stay visible. */
        earlier: z.array(
          z
            .object({
              sequence: z.number().int(),
              digest: z.string(),
              validBallots: z.number().int(),
              goodOrBetter: z.number().int().nullable(),
            })
            .strict(),
        ),
        fewBallots: z.boolean(),
      }),
    ),
    byUnit: z.array(summaryRowSchema),
    byUnitType: z.array(summaryRowSchema),
    district: summaryRowSchema,
    /** Criteria across the district by "good or better" share: best first, and worst first. */
    topCriteria: z.array(z.object({ text: z.string(), goodOrBetter: z.number().int() }).strict()),
    bottomCriteria: z.array(z.object({ text: z.string(), lowShare: z.number().int() }).strict()),
    /** Contests above the score floor ranked by "good or better" share, best first (ties keep Vietnamese name order). */
    ranking: z.array(
      z
        .object({ rank: z.number().int(), contestId: idSchema, label: z.string(), goodOrBetter: z.number().int() })
        .strict(),
    ),
  })
  .strict();

export type CampaignResults = z.infer<typeof campaignResultsSchema>;

export const exportFormatSchema = z.enum(['csv', 'xlsx']);

/** What a district officer sees of a package before typing the hidden digest groups. */
export const packageInspectionSchema = z
  .object({
    contestId: idSchema,
    campaignName: z.string(),
    unitName: z.string(),
    subjectName: z.string(),
    sequence: z.number().int(),
    signatureValid: z.boolean(),
    signer: z.string(),
    /** SHA-256 of the signer's certificate in groups of four, to compare with the one on record. */
    fingerprint: z.string(),
    signedAt: z.string().nullable(),
    envelopeSeal: z.string(),
    /** An amendment's reason (null for the seal). */
    reason: z.string().nullable(),
    /** The digest in groups of four, with the groups the operator must type replaced by null. */
    digestGroups: z.array(z.string().nullable()),
    /** 0-based positions of the two hidden groups. */
    hidden: z.array(z.number().int()).length(2),
  })
  .strict();

/** A sealed result package checked on its own (the command line's `result verify`). */
export const packageVerificationSchema = z
  .object({
    campaignName: z.string(),
    unitName: z.string(),
    subjectName: z.string(),
    sequence: z.number().int(),
    envelopeSeal: z.string(),
    reason: z.string().nullable(),
    /** SHA-256 of the canonical result, 64 hex digits. */
    digest: z.string(),
    signer: z.string(),
    signingTime: z.string().nullable(),
    fingerprint: z.string(),
    /** The signed bytes, the DER signature and the certificate, as `openssl cms -verify` takes them. */
    parts: z.object({ resultJson: z.string(), signatureBase64: z.string(), certificatePem: z.string() }).strict(),
  })
  .strict();
export type PackageVerification = z.infer<typeof packageVerificationSchema>;

/**
 * SPEC §5 Tally JSON, as `kiem-phieu tally --json` prints it: one contest's tally with the digest
 * and sequence of its latest seal (null while not sealed), or `{ contests: [...] }` for a campaign.
 * Its JSON Schema is shared/formats/tally.schema.json.
 */
export const tallyJsonContestSchema = contestTallySchema
  .extend({
    digest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    sealSequence: z.number().int().min(1).nullable(),
  })
  .strict();
export const tallyJsonSchema = z.union([
  tallyJsonContestSchema,
  z.object({ contests: z.array(tallyJsonContestSchema) }).strict(),
]);
export type TallyJson = z.infer<typeof tallyJsonSchema>;
