import { hkdfSync, randomBytes, scrypt } from 'node:crypto';

/** scrypt cost for password slots: N = 2^17, r = 8, p = 1 (about 0.4 s and 128 MiB here). */
export const defaultScryptCost = { log2N: 17, r: 8, p: 1 } as const;

export interface ScryptParameters {
  readonly algorithm: 'scrypt';
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: string;
}

export function newScryptParameters(
  cost: { log2N: number; r: number; p: number } = defaultScryptCost,
): ScryptParameters {
  return { algorithm: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

/** Derives a 256-bit key from a password off the main thread (libuv's pool). */
export function deriveFromPassword(password: string, parameters: ScryptParameters): Promise<Buffer> {
  const N = 2 ** parameters.log2N;
  const maxmem = 128 * parameters.r * N + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      Buffer.from(parameters.salt, 'base64'),
      32,
      { N, r: parameters.r, p: parameters.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** A purpose-bound subkey of a high-entropy key (vault key, recovery key). */
export function deriveSubkey(key: Buffer, purpose: string, salt: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.from(hkdfSync('sha256', key, salt, Buffer.from(`kiem-phieu/${purpose}`, 'utf8'), 32));
}
