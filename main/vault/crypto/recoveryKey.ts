import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so what is read off paper is hard to mistype.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const keyBytes = 32;
const checkCharacters = 4;

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const character of text) {
    const index = alphabet.indexOf(character);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function checkOf(key: Buffer): string {
  return toBase32(createHash('sha256').update(key).digest()).slice(0, checkCharacters);
}

const keyCharacters = Math.ceil((keyBytes * 8) / 5);

/** 32 random bytes, written as 13 groups of four characters plus one group of check characters. */
export function generateRecoveryKey(): { key: Buffer; text: string } {
  const key = randomBytes(keyBytes);
  return { key, text: formatRecoveryKey(key) };
}

export function formatRecoveryKey(key: Buffer): string {
  const characters = (toBase32(key) + checkOf(key)).match(/.{1,4}/g) ?? [];
  return characters.join('-');
}

export type ParsedRecoveryKey = { ok: true; key: Buffer } | { ok: false };

/** Accepts what a person types: any case, spaces or dashes, O for 0 and I or L for 1. */
export function parseRecoveryKey(typed: string): ParsedRecoveryKey {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== keyCharacters + checkCharacters) return { ok: false };
  const key = fromBase32(cleaned.slice(0, keyCharacters));
  if (!key || key.length < keyBytes) return { ok: false };
  const exact = key.subarray(0, keyBytes);
  if (checkOf(exact) !== cleaned.slice(keyCharacters)) return { ok: false };
  return { ok: true, key: Buffer.from(exact) };
}
