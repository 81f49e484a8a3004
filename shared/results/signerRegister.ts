import { idSchema } from '../schema/common';
import { z } from '../schema/z';

/**
 * The district's register of trusted signers: the certificates whose packages it receives. A
 * certificate is named by its SHA-256 fingerprint, which the unit's minutes print in groups.
 */

const fingerprintHex = z.string().regex(/^[0-9a-f]{64}$/);

/** What an operator typed, read from paper: spaces, colons and case dropped; null unless 64 hex digits remain. */
export function normalizeFingerprint(typed: string): string | null {
  const hex = typed.replace(/[\s:]+/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

export const trustedSignerSchema = z
  .object({
    /** Lower-case hex, 64 digits. */
    fingerprint: fingerprintHex,
    name: z.string(),
    note: z.string(),
    source: z.enum(['typed', 'register']),
    addedBy: z.string(),
    addedAt: z.string(),
  })
  .strict();
export type TrustedSigner = z.infer<typeof trustedSignerSchema>;

export const signerRegisterFormat = 'kiem-phieu/trusted-signers@1';

/** A register as a file: carried from one year's vault to the next, or from the district to a desk. */
export const signerRegisterFileSchema = z
  .object({
    format: z.literal(signerRegisterFormat),
    exportedAt: z.string(),
    signers: z
      .array(
        z
          .object({
            fingerprint: fingerprintHex,
            name: z.string().trim().min(1).max(300),
            note: z.string().max(500),
          })
          .strict(),
      )
      .max(10_000),
  })
  .strict();
export type SignerRegisterFile = z.infer<typeof signerRegisterFileSchema>;

/** A package received at the district; a withdrawn one counts for nothing but stays on record. */
export const receivedPackageSchema = z
  .object({
    id: idSchema,
    contestId: idSchema,
    unitName: z.string(),
    subjectName: z.string(),
    sequence: z.number().int(),
    digest: fingerprintHex,
    signer: z.string(),
    /** The signer's certificate fingerprint, lower-case hex. */
    fingerprint: fingerprintHex,
    acceptedAt: z.string(),
    withdrawnAt: z.string().nullable(),
    withdrawReason: z.string().nullable(),
  })
  .strict();
export type ReceivedPackage = z.infer<typeof receivedPackageSchema>;
