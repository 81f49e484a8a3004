import { expect, test, testVault } from './fixtures/browserShell';
import { tabTo, typeAndTab, watch } from './helpers';

const { admin } = testVault;

test('first run → vault → recovery key → sign out → wrong password refused → sign in → idle lock → unlock', async ({
  page,
  shell,
}) => {
  test.setTimeout(90_000);
  const seen = watch(page);
  await page.goto(shell.launchUrl);

  // Step 1: the vault's name (the field has focus).
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập lần đầu' })).toBeVisible();
  await expect(page.getByLabel('Tên kho dữ liệu')).toBeFocused();
  await page.keyboard.type(testVault.name);
  await page.keyboard.press('Enter');

  // Step 2: the first administrator, typed field by field.
  await expect(page.getByRole('heading', { level: 2, name: 'Người quản trị đầu tiên' })).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
  await typeAndTab(page, admin.fullName);
  await typeAndTab(page, admin.login);
  await typeAndTab(page, admin.password);
  await page.keyboard.type('mật khẩu khác');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Hai lần nhập mật khẩu không khớp.')).toBeVisible();
  await page.getByLabel('Nhập lại mật khẩu').fill('');
  await page.keyboard.type(admin.password);
  await page.keyboard.press('Enter');

  // Step 3: the recovery key, shown once; the last group typed back proves it was copied.
  await expect(page.getByRole('heading', { level: 1, name: 'Khóa khôi phục' })).toBeVisible({ timeout: 15_000 });
  const recoveryKey = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, '-');
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  const finish = page.getByRole('button', { name: 'Hoàn tất, vào ứng dụng' });
  await expect(finish).toBeDisabled();
  await expect(page.getByLabel('Để xác nhận đã chép, hãy gõ lại nhóm ký tự cuối cùng của khóa')).toBeFocused();
  await typeAndTab(page, recoveryKey.slice(-4));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(finish).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText(`Đang đăng nhập: ${admin.fullName} (Quản trị)`)).toBeVisible();

  // Sign out: the vault locks; the sign-in screen names the vault.
  await tabTo(page, 'Đăng xuất');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await expect(page.getByText(`Kho dữ liệu: ${testVault.name}`)).toBeVisible();

  // A wrong password is refused and says so.
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await typeAndTab(page, admin.login);
  await page.keyboard.type('không phải mật khẩu');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Sai tên đăng nhập hoặc mật khẩu.');

  // The right one opens it.
  await page.getByLabel('Mật khẩu', { exact: true }).focus();
  await page.keyboard.type(admin.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();

  // Administration → vault settings: lock after 3 idle seconds.
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Quản trị' })).toBeVisible();
  await tabTo(page, 'Cài đặt kho dữ liệu');
  await page.keyboard.press('Enter');
  const idleField = page.getByLabel('Tự khóa sau (giây) không thao tác');
  await expect(idleField).toHaveValue('600');
  await idleField.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã lưu: tự khóa sau 3 giây.')).toBeVisible();

  // Nobody touches anything: the vault locks itself and the screen says so.
  await expect(page.getByRole('heading', { level: 1, name: 'Kho dữ liệu đã khóa' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Kho dữ liệu đã tự khóa vì không có thao tác')).toBeVisible();
  await expect(page.locator('.unlock-user')).toContainText(admin.login);
  const status = await shell.call('session.status', {});
  expect(status).toMatchObject({ ok: true, value: { vaultState: 'locked', user: null, lockedBecauseIdle: true } });

  // Unlock with the password alone.
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
  await page.keyboard.type(admin.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quản trị' })).toBeVisible();

  // The audit log holds all of it, and its chain verifies.
  await shell.call('vault.setIdleLock', { seconds: 600 });
  await page.goto(`${shell.origin}/#/administration/audit`);
  await expect(page.getByRole('heading', { level: 2, name: 'Nhật ký kiểm toán' })).toBeVisible();
  await page.getByLabel('Sự kiện').selectOption({ label: 'Đăng nhập' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page.locator('tr[data-event="session.signedIn"]')).toHaveCount(2);
  // An anchor typed from paper must read as ENTRY:HASH before anything is checked.
  const anchors = page.getByLabel('Mốc ghi trên giấy (không bắt buộc)');
  await anchors.fill('12: 9f2c');
  await expect(page.getByText('Không đọc được dòng «12: 9f2c»')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' })).toBeDisabled();
  await anchors.fill('');
  await page.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
  await expect(page.getByText(/Nhật ký nguyên vẹn: \d+ mục/)).toBeVisible();

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems.filter((problem) => !problem.includes('401'))).toEqual([]);
});

test('an administrator adds a counter, who signs in and sees only what the role allows', async ({ page, shell }) => {
  await shell.createVault();
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 2, name: 'Người dùng' })).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Trần Thị Kiểm');
  await page.getByLabel('Tên đăng nhập').fill('kiemphieu1');
  await page.getByLabel('Vai trò').selectOption({ label: 'Thành viên ban kiểm phiếu' });
  await page.getByLabel('Mật khẩu ban đầu').fill('mật khẩu kiểm phiếu');
  await page.getByLabel('Nhập lại mật khẩu').fill('mật khẩu kiểm phiếu');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect(page.getByText('Đã thêm Trần Thị Kiểm.')).toBeVisible();
  await expect(page.locator('tr[data-login="kiemphieu1"]')).toContainText('Thành viên ban kiểm phiếu');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill('kiemphieu1');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('mật khẩu kiểm phiếu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Đang đăng nhập: Trần Thị Kiểm (Thành viên ban kiểm phiếu)')).toBeVisible();
  await page.keyboard.press('Alt+8');
  const sections = page.getByRole('navigation', { name: 'Các mục quản trị' });
  await expect(sections.getByRole('link')).toHaveText(['Tài khoản của tôi']);
  // The core refuses what the screen hides.
  expect(await shell.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
