import { z } from '../../../shared/schema/z';

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(4096);
const base64url = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const sealedBox = z.object({ iv: base64, ciphertext: base64, tag: base64 }).strict();

const scryptKdf = z
  .object({
    algorithm: z.literal('scrypt'),
    // Bounded so that a doctored header cannot make unlocking eat all memory.
    log2N: z.number().int().min(10).max(22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  })
  .strict();

const hkdfKdf = z.object({ algorithm: z.literal('hkdf-sha256'), salt: base64 }).strict();

/** keyId names which vault key an envelope holds (a fingerprint, not the key), so old ones can be dropped. */
export const envelopeSchema = sealedBox
  .extend({ ephemeralPublicKey: base64url, keyId: z.string().regex(/^[0-9a-f]{16}$/) })
  .strict();

export const slotSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['user', 'recovery']),
    userId: z.uuid().nullable(),
    login: z.string().max(64).nullable(),
    publicKey: base64url,
    privateKey: sealedBox.extend({ kdf: z.union([scryptKdf, hkdfKdf]) }).strict(),
    /** One envelope of the vault key; two only while a key rotation is under way. */
    vaultKeys: z.array(envelopeSchema).min(1).max(2),
  })
  .strict();

export const headerSchema = z
  .object({
    format: z.literal('kiem-phieu-vault-header'),
    version: z.literal(1),
    vaultId: z.uuid(),
    vaultName: z.string().min(1).max(200),
    createdAt: z.string(),
    database: z.object({ file: z.string(), cipher: z.literal('sqlcipher'), legacy: z.literal(4) }).strict(),
    slots: z.array(slotSchema).min(1).max(500),
    /** The last audit entry known to be written; a log that ends before it was truncated. */
    auditAnchor: z.object({ sequence: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    /** HMAC-SHA256 of everything above (canonical JSON), keyed from the vault key. */
    mac: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type VaultHeader = z.infer<typeof headerSchema>;
export type KeySlot = z.infer<typeof slotSchema>;
export type UnsignedHeader = Omit<VaultHeader, 'mac'>;
