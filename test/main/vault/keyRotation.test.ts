import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../../../main/vault/userRecords';
import { Vault, type VaultOptions } from '../../../main/vault/vault';
import { adminPassword, createTestVault, fastScrypt, rawConnection } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('vault key rotation', () => {
  const temp = useTempDirectories();

  async function vaultWithCounter(options: Partial<VaultOptions> = {}) {
    const dataDirectory = temp();
    const created = await createTestVault(dataDirectory, options);
    const counter = {
      id: randomUUID(),
      login: 'kiemphieu1',
      fullName: 'Trần Thị Kiểm',
      role: 'counter' as const,
      createdAt: new Date().toISOString(),
    };
    created.vault.store.write(created.admin, 'user.added', { userId: counter.id }, (db) => insertUser(db, counter));
    await created.vault.keyring.replaceUserSlot(counter, 'mật khẩu kiểm phiếu');
    return { dataDirectory, counter, ...created };
  }

  it('re-keys the database and rewraps every slot: everyone still signs in, the old key opens nothing', async () => {
    const { dataDirectory, vault, admin, recoveryKey } = await vaultWithCounter();
    const oldKey = Buffer.from(vault['handle'].opened!.key);
    await vault.keyring.rotateKey(admin);
    vault.lock.lock('manual');

    const old = rawConnection(dataDirectory, oldKey);
    expect(() => old.prepare('SELECT count(*) FROM users').get()).toThrow(/not a database/);
    old.close();

    const again = new Vault({ dataDirectory, scryptCost: fastScrypt });
    await expect(again.keyring.signIn('kiemphieu1', 'mật khẩu kiểm phiếu')).resolves.toMatchObject({ role: 'counter' });
    again.lock.lock('manual');
    await expect(again.keyring.signIn('quantri', adminPassword)).resolves.toMatchObject({ role: 'admin' });
    expect(again.maintenance.verifyAudit()).toMatchObject({ ok: true });
    expect(
      again.store.read((db) =>
        db.prepare(`SELECT count(*) AS n FROM audit_log WHERE event = 'vault.keyRotated'`).get(),
      ),
    ).toEqual({ n: 1 });
    again.lock.lock('manual');
    await expect(
      again.keyring.signInWithRecoveryKey(recoveryKey, 'quantri', 'mật khẩu mới 456'),
    ).resolves.toMatchObject({
      login: 'quantri',
    });
    again.lock.lock('manual');
  });

  it.each(['after-envelopes', 'after-rekey'] as const)(
    'survives a crash %s: the next unlock opens and finishes it',
    async (point) => {
      const { dataDirectory, vault, admin } = await vaultWithCounter({
        faultPoint: (step) => {
          if (step === point) throw new Error(`simulated crash ${step}`);
        },
      });
      await expect(vault.keyring.rotateKey(admin)).rejects.toThrow(/simulated crash/);
      vault['handle'].opened!.db.close(); // the process dies: no clean lock, no anchor flush

      const reopened = new Vault({ dataDirectory, scryptCost: fastScrypt });
      await expect(reopened.keyring.signIn('kiemphieu1', 'mật khẩu kiểm phiếu')).resolves.toMatchObject({
        login: 'kiemphieu1',
      });
      expect(reopened.maintenance.header().slots.every((slot) => slot.vaultKeys.length === 1)).toBe(true);
      expect(reopened.maintenance.integrityCheck()).toEqual(['ok']);
      expect(reopened.maintenance.verifyAudit()).toMatchObject({ ok: true });
      reopened.lock.lock('manual');
      await expect(reopened.keyring.signIn('quantri', adminPassword)).resolves.toMatchObject({ login: 'quantri' });
      reopened.lock.lock('manual');
    },
  );
});
