import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fail, Failure } from '../../../shared/errors';
import { insertUser } from '../../../main/vault/userRecords';
import { createTestVault } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('the vault store', () => {
  const temp = useTempDirectories();

  it('rolls back a write whose work returns a failure: nothing changed, nothing audited', async () => {
    const { vault, admin } = await createTestVault(temp());
    const count = (table: string) =>
      vault.store.read((db) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    const users = count('users');
    const entries = count('audit_log');
    const counter = {
      id: randomUUID(),
      login: 'lan',
      fullName: 'Nguyễn Thị Lan',
      role: 'counter' as const,
      createdAt: '2026-01-01',
    };

    const refused = vault.store.write(admin, 'user.added', { login: 'lan' }, (db) => {
      insertUser(db, counter);
      return fail('LOGIN_TAKEN', { login: 'lan' });
    });
    expect(refused).toBeInstanceOf(Failure);
    expect(count('users')).toBe(users);
    expect(count('audit_log')).toBe(entries);

    vault.store.write(admin, 'user.added', { login: 'lan' }, (db) => insertUser(db, counter));
    expect(count('users')).toBe(users + 1);
    expect(count('audit_log')).toBe(entries + 1);
    vault.lock.lock('manual');
  });
});
