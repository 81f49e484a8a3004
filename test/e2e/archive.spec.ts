import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/browserShell';
import { watch } from './helpers';

test('the archive by keyboard: folder, an archive key shown once, a backup, verified with the key', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  const seen = watch(page);
  const folder = mkdtempSync(join(tmpdir(), 'kiem-phieu-usb-'));
  try {
    await shell.createVault();
    await page.goto(shell.launchUrl);
    await page.goto(`${shell.origin}/#/archive`);
    await expect(page.getByTestId('backup-warning')).toContainText('Chưa chọn thư mục sao lưu.');

    await page.getByLabel('Thư mục (đường dẫn đầy đủ)').focus();
    await page.keyboard.type(folder);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Đã lưu.')).toBeVisible();
    await expect(page.getByTestId('backup-warning')).toContainText('Chưa có khóa lưu trữ');

    await page.getByLabel('Tên gọi (ví dụ: người giữ khóa)').first().focus();
    await page.keyboard.type('Văn thư lưu trữ');
    await page.keyboard.press('Enter');
    const secret = page.locator('pre.age-identity');
    await expect(secret).toContainText('AGE-SECRET-KEY-1');
    const identity = (await secret.textContent())!.trim();
    await page.getByRole('button', { name: 'Tôi đã cất giữ khóa bí mật' }).press('Enter');
    await expect(secret).toHaveCount(0);
    await expect(page.getByTestId('backup-warning')).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'Mã QR của khóa công khai «Văn thư lưu trữ»' })).toBeVisible();

    await page.getByRole('button', { name: 'Sao lưu', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('backup-summary')).toContainText('Đã sao lưu:');
    const [file] = readdirSync(folder);
    expect(file).toMatch(/^kiem-phieu-\d{8}-\d{6}\.age$/);

    await page
      .getByRole('row', { name: new RegExp(file!) })
      .getByRole('button', { name: /Chọn/ })
      .press('Enter');
    await page.getByRole('radio', { name: 'Khóa lưu trữ', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Khóa bí mật (AGE-SECRET-KEY-1…)').fill(identity);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).press('Enter');
    await expect(page.getByText('Bản sao lưu nguyên vẹn:')).toBeVisible();

    expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
    expect(seen.problems).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
