import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientOf, coreWithVault } from '../../helpers/testCore';
import { adminPassword } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('users and sessions through the contract', () => {
  const temp = useTempDirectories();
  afterEach(() => vi.useRealTimers());

  it('an admin adds, lists, resets and removes users; each change is audited', async () => {
    const { core, admin } = await coreWithVault(temp());
    const lan = await admin.ok('users.add', {
      login: 'Lan.Nguyen',
      fullName: 'Nguyễn Thị Lan',
      role: 'counter',
      password: 'mật khẩu của Lan',
    });
    expect(lan.login).toBe('lan.nguyen');
    await admin.ok('users.add', { login: 'an', fullName: 'Đỗ Văn An', role: 'head', password: 'mật khẩu của An' });
    expect((await admin.ok('users.list', {})).map((user) => user.fullName)).toEqual([
      'Đỗ Văn An',
      'Nguyễn Thị Lan',
      'Nguyễn Văn Quản',
    ]);
    expect(
      await admin.code('users.add', { login: 'lan.nguyen', fullName: 'Khác', role: 'counter', password: '12345678' }),
    ).toBe('LOGIN_TAKEN');

    const lanClient = clientOf(core);
    await lanClient.ok('session.signIn', { login: 'lan.nguyen', password: 'mật khẩu của Lan' });
    await admin.ok('users.resetPassword', { userId: lan.id, password: 'mật khẩu mới của Lan' });
    await admin.ok('users.remove', { userId: lan.id });
    expect(lanClient.session.user).toBeNull(); // signed out at once
    expect(await clientOf(core).code('session.signIn', { login: 'lan.nguyen', password: 'mật khẩu mới của Lan' })).toBe(
      'WRONG_PASSWORD',
    );

    const audit = await admin.ok('audit.list', {});
    expect(audit.entries.map((entry) => entry.event).slice(0, 5)).toEqual([
      'user.removed',
      'user.passwordReset',
      'session.signedIn',
      'user.added',
      'user.added',
    ]);
    expect(await admin.ok('audit.verify', {})).toMatchObject({ ok: true });
    expect((await admin.ok('audit.list', { event: 'user.added', limit: 1 })).total).toBe(3);
    core.shutdown();
  });

  it('keeps at least one admin and refuses removing oneself', async () => {
    const { core, admin } = await coreWithVault(temp());
    expect(await admin.code('users.remove', { userId: admin.session.user!.id })).toBe('CANNOT_REMOVE_SELF');
    const second = await admin.ok('users.add', {
      login: 'phoquantri',
      fullName: 'Phó Quản Trị',
      role: 'admin',
      password: 'mật khẩu phó',
    });
    const secondClient = clientOf(core);
    await secondClient.ok('session.signIn', { login: 'phoquantri', password: 'mật khẩu phó' });
    await secondClient.ok('users.remove', { userId: admin.session.user!.id });
    expect(await secondClient.code('users.remove', { userId: second.id })).toBe('CANNOT_REMOVE_SELF');
    core.shutdown();
  });

  it('changes one’s own password only with the current one', async () => {
    const { core, admin } = await coreWithVault(temp());
    expect(
      await admin.code('users.changeOwnPassword', { currentPassword: 'sai mật khẩu', newPassword: 'mật khẩu mới 789' }),
    ).toBe('WRONG_PASSWORD');
    await admin.ok('users.changeOwnPassword', { currentPassword: adminPassword, newPassword: 'mật khẩu mới 789' });
    await admin.ok('session.signOut', {});
    expect(core.vault.lock.state()).toBe('locked');
    expect(await admin.code('session.signIn', { login: 'quantri', password: adminPassword })).toBe('WRONG_PASSWORD');
    await admin.ok('session.signIn', { login: 'quantri', password: 'mật khẩu mới 789' });
    core.shutdown();
  });

  it('signing out locks the vault when nobody else is signed in', async () => {
    const { core, admin } = await coreWithVault(temp());
    await admin.ok('users.add', {
      login: 'kiemphieu',
      fullName: 'Kiểm Phiếu',
      role: 'counter',
      password: 'mật khẩu kiểm',
    });
    const counter = clientOf(core);
    await counter.ok('session.signIn', { login: 'kiemphieu', password: 'mật khẩu kiểm' });
    await admin.ok('session.signOut', {});
    expect(core.vault.lock.state()).toBe('unlocked');
    await counter.ok('session.signOut', {});
    expect(core.vault.lock.state()).toBe('locked');
    expect(await counter.code('users.changeOwnPassword', { currentPassword: 'x', newPassword: 'yyyyyyyy' })).toBe(
      'NOT_SIGNED_IN',
    );
    core.shutdown();
  });

  it('locks itself after the configured idle time, wiping the key and signing everyone out', async () => {
    const { core, admin } = await coreWithVault(temp());
    await admin.ok('vault.setIdleLock', { seconds: 5 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await admin.ok('vault.settings', {}); // activity restarts the timer under the fake clock
    vi.advanceTimersByTime(4_000);
    await admin.ok('users.list', {}); // activity postpones the lock
    vi.advanceTimersByTime(4_000);
    expect(core.vault.lock.state()).toBe('unlocked');
    const status = clientOf(core);
    await status.ok('session.status', {}); // a status poll is not activity
    vi.advanceTimersByTime(1_100);
    expect(core.vault.lock.state()).toBe('locked');
    expect(admin.session.user).toBeNull();
    expect(await admin.ok('session.status', {})).toMatchObject({
      vaultState: 'locked',
      lockedBecauseIdle: true,
      lastLogin: 'quantri',
      user: null,
    });
    vi.useRealTimers();
    await admin.ok('session.signIn', { login: 'quantri', password: adminPassword });
    expect(await admin.ok('session.status', {})).toMatchObject({ vaultState: 'unlocked', lockedBecauseIdle: false });
    core.shutdown();
  });
});
