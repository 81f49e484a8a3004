import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browserShell';
import { watch, withoutPreviewRefusal } from './helpers';
import { flatten, hasPdfTools, readPdfText, unintendedFonts } from '../helpers/pdfText';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'units');
const artefacts = join(import.meta.dirname, '..', '..', 'test-results', 'prints');

test('create a campaign → import units from XLSX → hold the draw → print its minutes to PDF', async ({
  page,
  shell,
}) => {
  test.skip(!hasPdfTools, 'SKIPPED: pdftotext (poppler-utils) is not installed, so the PDF cannot be read back');
  test.setTimeout(120_000);
  const seen = watch(page);
  await shell.createVault();
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();

  // A new campaign from plan 167-KH/QU.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Đợt lấy ý kiến' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo đợt lấy ý kiến' }).click();
  await expect(page.getByLabel('Tên đợt lấy ý kiến')).toBeFocused();
  // The form takes its defaults once the unit types and templates have loaded (slow under load):
  // a submit before that finds the numbers empty.
  await expect(page.getByLabel('Đánh dấu tiêu chí khi Trung bình + Yếu kém từ (%)')).toHaveValue('20');
  await page.keyboard.type('Lấy ý kiến góp ý người đứng đầu năm 2023');
  await page.getByLabel('Số kế hoạch').fill('167-KH/QU');
  // Dates are typed day-month-year whatever the browser's locale; 27012023 once became year 12023.
  await page.getByLabel('Ngày kế hoạch').fill('27012023');
  await page.getByLabel('Cơ quan ban hành').fill('Ban Tuyên giáo Quận ủy Long Biên');
  await page.getByLabel('Địa danh').fill('Long Biên');
  await page.getByLabel('Năm').fill('2023');
  await page.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lấy ý kiến góp ý người đứng đầu năm 2023' })).toBeVisible();
  await expect(page.getByTestId('campaign-status')).toHaveText('Đang chuẩn bị');
  await expect(page.locator('.campaign-meta')).toContainText('167-KH/QU, 27/01/2023');

  // Units from the XLSX file: checked first, then imported.
  await page.getByRole('link', { name: 'Đơn vị và người được góp ý' }).click();
  await page.getByLabel('Chọn tệp cần nhập').setInputFiles(join(fixtures, 'units-good.xlsx'));
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Tệp hợp lệ: 29 đơn vị, 42 người được góp ý.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 29 đơn vị' }).click();
  await expect(page.getByText('Đã nhập 29 đơn vị, 42 người được góp ý.')).toBeVisible();
  const hoaPhuong = page.locator('tr[data-unit="Mầm non Hoa Phượng"]');
  await expect(hoaPhuong).toContainText('chưa đủ 6 tháng');
  await page.getByLabel('Tìm (không cần dấu)').fill('phuc dong');
  await expect(page.locator('tr[data-unit="THCS Phúc Đồng"]')).toBeVisible();
  await expect(page.locator('tr[data-unit="THCS Ngọc Lâm"]')).toHaveCount(0);
  await page.getByLabel('Tìm (không cần dấu)').fill('');
  mkdirSync(artefacts, { recursive: true });
  await page.screenshot({ path: join(artefacts, 'e2e-units-screen.png') });

  // A file with errors lists them and imports nothing.
  await page.getByLabel('Chọn tệp cần nhập').setInputFiles(join(fixtures, 'units-errors.csv'));
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByText('Tệp có 8 lỗi. Chưa nhập gì; hãy sửa tệp rồi kiểm tra lại.')).toBeVisible();
  await expect(page.locator('table.import-errors tbody tr')).toHaveCount(8);
  await expect(page.getByRole('button', { name: /^Nhập \d+ đơn vị$/ })).toHaveCount(0);

  // The public draw: 2 schools per level from the eligible ones.
  await page.getByRole('link', { name: 'Bốc thăm' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Bốc thăm công khai' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trường mầm non' })).toContainText(
    'Mầm non Hoa Phượng: Về đơn vị ngày 15/01/2023',
  );
  for (const level of ['Trường mầm non', 'Trường tiểu học', 'Trường THCS'])
    await page.getByLabel(`Số đơn vị cần chọn: ${level}`).fill('2');
  await page.getByLabel('Hạt giống ngẫu nhiên (nhập tại hội nghị)').fill('4 2 6 1 3 5');
  await page.getByLabel('Ngày bốc thăm').fill('24/02/2023');
  await page.getByLabel('Địa điểm').fill('Hội trường Quận ủy');
  await page.getByLabel('Người điều hành').fill('Nguyễn Thị Thu Hằng');
  await page.getByLabel('Những người chứng kiến (mỗi dòng một người)').fill('Vũ Thị Thân\nNguyễn Thế Thạch');
  await page.getByRole('button', { name: 'Bốc thăm', exact: true }).click();
  const result = page.getByTestId('draw-result');
  await expect(result).toContainText('Hạt giống: 4 2 6 1 3 5');
  await expect(result.locator('tbody tr')).toHaveCount(6);
  const drawnSchools = await result.locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(drawnSchools).not.toContain('Mầm non Hoa Phượng');

  // The minutes: previewed in the app, then saved as a PDF and read back.
  await page.getByRole('button', { name: 'Xem và in biên bản bốc thăm' }).click();
  // The preview is a sandboxed frame without scripts: its document is checked, not driven.
  const preview = page.locator('iframe.print-preview');
  await expect(preview).toBeVisible();
  // One document at a time, in a modal the width of the window.
  const previewDialog = page.getByRole('dialog', { name: /Biên bản bốc thăm/ });
  await expect(previewDialog).toBeVisible();
  const width = await preview.evaluate((frame) => frame.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(page.viewportSize()!.width * 0.9);
  expect(await preview.getAttribute('sandbox')).toBe('');
  expect(await preview.getAttribute('srcdoc')).toContain('BIÊN BẢN BỐC THĂM');
  mkdirSync(artefacts, { recursive: true });
  await page.screenshot({ path: join(artefacts, 'e2e-draw-screen.png'), fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản PDF (A4)' }).click();
  const pdfPath = join(artefacts, 'e2e-bien-ban-boc-tham.pdf');
  await (await download).saveAs(pdfPath);
  await page.keyboard.press('Escape');
  await expect(previewDialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Xem và in biên bản bốc thăm' })).toBeFocused();
  // Every glyph from Liberation Serif/Mono, embedded: a retyped seed must be legible.
  expect(unintendedFonts(pdfPath)).toEqual([]);
  const text = flatten(readPdfText(pdfPath));
  for (const words of [
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'BIÊN BẢN BỐC THĂM',
    'Long Biên, ngày 24 tháng 02 năm 2023',
    '4 2 6 1 3 5',
    '167-KH/QU',
    ...drawnSchools,
  ]) {
    expect(text).toContain(words);
  }

  // Ballots: the 28 ward heads and the 6 drawn school heads.
  await page.getByRole('link', { name: 'Danh sách phiếu' }).click();
  await page.getByRole('button', { name: 'Lập danh sách phiếu' }).click();
  await expect(page.getByText('34 phiếu')).toBeVisible();

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin || url.startsWith('blob:'))).toBe(true);
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});

test('the new campaign form says so when its lists fail to load, submits nothing, and loads them again', async ({
  page,
  shell,
}) => {
  await shell.createVault();
  // The first answer to the forms' list is a refusal, as the core would send it; later ones are real.
  let refused = 0;
  await page.route('**/api/templates.list', async (route) => {
    if (refused > 0) return route.continue();
    refused += 1;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'INTERNAL', message: { vi: 'Lỗi thử nghiệm.', en: 'A test failure.' } },
      }),
    });
  });
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Tạo đợt lấy ý kiến' }).click();

  const failed = page.getByTestId('campaign-lists-failed');
  await expect(failed).toContainText('Chưa tải được danh sách loại đơn vị và mẫu phiếu');
  await expect(failed.getByRole('alert')).toContainText('Lỗi thử nghiệm.');
  await expect(page.getByRole('button', { name: 'Tạo', exact: true })).toBeDisabled();
  expect(refused).toBe(1);

  await failed.getByRole('button', { name: 'Tải lại danh sách' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByLabel('Đánh dấu tiêu chí khi Trung bình + Yếu kém từ (%)')).toHaveValue('20');
  await expect(page.getByRole('button', { name: 'Tạo', exact: true })).toBeEnabled();
});
