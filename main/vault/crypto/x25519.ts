import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { open, seal, type SealedBox } from './aesGcm';
import { deriveSubkey } from './keyDerivation';

/** An X25519 key pair as raw 32-byte values (base64url), the way the header stores them. */
export interface RawKeyPair {
  readonly publicKey: string;
  readonly privateKey: Buffer;
}

export function generateRawKeyPair(): RawKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    publicKey: publicKey.export({ format: 'jwk' }).x as string,
    privateKey: Buffer.from(jwk.d as string, 'base64url'),
  };
}

function privateKeyObject(privateKey: Buffer, publicKey: string): KeyObject {
  return createPrivateKey({
    key: { kty: 'OKP', crv: 'X25519', d: privateKey.toString('base64url'), x: publicKey },
    format: 'jwk',
  });
}

function publicKeyObject(publicKey: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: publicKey }, format: 'jwk' });
}

export interface Envelope extends SealedBox {
  readonly ephemeralPublicKey: string;
}

function envelopeKey(shared: Buffer, ephemeralPublicKey: string, recipientPublicKey: string): Buffer {
  return deriveSubkey(shared, 'envelope', Buffer.from(`${ephemeralPublicKey}.${recipientPublicKey}`, 'utf8'));
}

/**
 * Encrypts a secret to a public key (ephemeral X25519, HKDF, AES-256-GCM): the vault key can
 * be wrapped for every slot without knowing any slot's password, which is what lets a key
 * rotation rewrap every slot.
 */
export function sealTo(recipientPublicKey: string, secret: Buffer, context: string): Envelope {
  const ephemeral = generateRawKeyPair();
  const shared = diffieHellman({
    privateKey: privateKeyObject(ephemeral.privateKey, ephemeral.publicKey),
    publicKey: publicKeyObject(recipientPublicKey),
  });
  const box = seal(envelopeKey(shared, ephemeral.publicKey, recipientPublicKey), secret, context);
  ephemeral.privateKey.fill(0);
  return { ...box, ephemeralPublicKey: ephemeral.publicKey };
}

export function openEnvelope(keyPair: RawKeyPair, envelope: Envelope, context: string): Buffer | null {
  try {
    const shared = diffieHellman({
      privateKey: privateKeyObject(keyPair.privateKey, keyPair.publicKey),
      publicKey: publicKeyObject(envelope.ephemeralPublicKey),
    });
    return open(envelopeKey(shared, envelope.ephemeralPublicKey, keyPair.publicKey), envelope, context);
  } catch {
    return null;
  }
}
