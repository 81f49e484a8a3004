import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SealedBox {
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

/** AES-256-GCM with a fresh 96-bit IV; `context` is bound as associated data so a box cannot be moved. */
export function seal(key: Buffer, plaintext: Buffer, context: string): SealedBox {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns null when authentication fails: a wrong key, a changed box or a different context. */
export function open(key: Buffer, box: SealedBox, context: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
