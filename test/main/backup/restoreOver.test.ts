import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/createCore';
import { signedContest } from '../../helpers/testBackup';
import { clientOf } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword, fastScrypt } from '../../helpers/testVault';

describe('restoring over the working vault, and the calls that take a path on this machine', () => {
  const temp = useTempDirectories();

  it('answer only the command line: a page gets SHELL_NOT_ALLOWED before anything is read', async () => {
    const { core } = await signedContest(temp());
    const page = clientOf(core, core.openSession('browser'));
    await page.ok('session.signIn', { login: 'quantri', password: adminPassword });
    const key = { passphrase: 'một cụm mật khẩu đủ dài' };
    const somewhere = join(temp(), 'x.age');
    expect(await page.code('backup.verifyFile', { path: somewhere, key })).toBe('SHELL_NOT_ALLOWED');
    expect(await page.code('backup.restoreFile', { path: somewhere, key, target: temp() })).toBe('SHELL_NOT_ALLOWED');
    expect(await page.code('backup.restoreOver', { path: somewhere, key, vaultName: 'x' })).toBe('SHELL_NOT_ALLOWED');
    const refused = await page.call('backup.verifyFile', { path: somewhere, key });
    expect(!refused.ok && refused.error.message.vi).toBe('Chức năng này chỉ dùng được từ: Dòng lệnh.');
    core.shutdown();
  });

  it('needs the vault name typed back, backs the vault up beside the data folder, then replaces it', async () => {
    const dataDirectory = join(temp(), 'du-lieu');
    const { core, admin } = await signedContest(dataDirectory);
    const folder = temp();
    await admin.ok('backup.configure', { folder, keep: 3 });
    const { identity } = await admin.ok('backup.generateKey', { label: 'Văn thư lưu trữ' });
    const made = await admin.ok('backup.export', { to: 'recipients' });
    const path = join(folder, made.fileName);
    const key = { identity };
    // A change after the backup: the restore must take it away.
    await admin.ok('users.add', {
      login: 'sau-sao-luu',
      fullName: 'Người Thêm Sau',
      role: 'counter',
      password: 'mật khẩu sau 1',
    });

    expect(await admin.code('backup.restoreOver', { path, key, vaultName: 'Kho khác' })).toBe('INVALID_INPUT');
    expect((await admin.ok('users.list', {})).map((user) => user.login)).toContain('sau-sao-luu');

    const restored = await admin.ok('backup.restoreOver', { path, key, vaultName: made.vaultName });
    expect(restored.safetyBackup).not.toBeNull();
    expect(dirname(restored.safetyBackup!)).toBe(dirname(dataDirectory));
    expect(existsSync(restored.safetyBackup!)).toBe(true);
    expect(readdirSync(dirname(dataDirectory)).filter((name) => name.endsWith('-truoc-khoi-phuc.age'))).toHaveLength(1);
    // The working vault was locked before its files were replaced: everyone is signed out.
    expect((await admin.ok('session.status', {})).vaultState).toBe('locked');
    core.shutdown();

    const reopened = createCore({ shell: 'cli', dataDirectory, scryptCost: fastScrypt });
    const again = clientOf(reopened);
    await again.ok('session.signIn', { login: 'quantri', password: adminPassword });
    expect((await again.ok('users.list', {})).map((user) => user.login)).not.toContain('sau-sao-luu');
    expect((await again.ok('vault.check', {})).integrity).toEqual(['ok']);
    reopened.shutdown();
  }, 60_000);
});
