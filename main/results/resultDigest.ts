import { createHash } from 'node:crypto';

/** The digest of a canonical result: SHA-256 of its UTF-8 bytes, lower-case hex. */
export function resultDigest(canonicalResult: string): string {
  return createHash('sha256').update(canonicalResult, 'utf8').digest('hex');
}
