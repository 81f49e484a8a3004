import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';

/**
 * age's passphrase stanza (`-> scrypt <salt> <log2 N>`), as an age-encryption Recipient and
 * Identity whose scrypt is Node's native one: half the time of the pure-JavaScript scrypt,
 * and off the main thread. The stanza is the one the specification and the `age` tool use.
 */

const label = 'age-encryption.org/v1/scrypt';
/** age's default work factor (about a second here). */
export const defaultScryptLogN = 18;
/** Refuse files that would make us spend more (age-encryption's own limit). */
const maxScryptLogN = 20;

function unpadded(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

function stretch(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(
      // Vietnamese input methods may send a letter composed or decomposed; a terminal sends composed.
      passphrase.normalize('NFC'),
      Buffer.concat([Buffer.from(label, 'ascii'), salt]),
      32,
      { N, r: 8, p: 1, maxmem: 2 * 128 * 8 * N },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

const zeroNonce = Buffer.alloc(12);

export class ScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number = defaultScryptLogN,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await stretch(this.passphrase, salt, this.logN);
    const cipher = createCipheriv('chacha20-poly1305', key, zeroNonce, { authTagLength: 16 });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    key.fill(0);
    return [new Stanza(['scrypt', unpadded(salt), String(this.logN)], body)];
  }
}

export class ScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    const stanza = stanzas.find((candidate) => candidate.args[0] === 'scrypt');
    if (!stanza) return null;
    const [, saltText, logNText] = stanza.args;
    if (stanzas.length !== 1 || stanza.args.length !== 3 || !/^[1-9][0-9]?$/.test(logNText ?? '')) {
      throw new Error('invalid scrypt stanza');
    }
    const salt = Buffer.from(saltText ?? '', 'base64');
    const logN = Number(logNText);
    if (salt.length !== 16 || logN > maxScryptLogN || stanza.body.length !== 32)
      throw new Error('invalid scrypt stanza');
    const key = await stretch(this.passphrase, salt, logN);
    const decipher = createDecipheriv('chacha20-poly1305', key, zeroNonce, { authTagLength: 16 });
    decipher.setAuthTag(stanza.body.subarray(16));
    try {
      return new Uint8Array(Buffer.concat([decipher.update(stanza.body.subarray(0, 16)), decipher.final()]));
    } catch {
      return null;
    } finally {
      key.fill(0);
    }
  }
}
