import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/browserShell';
import { keyedTwice, ok, signInAs } from './fixtures/schoolContest';
import { expectAccessible, watch } from './helpers';

/** Four paper ballots: 15 marks, then the prestige. */
const paper = ['1234123412341231', '2233223322332232', '1111111111111111', '4444333322221113'];
/** Keyer 1 read row 6 of ballot 2 as 1 (the paper has 2). */
const keyerOne = [paper[0]!, '2233213322332232', paper[2]!, paper[3]!];

test('the head reads the keyer statistics per session, per day and for the campaign, and saves them, by keyboard', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  // Setup through the API: a batch keyed twice, one difference the head settles for keyer 2.
  const { campaign, batch } = await keyedTwice(shell, keyerOne, paper);
  await signInAs(shell, 'truongban');
  const { differences } = await ok<{ differences: Array<{ id: string }> }>(shell, 'counting.differences', {
    batchId: batch.id,
  });
  await ok(shell, 'counting.resolveDifference', {
    batchId: batch.id,
    differenceId: differences[0]!.id,
    choice: 'pass2',
  });

  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}`);
  const stats = page.getByRole('region', { name: 'Thống kê người nhập' });
  const rows = stats.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  // Per session: 4 ballots of 32 fields each; keyer 1's one error in 128 fields.
  await expect(stats.getByRole('columnheader', { name: 'Phiên (bắt đầu lúc)' })).toBeVisible();
  await expect(rows.nth(0).locator('[data-column="user"]')).toHaveText('kiemphieu1');
  await expect(rows.nth(0).locator('[data-column="fields"]')).toHaveText('128');
  await expect(rows.nth(0).locator('[data-column="resolutions"]')).toHaveText('1 (7,813)');
  await expect(rows.nth(0).locator('[data-column="total"]')).toHaveText('1 (7,813)');
  await expect(rows.nth(1).locator('[data-column="total"]')).toHaveText('0 (0)');
  await expectAccessible(page, 'keyer statistics');

  // The grouping moves with the arrow keys.
  const bySession = stats.getByRole('radio', { name: 'Phiên làm việc' });
  await expect(bySession).toBeChecked();
  await bySession.focus();
  await page.keyboard.press('ArrowDown');
  await expect(stats.getByRole('radio', { name: 'Ngày' })).toBeChecked();
  await expect(stats.getByRole('columnheader', { name: 'Ngày', exact: true })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(stats.getByRole('radio', { name: 'Cả đợt' })).toBeChecked();
  await expect(stats.getByRole('columnheader', { name: 'Ngày', exact: true })).toHaveCount(0);
  await expect(rows.nth(0).locator('[data-column="resolutions"]')).toHaveText('1 (7,813)');

  // Tab reaches the buttons; the workbook holds the rows shown, grouped as chosen.
  await page.keyboard.press('Tab');
  await expect(stats.getByRole('button', { name: /^Lưu CSV/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(stats.getByRole('button', { name: /^Lưu Excel \(XLSX\)/ })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/-thong-ke-nguoi-nhap-ca-dot-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await saved.path()) as unknown as ArrayBuffer);
  const sheet: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1)));
  expect(sheet.map((row) => [row[0], row[3], row[4], row[5]])).toEqual([
    [
      'Người nhập',
      'Số ô đã đối chiếu',
      'Lỗi khi xử lý chỗ khác nhau — số lỗi',
      'Lỗi khi xử lý chỗ khác nhau — trên 1.000 ô',
    ],
    ['kiemphieu1', 128, 1, 7.813],
    ['kiemphieu2', 128, 0, 0],
  ]);

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});
