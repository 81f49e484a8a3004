import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserShell';

/** Everything the page asks for, and everything it complains about (CSP violations show up here). */
function watch(page: Page) {
  const requests: string[] = [];
  const problems: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { requests, problems };
}

/** Moves focus with Tab until the element with this accessible text is focused. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`"${text}" cannot be reached with Tab`);
}

test('opens in Vietnamese, shows app.info, switches to English by keyboard and remembers it', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  await page.goto(shell.launchUrl);

  // Vietnamese first, with its diacritics.
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveTitle('Kiểm phiếu');
  const navigation = page.getByRole('navigation', { name: 'Các khu vực' });
  for (const area of ['Tổng quan', 'Đợt lấy ý kiến', 'Kiểm phiếu', 'Kết quả', 'Lưu trữ', 'Quản trị']) {
    await expect(navigation.getByRole('link', { name: area })).toBeVisible();
  }
  // The token has been swapped for a cookie and is gone from the address bar.
  expect(page.url()).toBe(`${shell.origin}/`);

  // app.info, from the real core.
  await expect(page.locator('[data-field="data-directory"] dd')).toHaveText(shell.dataDirectory);
  await expect(page.locator('[data-field="shell"] dd')).toHaveText('Trình duyệt hệ thống');
  await expect(page.locator('[data-field="vault-state"] dd')).toHaveText('Chưa tạo kho dữ liệu');
  await expect(page.locator('[data-field="version"] dd')).toContainText('Kiểm phiếu 0.');

  // The skip link comes first, then the language switch; English by keyboard alone.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
  await tabTo(page, 'English');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-field="vault-state"] dd')).toHaveText('No vault yet');

  // Remembered by the core: a reload, and a fresh start of the app, open in English.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const restarted = await shell.restart();
  await page.goto(restarted.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // Nothing but the app's own origin was ever asked for, and the CSP was never violated.
  const origins = new Set([shell.origin, restarted.origin]);
  expect(seen.requests.length).toBeGreaterThan(0);
  expect(seen.requests.filter((url) => !origins.has(new URL(url).origin))).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('every area is reachable by keyboard: Alt+number and the navigation links', async ({ page, shell }) => {
  const seen = watch(page);
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();

  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm phiếu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kiểm phiếu' })).toHaveAttribute('aria-current', 'page');
  // Focus moves to the main region so the next Tab starts in the area itself.
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, '6Quản trị');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quản trị' })).toBeVisible();
  await expect(page.getByText('Người dùng, vai trò, nhật ký kiểm toán.')).toBeVisible();

  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});

test('a page that is not the app cannot use the core', async ({ page, shell }) => {
  // Without the launch address, no cookie: the shell answers 401 and shows nothing of the app.
  const response = await page.goto(`${shell.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toHaveCount(0);
});
