import { expect, test } from './fixtures/browserShell';
import { tabTo, watch } from './helpers';

test('opens in Vietnamese, switches to English by keyboard, remembers it, and shows app.info', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  await page.goto(shell.launchUrl);

  // A fresh machine: the first-run wizard, in Vietnamese with its diacritics.
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập lần đầu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveTitle('Kiểm phiếu');

  // English by keyboard alone.
  await tabTo(page, 'English');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'First-time setup' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  // Remembered by the core: a reload and a fresh start of the app open in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'First-time setup' })).toBeVisible();
  // The app stops, and its window with it: left open on the stopped shell, the page's next poll
  // (the air-gap check, every 5 s) was refused and logged as an error while the app restarted.
  await page.goto('about:blank');
  const restarted = await shell.restart();
  await restarted.createVault();
  await page.goto(restarted.launchUrl);

  // app.info from the real core, on the overview.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('[data-field="data-directory"] dd')).toHaveText(shell.dataDirectory);
  await expect(page.locator('[data-field="shell"] dd')).toHaveText('System browser');
  await expect(page.locator('[data-field="vault-state"] dd')).toHaveText('Unlocked');
  await expect(page.locator('[data-field="version"] dd')).toContainText('Kiểm phiếu 0.');

  await tabTo(page, 'Tiếng Việt');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.locator('[data-field="vault-state"] dd')).toHaveText('Đang mở');

  // Nothing but the app's own origin was ever asked for, and the CSP was never violated.
  const origins = new Set([shell.origin, restarted.origin]);
  expect(seen.requests.length).toBeGreaterThan(0);
  expect(seen.requests.filter((url) => url !== 'about:blank' && !origins.has(new URL(url).origin))).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('every area is reachable by keyboard: Alt+number and the navigation links', async ({ page, shell }) => {
  const seen = watch(page);
  await shell.createVault();
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  const navigation = page.getByRole('navigation', { name: 'Các khu vực' });
  for (const area of [
    'Tổng quan',
    'Đợt lấy ý kiến',
    'Kiểm phiếu',
    'Kết quả',
    'Xếp loại',
    'Kế hoạch',
    'Lưu trữ',
    'Quản trị',
  ]) {
    await expect(navigation.getByRole('link', { name: area })).toBeVisible();
  }

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();

  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm phiếu' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Kiểm phiếu' })).toHaveAttribute('aria-current', 'page');
  // Focus moves to the main region so the next Tab starts in the area itself.
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, '8Quản trị');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quản trị' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Người dùng' })).toBeVisible();

  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Đánh giá, xếp loại chất lượng' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Xếp loại' })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi thực hiện kế hoạch' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Kế hoạch' })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});

test('the launch ticket opens the window once: another user who read it from `ps` gets 401', async ({
  page,
  browser,
  unopenedShell: shell,
}) => {
  // Without the ticket, no cookie: the shell answers 401 and shows nothing of the app.
  const before = await page.goto(`${shell.origin}/`);
  expect(before?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toHaveCount(0);

  // The window's first load: the ticket becomes the session cookie and leaves the address bar.
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập lần đầu' })).toBeVisible();
  expect(page.url()).toBe(`${shell.origin}/`);
  const cookies = await page.context().cookies(shell.origin);
  expect(cookies).toHaveLength(1);
  // HttpOnly (no script reads it), SameSite=Strict (no other site sends it), a session cookie (no
  // expiry: it ends with the browser's profile), and not the ticket that a command line showed.
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', expires: -1 });
  expect(cookies[0]!.value).not.toBe(new URL(shell.launchUrl).searchParams.get('ticket'));
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // The same address in another user's browser: refused, with the typed error.
  const elsewhere = await browser.newContext();
  try {
    const stolen = await (await elsewhere.newPage()).goto(shell.launchUrl);
    expect(stolen?.status()).toBe(401);
    expect(await stolen?.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  } finally {
    await elsewhere.close();
  }
  // The window keeps its session.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập lần đầu' })).toBeVisible();
});
