import { canonicalJson } from '../canonicalJson';
import { auditAnchorSchema, type AuditAnchor } from '../audit/auditAnchor';
import { z } from '../schema/z';
import { contestTallySchema, type ContestTally } from './resultSchemas';

export const canonicalResultFormat = 'kiem-phieu/result@1';

/**
 * What a seal (or an amendment) fixes, and what the head signs: the contest's tally with the
 * seal's own facts. Its canonical JSON (RFC 8785) in UTF-8 is digested with SHA-256; the same
 * bytes are the `result.json` a district officer checks with openssl.
 */
export const canonicalResultSchema = z
  .object({
    format: z.literal(canonicalResultFormat),
    tally: contestTallySchema,
    /** 1 for the seal, 2… for each amendment. */
    sequence: z.number().int().min(1),
    /** The digest of the record this one amends (null for the seal). */
    previousDigest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    /** Why the sealed result was amended (null for the seal). */
    reason: z.string().nullable(),
    /** Số niêm phong of the envelope that holds the paper ballots. */
    envelopeSeal: z.string(),
    sealedAt: z.string(),
    /**
     * The audit chain's head just before the seal, signed with the result: `audit verify` checks
     * that the vault's history still leads to it. Absent from results sealed before it existed.
     */
    auditAnchor: auditAnchorSchema.optional(),
  })
  .strict();
export type CanonicalResult = z.infer<typeof canonicalResultSchema>;

export function canonicalResultJson(result: {
  tally: ContestTally;
  sequence: number;
  previousDigest: string | null;
  reason: string | null;
  envelopeSeal: string;
  sealedAt: string;
  auditAnchor: AuditAnchor;
}): string {
  return canonicalJson({ format: canonicalResultFormat, ...result });
}
