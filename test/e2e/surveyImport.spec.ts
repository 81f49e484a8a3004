import { formatCsv } from '../../main/tabular/csv';
import { builtInTemplates } from '../../shared/templates/builtInTemplates';
import { googleFormsCsv, googleFormsRows, xlsxOf } from '../helpers/testSurvey';
import type { Page } from '@playwright/test';
import { expect, test, type RunningShell } from './fixtures/browserShell';
import { ok, openSchoolContest } from './fixtures/schoolContest';
import { expectAccessible, watch } from './helpers';

/** The school form's 15 criterion rows, as the mapping labels them. */
const criteria = builtInTemplates
  .find((template) => template.code === 'school-head-ethics')!
  .content.criteria.map((criterion) => criterion.text);

const prestigeColumn = 'Đánh giá mức độ uy tín của cá nhân lãnh đạo';
const xlsxName = 'Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The head at the unit's desk, the survey import opened. */
async function openSurveyImport(page: Page, shell: RunningShell, campaignId: string, unitId: string) {
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaignId}/unit/${unitId}`);
  const panel = page.getByTestId('survey-import').first();
  await panel.getByText('Nhập phiếu từ tệp của công cụ khảo sát (CSV, XLSX)').click();
  return panel;
}

test('a 10-row Google Forms XLSX: the proposed mapping as it stands previews clean, imports into a batch that names its source', async ({
  page,
  shell,
}) => {
  test.setTimeout(40_000);
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  const panel = await openSurveyImport(page, shell, campaign.id, contest.unitId);

  await panel.getByLabel('Tệp kết quả khảo sát (CSV hoặc XLSX)').setInputFiles({
    name: xlsxName,
    mimeType: xlsxType,
    buffer: await xlsxOf(googleFormsCsv),
  });
  await expect(panel).toContainText(`Tệp «${xlsxName}»: 10 câu trả lời, 18 cột.`);

  // The proposal: the tool, each criterion's column by its words, the prestige, the answers by level name.
  await expect(panel.getByLabel('Công cụ khảo sát', { exact: true })).toHaveValue('googleForms');
  for (const [row, criterion] of criteria.entries())
    await expect(panel.getByLabel(`Nội dung ${row + 1}: ${criterion}`, { exact: true })).toHaveValue(criterion);
  await expect(panel.getByLabel('Mức độ uy tín', { exact: true })).toHaveValue(prestigeColumn);
  await expect(panel.getByLabel('Ý kiến khác', { exact: true })).toHaveValue('Ý kiến khác');
  await expect(panel.getByLabel('Cột mã phản hồi (không bắt buộc)')).toHaveValue('');
  const answers = panel.locator('fieldset[data-list="answers"]');
  for (const [text, mark] of [
    ['Rất tốt', '1'],
    ['Tốt', '2'],
    ['Trung bình', '3'],
    ['Yếu kém', '4'],
  ] as const)
    await expect(answers.getByLabel(new RegExp(`^«${text}» \\(\\d+ lần\\)$`))).toHaveValue(mark);
  await expect(answers.getByLabel(/^«Rất tốt»/).locator('option:checked')).toHaveText('1. Rất tốt');
  const prestige = panel.locator('fieldset[data-list="prestigeAnswers"]');
  await expect(prestige.getByLabel(/^«Uy tín rất cao»/)).toHaveValue('1');
  await expect(prestige.getByLabel(/^«Uy tín rất thấp»/)).toHaveValue('4');
  await expect(panel.getByLabel('Ô không có câu trả lời được coi là để trống (không đánh dấu)')).toBeChecked();

  // Nothing imports before a clean preview; the preview itself imports nothing.
  const importButton = panel.getByRole('button', { name: 'Nhập vào lô mới' });
  await expect(importButton).toBeDisabled();
  await expectAccessible(page, 'the survey mapping');
  await panel.getByRole('button', { name: 'Xem trước' }).click();
  const preview = panel.getByTestId('survey-preview');
  await expect(preview).toHaveAttribute('data-errors', '0');
  await expect(preview).toContainText(
    'Câu trả lời: 10 · hợp lệ: 10 · để trống hoàn toàn (phiếu không hợp lệ): 0 · dòng trống bỏ qua: 0',
  );
  await expect(preview).toContainText('Không có lỗi.');
  await expect(page.locator('li[data-batch]')).toHaveCount(0);

  await importButton.click();
  // While it imports, "Đang nhập…" stands beside the preview's status: wait for the outcome itself.
  await expect(panel.getByRole('status').filter({ hasText: `Đã nhập 10 phiếu từ «${xlsxName}»` })).toHaveText(
    `Đã nhập 10 phiếu từ «${xlsxName}» vào lô 1: 10 hợp lệ, 0 để trống hoàn toàn.`,
  );
  await expect(panel.getByRole('status')).toHaveCount(1);
  const batch = page.locator('li[data-batch="1"]');
  await expect(batch).toContainText(`Nhập từ Google Biểu mẫu (Google Forms): ${xlsxName}`);
  await expect(batch).toContainText('Đã xác nhận (10 phiếu)');
  // The mapping step is gone: the next file starts over.
  await expect(panel.getByRole('button', { name: 'Xem trước' })).toHaveCount(0);

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});

test('a file with one unknown answer: the preview names its row and column, and nothing is imported', async ({
  page,
  shell,
}) => {
  test.setTimeout(40_000);
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  const panel = await openSurveyImport(page, shell, campaign.id, contest.unitId);

  const rows = googleFormsRows();
  rows[4]![5] = 'Khá'; // row 5 of the sheet, criterion 5
  await panel.getByLabel('Tệp kết quả khảo sát (CSV hoặc XLSX)').setInputFiles({
    name: 'phieu-loi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(formatCsv(rows)),
  });
  const khá = panel.locator('fieldset[data-list="answers"]').getByLabel('«Khá» (1 lần)');
  await expect(khá).toHaveValue('');
  await expect(khá.locator('option:checked')).toHaveText('— Chưa quy đổi —');

  await panel.getByRole('button', { name: 'Xem trước' }).click();
  const preview = panel.getByTestId('survey-preview');
  await expect(preview).toHaveAttribute('data-errors', '1');
  await expect(preview.getByRole('alert')).toHaveText(
    'Có 1 lỗi nên chưa nhập được phiếu nào. Sửa bảng quy đổi (hoặc tệp) rồi xem trước lại.',
  );
  const errors = preview.locator('table.import-errors tbody tr');
  await expect(errors).toHaveCount(1);
  await expect(errors.locator('td')).toHaveText(['5', criteria[4]!, 'câu trả lời «Khá» chưa có trong bảng quy đổi']);
  await expect(panel.getByRole('button', { name: 'Nhập vào lô mới' })).toBeDisabled();

  // Mapped, the answer previews clean; still nothing is stored until the head imports.
  await khá.selectOption('2');
  await expect(preview).toHaveCount(0);
  await panel.getByRole('button', { name: 'Xem trước' }).click();
  await expect(preview).toHaveAttribute('data-errors', '0');
  await expect(panel.getByRole('button', { name: 'Nhập vào lô mới' })).toBeEnabled();

  await expect(page.locator('li[data-batch]')).toHaveCount(0);
  const desk = await ok<Array<{ contests: Array<{ batches: unknown[] }> }>>(shell, 'counting.desk', {
    campaignId: campaign.id,
    unitId: contest.unitId,
  });
  expect(desk[0]!.contests.flatMap((each) => each.batches)).toEqual([]);
  expect(seen.problems).toEqual([]);
});
