import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../../../main/vault/userRecords';
import { Vault } from '../../../main/vault/vault';
import { adminPassword, createTestVault, fastScrypt, rawConnection } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('vault key rotation', () => {
  const temp = useTempDirectories();

  async function vaultWithCounter() {
    const dataDirectory = temp();
    const created = await createTestVault(dataDirectory);
    const counter = {
      id: randomUUID(),
      login: 'kiemphieu1',
      fullName: 'Trần Thị Kiểm',
      role: 'counter' as const,
      createdAt: new Date().toISOString(),
    };
    created.vault.write(created.admin, 'user.added', { userId: counter.id }, (db) => insertUser(db, counter));
    await created.vault.replaceUserSlot(counter, 'mật khẩu kiểm phiếu');
    return { dataDirectory, counter, ...created };
  }

  it('re-keys the database and rewraps every slot: everyone still signs in, the old key opens nothing', async () => {
    const { dataDirectory, vault, admin, recoveryKey } = await vaultWithCounter();
    const oldKey = Buffer.from(vault['opened']!.key);
    await vault.rotateKey(admin);
    vault.lock('manual');

    const old = rawConnection(dataDirectory, oldKey);
    expect(() => old.prepare('SELECT count(*) FROM users').get()).toThrow(/not a database/);
    old.close();

    const again = new Vault({ dataDirectory, scryptCost: fastScrypt });
    await expect(again.signIn('kiemphieu1', 'mật khẩu kiểm phiếu')).resolves.toMatchObject({ role: 'counter' });
    again.lock('manual');
    await expect(again.signIn('quantri', adminPassword)).resolves.toMatchObject({ role: 'admin' });
    expect(again.verifyAudit()).toMatchObject({ ok: true });
    expect(
      again.read((db) => db.prepare(`SELECT count(*) AS n FROM audit_log WHERE event = 'vault.keyRotated'`).get()),
    ).toEqual({ n: 1 });
    again.lock('manual');
    await expect(again.signInWithRecoveryKey(recoveryKey, 'quantri', 'mật khẩu mới 456')).resolves.toMatchObject({
      login: 'quantri',
    });
    again.lock('manual');
  });

  it.each(['after-envelopes', 'after-rekey'] as const)(
    'survives a crash %s: the next unlock opens and finishes it',
    async (point) => {
      const { dataDirectory, vault, admin } = await vaultWithCounter();
      await expect(vault.rotateKey(admin, { crashAt: point })).rejects.toThrow(/simulated crash/);
      vault['opened']!.db.close(); // the process dies: no clean lock, no anchor flush

      const reopened = new Vault({ dataDirectory, scryptCost: fastScrypt });
      await expect(reopened.signIn('kiemphieu1', 'mật khẩu kiểm phiếu')).resolves.toMatchObject({
        login: 'kiemphieu1',
      });
      expect(reopened.header().slots.every((slot) => slot.vaultKeys.length === 1)).toBe(true);
      expect(reopened.integrityCheck()).toEqual(['ok']);
      expect(reopened.verifyAudit()).toMatchObject({ ok: true });
      reopened.lock('manual');
      await expect(reopened.signIn('quantri', adminPassword)).resolves.toMatchObject({ login: 'quantri' });
      reopened.lock('manual');
    },
  );
});
