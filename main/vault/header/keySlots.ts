import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { open, seal } from '../crypto/aesGcm';
import { deriveFromPassword, deriveSubkey, newScryptParameters, type ScryptParameters } from '../crypto/keyDerivation';
import { generateRawKeyPair, openEnvelope, sealTo, type RawKeyPair } from '../crypto/x25519';
import type { KeySlot } from './headerFormat';

/**
 * LUKS-style key slots. Each slot holds an X25519 key pair whose private half is sealed under
 * a key derived from the user's password (scrypt) or from the recovery key (HKDF), and the
 * vault key sealed to its public half. Unlocking = password → private key → vault key.
 */

export interface ScryptCost {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

export function keyIdOf(vaultKey: Buffer): string {
  return createHmac('sha256', vaultKey).update('kiem-phieu/key-id').digest('hex').slice(0, 16);
}

const privateKeyContext = (vaultId: string, slotId: string) => `kiem-phieu/slot-private-key/${vaultId}/${slotId}`;
const vaultKeyContext = (vaultId: string, slotId: string, keyId: string) =>
  `kiem-phieu/vault-key/${vaultId}/${slotId}/${keyId}`;

function envelopeFor(vaultId: string, slotId: string, publicKey: string, vaultKey: Buffer) {
  const keyId = keyIdOf(vaultKey);
  return { ...sealTo(publicKey, vaultKey, vaultKeyContext(vaultId, slotId, keyId)), keyId };
}

async function passwordKey(password: string, kdf: ScryptParameters): Promise<Buffer> {
  return deriveFromPassword(password, kdf);
}

function recoveryWrappingKey(recoveryKey: Buffer, salt: string): Buffer {
  return deriveSubkey(recoveryKey, 'recovery-slot', Buffer.from(salt, 'base64'));
}

export async function createPasswordSlot(options: {
  vaultId: string;
  userId: string;
  login: string;
  password: string;
  vaultKey: Buffer;
  cost?: ScryptCost;
}): Promise<KeySlot> {
  const id = randomUUID();
  const pair = generateRawKeyPair();
  const kdf = newScryptParameters(options.cost);
  const wrapping = await passwordKey(options.password, kdf);
  const slot: KeySlot = {
    id,
    kind: 'user',
    userId: options.userId,
    login: options.login,
    publicKey: pair.publicKey,
    privateKey: { ...seal(wrapping, pair.privateKey, privateKeyContext(options.vaultId, id)), kdf },
    vaultKeys: [envelopeFor(options.vaultId, id, pair.publicKey, options.vaultKey)],
  };
  wrapping.fill(0);
  pair.privateKey.fill(0);
  return slot;
}

export function createRecoverySlot(options: { vaultId: string; recoveryKey: Buffer; vaultKey: Buffer }): KeySlot {
  const id = randomUUID();
  const pair = generateRawKeyPair();
  const kdf = { algorithm: 'hkdf-sha256' as const, salt: randomBytes(16).toString('base64') };
  const wrapping = recoveryWrappingKey(options.recoveryKey, kdf.salt);
  const slot: KeySlot = {
    id,
    kind: 'recovery',
    userId: null,
    login: null,
    publicKey: pair.publicKey,
    privateKey: { ...seal(wrapping, pair.privateKey, privateKeyContext(options.vaultId, id)), kdf },
    vaultKeys: [envelopeFor(options.vaultId, id, pair.publicKey, options.vaultKey)],
  };
  pair.privateKey.fill(0);
  return slot;
}

/** The slot's key pair, or null when the password is wrong (GCM authentication fails). */
export async function unlockWithPassword(slot: KeySlot, vaultId: string, password: string): Promise<RawKeyPair | null> {
  const kdf = slot.privateKey.kdf;
  if (kdf.algorithm !== 'scrypt') return null;
  const wrapping = await passwordKey(password, kdf);
  const privateKey = open(wrapping, slot.privateKey, privateKeyContext(vaultId, slot.id));
  wrapping.fill(0);
  return privateKey ? { publicKey: slot.publicKey, privateKey } : null;
}

export function unlockWithRecoveryKey(slot: KeySlot, vaultId: string, recoveryKey: Buffer): RawKeyPair | null {
  const kdf = slot.privateKey.kdf;
  if (kdf.algorithm !== 'hkdf-sha256') return null;
  const privateKey = open(
    recoveryWrappingKey(recoveryKey, kdf.salt),
    slot.privateKey,
    privateKeyContext(vaultId, slot.id),
  );
  return privateKey ? { publicKey: slot.publicKey, privateKey } : null;
}

/** Every vault key the slot holds (two while a rotation is unfinished), newest last. */
export function vaultKeysOf(slot: KeySlot, vaultId: string, pair: RawKeyPair): Buffer[] {
  return slot.vaultKeys
    .map((envelope) => openEnvelope(pair, envelope, vaultKeyContext(vaultId, slot.id, envelope.keyId)))
    .filter((key): key is Buffer => key !== null);
}

/** Adds an envelope of a new vault key; needs no password, only the slot's public key. */
export function withVaultKey(slot: KeySlot, vaultId: string, vaultKey: Buffer): KeySlot {
  return { ...slot, vaultKeys: [...slot.vaultKeys, envelopeFor(vaultId, slot.id, slot.publicKey, vaultKey)] };
}

/** Keeps only the envelope of this vault key (after a rotation has completed). */
export function onlyVaultKey(slot: KeySlot, vaultKey: Buffer): KeySlot {
  const keyId = keyIdOf(vaultKey);
  return { ...slot, vaultKeys: slot.vaultKeys.filter((envelope) => envelope.keyId === keyId) };
}
