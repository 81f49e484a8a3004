import { newAgeHeader, locateAgeHeader, openAgeHeader } from './ageHeader';
import { payloadNonceSize, PayloadOpener, PayloadSealer } from './agePayload';

/**
 * A small file encrypted whole in memory as a standard age file to X25519 recipients (`age1…`),
 * its payload sealed by Node's ChaCha20-Poly1305 as backups are: `age -d -i key.txt` opens it.
 */
export async function sealToRecipients(plain: Uint8Array, recipients: readonly string[]): Promise<Buffer> {
  const { prefix, key } = await newAgeHeader({ recipients });
  const parts: Buffer[] = [prefix];
  const sealer = new PayloadSealer(key, (sealed) => parts.push(sealed));
  sealer.update(plain);
  sealer.finish();
  return Buffer.concat(parts);
}

/**
 * The plaintext of an age file for one X25519 identity (`AGE-SECRET-KEY-1…`). Throws the
 * backup's own errors (BACKUP_NOT_AGE, BACKUP_DAMAGED, BACKUP_WRONG_KEY) or PayloadDamaged when
 * a byte of the payload was changed; the caller words them for its own file.
 */
export async function openWithIdentity(sealed: Buffer, identity: string): Promise<Buffer> {
  const located = locateAgeHeader(sealed.subarray(0, 1024 * 1024), 'memory');
  const nonce = sealed.subarray(located.header.length, located.header.length + payloadNonceSize);
  const key = await openAgeHeader(located, nonce, { identity });
  const parts: Buffer[] = [];
  const opener = new PayloadOpener(key, (plain) => parts.push(plain));
  opener.update(sealed.subarray(located.header.length + payloadNonceSize));
  opener.finish();
  return Buffer.concat(parts);
}
