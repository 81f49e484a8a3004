import { deriveFromPassword, newScryptParameters, openSealedBox, sealBox, type ScryptCost } from '../vault';
import { z } from '../../shared/schema/z';

const envelopeSchema = z
  .object({
    format: z.literal('kiem-phieu-signing-key'),
    version: z.literal(1),
    kdf: z.object({
      algorithm: z.literal('scrypt'),
      log2N: z.number().int().min(10).max(22),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: z.string(),
    }),
    box: z.object({ iv: z.string(), ciphertext: z.string(), tag: z.string() }),
  })
  .strict();

/** Bound into every box, so an envelope moved to another head's row does not open. */
const contextOf = (userId: string) => `kiem-phieu/signing-key/${userId}`;

/**
 * A head's private key (PKCS#8 PEM) sealed under the head's own signing passphrase: scrypt,
 * then AES-256-GCM. Nothing else opens it — not the vault key, not the recovery key, not
 * another user's password — so a backup and any password cannot sign in the head's name.
 */
export async function sealSigningKey(
  privateKeyPem: string,
  passphrase: string,
  userId: string,
  cost?: ScryptCost,
): Promise<string> {
  const kdf = newScryptParameters(cost);
  const key = await deriveFromPassword(passphrase, kdf);
  try {
    const box = sealBox(key, Buffer.from(privateKeyPem, 'utf8'), contextOf(userId));
    return JSON.stringify({ format: 'kiem-phieu-signing-key', version: 1, kdf, box });
  } finally {
    key.fill(0);
  }
}

/** The key, or null when the passphrase (or the envelope, or its owner) is not the right one. */
export async function openSigningKey(envelope: string, passphrase: string, userId: string): Promise<string | null> {
  const parsed = envelopeSchema.safeParse(JSON.parse(envelope));
  if (!parsed.success) return null;
  const key = await deriveFromPassword(passphrase, parsed.data.kdf);
  try {
    return openSealedBox(key, parsed.data.box, contextOf(userId))?.toString('utf8') ?? null;
  } finally {
    key.fill(0);
  }
}
