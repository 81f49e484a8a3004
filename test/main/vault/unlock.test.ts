import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey } from '../../../main/vault/crypto/recoveryKey';
import { Vault } from '../../../main/vault/vault';
import { vaultFiles } from '../../../main/vault/vaultFiles';
import {
  adminPassword,
  createTestVault,
  fastScrypt,
  rawConnection,
  vaultKeyFromRecovery,
} from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { payload?: { code: string } }).payload?.code ?? String(error);
  }
}

/** A fingerprint of every file in the data directory, to show a failure changed nothing. */
function snapshot(directory: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(directory).sort()) {
    if (name === 'vault.attempts.json') continue; // counting failures is the point of that file
    const path = join(directory, name);
    if (statSync(path).isFile()) result[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return result;
}

describe('vault unlock', () => {
  const temp = useTempDirectories();

  async function lockedVault() {
    const dataDirectory = temp();
    const created = await createTestVault(dataDirectory);
    created.vault.lock.lock('manual');
    return { dataDirectory, ...created, fresh: () => new Vault({ dataDirectory, scryptCost: fastScrypt }) };
  }

  it('creates a vault whose password slot uses scrypt N = 2^17, r = 8, p = 1 by default', async () => {
    const dataDirectory = temp();
    const vault = new Vault({ dataDirectory });
    const { recoveryKey } = await vault.keyring.create({
      vaultName: 'Thử',
      admin: { login: 'quantri', fullName: 'Quản trị', password: adminPassword },
    });
    const header = JSON.parse(readFileSync(vaultFiles(dataDirectory).header, 'utf8'));
    const passwordSlot = header.slots.find((slot: { kind: string }) => slot.kind === 'user');
    expect(passwordSlot.privateKey.kdf).toMatchObject({ algorithm: 'scrypt', log2N: 17, r: 8, p: 1 });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    if (process.platform !== 'win32') {
      for (const name of readdirSync(dataDirectory))
        expect(statSync(join(dataDirectory, name)).mode & 0o077, name).toBe(0);
      expect(statSync(dataDirectory).mode & 0o777).toBe(0o700);
    }
    vault.lock.lock('manual');
    const started = performance.now();
    await new Vault({ dataDirectory }).keyring.signIn('quantri', adminPassword);
    console.warn(`[vault] unlock with scrypt 2^17 took ${Math.round(performance.now() - started)} ms`);
  });

  it('unlocks with the right password and locks again', async () => {
    const { fresh, admin } = await lockedVault();
    const vault = fresh();
    expect(vault.lock.state()).toBe('locked');
    await expect(vault.keyring.signIn('quantri', adminPassword)).resolves.toMatchObject({
      id: admin.id,
      role: 'admin',
    });
    expect(vault.lock.state()).toBe('unlocked');
    vault.lock.lock('manual');
    expect(vault.lock.state()).toBe('locked');
  });

  it('refuses a wrong password or unknown login at the slot, changing nothing', async () => {
    const { dataDirectory, fresh } = await lockedVault();
    const before = snapshot(dataDirectory);
    const vault = fresh();
    expect(await errorCode(vault.keyring.signIn('quantri', 'not the password'))).toBe('WRONG_PASSWORD');
    expect(await errorCode(vault.keyring.signIn('nobody', adminPassword))).toBe('WRONG_PASSWORD');
    expect(vault.lock.state()).toBe('locked');
    expect(snapshot(dataDirectory)).toEqual(before);
  });

  it('tells a mistyped recovery key from one of another vault, changing nothing', async () => {
    const { dataDirectory, fresh, recoveryKey } = await lockedVault();
    const other = await createTestVault(temp());
    const before = snapshot(dataDirectory);
    const vault = fresh();
    const mistyped = recoveryKey.slice(0, 5) + (recoveryKey[5] === 'A' ? 'B' : 'A') + recoveryKey.slice(6);
    expect(await errorCode(vault.keyring.signInWithRecoveryKey(mistyped, 'quantri', 'mật khẩu mới 123'))).toBe(
      'RECOVERY_KEY_MISTYPED',
    );
    expect(await errorCode(vault.keyring.signInWithRecoveryKey(other.recoveryKey, 'quantri', 'mật khẩu mới 123'))).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect(snapshot(dataDirectory)).toEqual(before);
  });

  it('accepts the recovery key as people type it and sets a new password', async () => {
    const { fresh, recoveryKey } = await lockedVault();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const vault = fresh();
    await expect(vault.keyring.signInWithRecoveryKey(typed, 'quantri', 'mật khẩu mới 123')).resolves.toMatchObject({
      login: 'quantri',
    });
    vault.lock.lock('manual');
    expect(await errorCode(vault.keyring.signIn('quantri', adminPassword))).toBe('WRONG_PASSWORD');
    await expect(vault.keyring.signIn('quantri', 'mật khẩu mới 123')).resolves.toMatchObject({ login: 'quantri' });
  });

  it('reports a damaged or altered header as such, even with the right password', async () => {
    const { dataDirectory, fresh } = await lockedVault();
    const headerPath = vaultFiles(dataDirectory).header;
    const original = readFileSync(headerPath, 'utf8');

    writeFileSync(headerPath, original.slice(0, original.length / 2));
    expect(await errorCode(fresh().keyring.signIn('quantri', adminPassword))).toBe('HEADER_DAMAGED');

    const renamed = JSON.parse(original);
    renamed.vaultName = 'Kho giả mạo';
    writeFileSync(headerPath, JSON.stringify(renamed));
    expect(await errorCode(fresh().keyring.signIn('quantri', adminPassword))).toBe('HEADER_DAMAGED');

    writeFileSync(headerPath, original);
    await expect(fresh().keyring.signIn('quantri', adminPassword)).resolves.toMatchObject({ login: 'quantri' });
  });

  it('says the database is damaged when the password is right but the file is not readable', async () => {
    const { dataDirectory, fresh } = await lockedVault();
    const databasePath = vaultFiles(dataDirectory).database;
    const original = readFileSync(databasePath);

    const flipped = Buffer.from(original);
    for (let offset = 0; offset < 64; offset += 1) flipped[offset] = flipped[offset]! ^ 0xff;
    writeFileSync(databasePath, flipped);
    const before = snapshot(dataDirectory);
    expect(await errorCode(fresh().keyring.signIn('quantri', adminPassword))).toBe('VAULT_DAMAGED');
    expect(snapshot(dataDirectory)).toEqual(before);

    writeFileSync(databasePath, original);
    truncateSync(databasePath, 100);
    expect(await errorCode(fresh().keyring.signIn('quantri', adminPassword))).toBe('VAULT_DAMAGED');
  });

  it('refuses a vault written by a newer version, untouched', async () => {
    const { dataDirectory, fresh, recoveryKey } = await lockedVault();
    const raw = rawConnection(dataDirectory, vaultKeyFromRecovery(dataDirectory, recoveryKey));
    raw.pragma('user_version=99');
    raw.close();
    const before = snapshot(dataDirectory);
    expect(await errorCode(fresh().keyring.signIn('quantri', adminPassword))).toBe('VAULT_TOO_NEW');
    expect(snapshot(dataDirectory)).toEqual(before);
  });

  it('lets only one process (connection) open the vault at a time', async () => {
    const { fresh } = await lockedVault();
    const first = fresh();
    await first.keyring.signIn('quantri', adminPassword);
    expect(await errorCode(fresh().keyring.signIn('quantri', adminPassword))).toBe('VAULT_IN_USE');
    first.lock.lock('manual');
  });

  it('backs off exponentially after 5 failures, and a restart does not reset the count', async () => {
    const { fresh } = await lockedVault();
    let clock = Date.parse('2026-05-17T08:00:00Z');
    const at = () =>
      new Vault({
        dataDirectory: fresh().files.database.replace(/\/vault\.db$/, ''),
        scryptCost: fastScrypt,
        now: () => new Date(clock),
      });
    const vault = at();
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(await errorCode(vault.keyring.signIn('quantri', 'wrong password'))).toBe('WRONG_PASSWORD');
    expect(await errorCode(vault.keyring.signIn('quantri', adminPassword))).toBe('LOCKED_OUT');
    expect(await errorCode(at().keyring.signIn('quantri', adminPassword))).toBe('LOCKED_OUT');
    clock += 31_000;
    expect(await errorCode(at().keyring.signIn('quantri', 'wrong again'))).toBe('WRONG_PASSWORD');
    clock += 31_000;
    expect(await errorCode(at().keyring.signIn('quantri', adminPassword))).toBe('LOCKED_OUT');
    clock += 30_000;
    const restarted = at();
    await expect(restarted.keyring.signIn('quantri', adminPassword)).resolves.toMatchObject({ login: 'quantri' });
    restarted.lock.lock('manual');
  });
});

it('formats recovery keys in groups of four with check characters', () => {
  const text = formatRecoveryKey(Buffer.alloc(32, 0));
  expect(text).toBe('0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-' + text.slice(-4));
});
