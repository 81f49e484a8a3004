import { expect, test, testVault, type RunningShell } from './fixtures/browserShell';
import { expectAccessible, watch } from './helpers';

/**
 * The shell again on the same data folder, on a machine that looks online: the air-gap check
 * simulated (KIEM_PHIEU_AIR_GAP=online) for this start only — the other tests' shells see an
 * air-gapped one (playwright.config.ts).
 */
async function onlineAgain(shell: RunningShell): Promise<RunningShell> {
  const before = process.env.KIEM_PHIEU_AIR_GAP;
  process.env.KIEM_PHIEU_AIR_GAP = 'online';
  try {
    return await shell.restart();
  } finally {
    process.env.KIEM_PHIEU_AIR_GAP = before;
  }
}

test('a red banner says the machine could reach outside, what was seen and since when, before and after sign-in', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  await shell.createVault();
  const online = await onlineAgain(shell);
  await page.goto(online.launchUrl);

  // Before anyone signs in: the sign-in screen has it.
  const banner = page.getByRole('alert').filter({ hasText: 'không còn cách ly mạng' });
  await expect(banner).toContainText('Máy tính này có thể kết nối ra ngoài');
  await expect(banner).toContainText('Thấy: giao diện mạng đang bật eth9 203.0.113.9/24. Từ ');
  await expect(banner).toContainText('giả lập (KIEM_PHIEU_AIR_GAP)');
  await expectAccessible(page, 'the sign-in screen with the air-gap banner');

  // Signed in: every area of the app has it, above the frame.
  await page.getByLabel('Tên đăng nhập').fill(testVault.admin.login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(testVault.admin.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(banner).toBeVisible();
  await page.goto(`${online.origin}/#/counting`);
  await expect(banner).toContainText('rút cáp mạng, tắt Wi-Fi');
  await expectAccessible(page, 'the app frame with the air-gap banner');

  // The audit has the change once, with what was seen.
  const entries = await online.call('audit.list', { event: 'airGap.online' });
  expect((entries.value as { total: number }).total).toBe(1);
  expect(seen.problems).toEqual([]);
});
