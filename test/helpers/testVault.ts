import Database from 'better-sqlite3-multiple-ciphers';
import { parseRecoveryKey } from '../../main/vault/crypto/recoveryKey';
import { readHeader } from '../../main/vault/header/headerFile';
import { unlockWithRecoveryKey, vaultKeysOf } from '../../main/vault/header/keySlots';
import { Vault, type VaultOptions } from '../../main/vault/vault';
import { vaultFiles } from '../../main/vault/vaultFiles';

/** Tests derive keys with scrypt N = 2^10 instead of 2^17; one test checks the real default. */
export const fastScrypt = { log2N: 10, r: 8, p: 1 } as const;

export const adminPassword = 'mật khẩu quản trị 1';

/** The head's own signing passphrase: it seals the signing key and is typed at each signing. */
export const signingPassphrase = 'cụm mật khẩu ký số của trưởng ban';

export async function createTestVault(dataDirectory: string, options: Partial<VaultOptions> = {}) {
  const vault = new Vault({ dataDirectory, scryptCost: fastScrypt, ...options });
  const created = await vault.keyring.create({
    vaultName: 'Ban Tuyên giáo Quận ủy Long Biên',
    admin: { login: 'quantri', fullName: 'Nguyễn Văn Quản', password: adminPassword },
  });
  return { vault, ...created };
}

/** The raw vault key, recovered the way an archivist could: from the recovery key and the header. */
export function vaultKeyFromRecovery(dataDirectory: string, recoveryKey: string): Buffer {
  const header = readHeader(vaultFiles(dataDirectory).header);
  const slot = header.slots.find((candidate) => candidate.kind === 'recovery')!;
  const parsed = parseRecoveryKey(recoveryKey);
  if (!parsed.ok) throw new Error('bad recovery key');
  const pair = unlockWithRecoveryKey(slot, header.vaultId, parsed.key)!;
  return vaultKeysOf(slot, header.vaultId, pair)[0]!;
}

/** A plain SQLCipher connection beside the app, for tampering the way an attacker with the key could. */
export function rawConnection(dataDirectory: string, key: Buffer): Database.Database {
  const db = new Database(vaultFiles(dataDirectory).database, { fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  return db;
}
