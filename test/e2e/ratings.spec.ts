import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserShell';
import { ok, signInAs } from './fixtures/schoolContest';
import { expectOnlyOrigins, watch } from './helpers';
import { flatten, hasPdfTools, readPdfText } from '../helpers/pdfText';
import { rosterCsvPath, voteConference, voteCounts } from '../fixtures/ratings/ratingsData';

const artefacts = join(import.meta.dirname, '..', '..', 'test-results', 'prints');

/** The four ballots of the THCS cell's vote: one mark per row (collective, then its four members). */
const voteBallots = ['22122', '12222', '22232', '22222'];

/** Keys the vote's batch on the entry screen by keyboard: a mark per row, Enter saves the ballot. */
async function keyVoteBatch(page: Page) {
  const status = page.getByTestId('entry-status');
  for (const [index, marks] of voteBallots.entries()) {
    await expect(status).toContainText(`Phiếu thứ ${index + 1} của lô 1`);
    for (const key of [...marks, 'Enter']) await page.keyboard.press(key);
  }
  await expect(status).toContainText('Đã nhập 4 / thu về 4');
  await page.getByRole('button', { name: 'Kết thúc lần nhập lô này' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // Back at the desk once the keying is finished: a reload before that (the next keyer signing in)
  // would reopen the entry screen instead (the save queue may still be draining under load).
  await expect(status).toHaveCount(0);
  await expect(page.locator('li[data-batch="1"]')).toBeVisible();
}

/** Chooses an entry of the round page and decides its level through the decision form. */
async function decide(page: Page, name: string, level: string) {
  await page.getByRole('link', { name, exact: true }).click();
  const form = page.getByRole('form', { name: 'Quyết định xếp loại' });
  await form.getByLabel('Mức xếp loại').selectOption({ label: level });
  await form.getByLabel('Số quyết định').fill('15-QĐ/ĐU');
  await form.getByLabel('Ngày quyết định').fill('20/12/2025');
  await form.getByRole('button', { name: 'Ghi quyết định' }).click();
  return form;
}

test('ratings: import the roster, hold a round with a vote keyed twice, decide, a head above the collective refused, print the targets', async ({
  page,
  shell,
}) => {
  test.skip(!hasPdfTools, 'SKIPPED: pdftotext (poppler-utils) is not installed, so the PDF cannot be read back');
  test.setTimeout(240_000);
  const seen = watch(page);
  await shell.createVault();
  for (const [login, role] of [
    ['kiemphieu1', 'counter'],
    ['kiemphieu2', 'counter'],
    ['truongban', 'head'],
  ]) {
    await ok(shell, 'users.add', { login, fullName: `Người ${login}`, role, password: `mật khẩu ${login}` });
  }

  // The administrator imports the roster: checked first, then imported.
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/ratings/roster`);
  await page.getByLabel('Tệp danh sách (CSV, XLSX)').setInputFiles(rosterCsvPath);
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await page.getByRole('button', { name: 'Nhập 7 tổ chức, 7 đảng viên' }).click();
  await expect(page.locator('tr[data-code="CB-THCS"]')).toContainText('Nguyễn Thị Hằng');
  await page.getByRole('searchbox', { name: /Tìm tổ chức, tập thể, đảng viên/ }).fill('phu nu');
  await expect(page.locator('tr[data-code]')).toHaveCount(1);

  // A round for 2025.
  await page.getByRole('link', { name: 'Đợt xếp loại' }).click();
  const roundForm = page.getByRole('form', { name: 'Mở đợt xếp loại mới' });
  await roundForm.getByLabel('Năm', { exact: true }).fill('2025');
  await roundForm.getByLabel('Tên đợt').fill('Đánh giá, xếp loại chất lượng năm 2025');
  await roundForm.getByRole('button', { name: 'Mở đợt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đánh giá, xếp loại chất lượng năm 2025' })).toBeVisible();
  const roundId = /#\/ratings\/rounds\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  // The THCS cell votes by secret ballot on its collective and members, prepared on the round's votes part…
  await page.getByRole('link', { name: 'Biểu quyết', exact: true }).click();
  const voteForm = page.getByRole('form', { name: 'Lập cuộc biểu quyết' });
  await voteForm.getByLabel('Tổ chức biểu quyết').selectOption({ label: 'Chi bộ Trường THCS Đa Tốn' });
  const choices = voteForm.getByRole('group', { name: 'Tập thể, đảng viên được biểu quyết' });
  await expect(choices.getByRole('checkbox')).toHaveCount(5);
  for (const box of await choices.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await voteForm.getByLabel('Ngày biểu quyết').fill('15/12/2025');
  await voteForm.getByLabel('Số đảng viên được triệu tập').fill('4');
  await voteForm.getByRole('button', { name: 'Lập cuộc biểu quyết' }).click();
  await page.getByRole('button', { name: 'Lập', exact: true }).click();
  const voteCard = page.getByRole('article', { name: 'Chi bộ Trường THCS Đa Tốn — biểu quyết ngày 15/12/2025' });
  await expect(voteCard.getByRole('link', { name: 'Mở bàn kiểm phiếu' })).toBeVisible();
  // …and keyed at the counting desk like any ballot: the head records the meeting and counts, two counters key.
  const [vote] = await ok<Array<{ campaignId: string; unitId: string; contestId: string }>>(shell, 'ratings.votes', {
    roundId,
  });
  if (!vote) throw new Error('no vote');
  await signInAs(shell, 'truongban');
  await ok(shell, 'counting.saveConference', { unitId: vote.unitId, conference: voteConference });
  await ok(shell, 'counting.saveCounts', { contestId: vote.contestId, counts: voteCounts(4) });
  await signInAs(shell, 'kiemphieu1');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${vote.campaignId}/unit/${vote.unitId}`);
  const contestCard = page.locator('article[data-contest]').first();
  await contestCard.getByLabel('Tên lô (ví dụ: phong bì 1)').fill('Hộp phiếu');
  await contestCard.getByRole('button', { name: 'Mở lô phiếu mới' }).click();
  await contestCard.getByRole('button', { name: 'Nhập lô này' }).click();
  await expect(page.locator('.entry-sheet')).toBeFocused();
  await expect(page.locator('table.entry-form')).toContainText('Chi ủy Chi bộ Trường THCS Đa Tốn');
  await keyVoteBatch(page);
  await signInAs(shell, 'kiemphieu2');
  await page.reload();
  await page.locator('li[data-batch="1"]').getByRole('button', { name: 'Nhập lô này' }).click();
  await expect(page.getByTestId('entry-status')).toContainText('lần nhập 2');
  await keyVoteBatch(page);
  await expect(page.locator('li[data-batch="1"]')).not.toContainText('chỗ khác nhau');
  await signInAs(shell, 'truongban');
  await ok(shell, 'counting.close', { contestId: vote.contestId });
  const [counted] = await ok<Array<{ rows: Array<{ name: string; levels: number[] }> }>>(shell, 'ratings.votes', {
    roundId,
  });
  expect(counted!.rows.map((row) => row.levels)).toEqual([
    [1, 3, 0, 0],
    [0, 4, 0, 0],
    [1, 3, 0, 0],
    [0, 3, 1, 0],
    [0, 4, 0, 0],
  ]);

  // The head sees the vote's tally (under 5 valid ballots only on asking), then records the decisions.
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/ratings/rounds/${roundId}/votes`);
  await voteCard.getByRole('button', { name: 'Hiện kết quả' }).click();
  await expect(voteCard.getByRole('table', { name: 'Kết quả biểu quyết' })).toContainText(
    'Chi ủy Chi bộ Trường THCS Đa Tốn',
  );
  await page.goto(`${shell.origin}/#/ratings/rounds/${roundId}`);
  for (const [name, level] of [
    ['Chi bộ Trường THCS Đa Tốn', 'Hoàn thành tốt nhiệm vụ'],
    ['Chi ủy Chi bộ Trường THCS Đa Tốn', 'Hoàn thành tốt nhiệm vụ'],
    ['Chi bộ Trường Tiểu học Đa Tốn', 'Hoàn thành tốt nhiệm vụ'],
    ['Chi bộ Trường Mầm non Đa Tốn', 'Hoàn thành nhiệm vụ'],
  ] as const) {
    await decide(page, name, level);
    await expect(page.getByRole('status').filter({ hasText: 'Đã ghi quyết định' })).toBeVisible();
  }

  // The head of the cell above its collective: the screen shows the core's refusal naming the rule…
  const refusedForm = await decide(page, 'Nguyễn Thị Hằng', 'Hoàn thành xuất sắc nhiệm vụ');
  const refusal = page.locator('[data-code="RATING_RULE_BROKEN"]');
  await expect(refusal).toContainText('XL01');
  await expect(refusal).toContainText('Chi ủy Chi bộ Trường THCS Đa Tốn');
  await expect(refusedForm.getByLabel('Số quyết định')).toHaveValue('15-QĐ/ĐU');
  // …and the core refuses the same decision through the API, whatever a screen allows.
  const { entries } = await ok<{ entries: Array<{ subjectId: string; name: string }> }>(shell, 'ratings.round', {
    roundId,
  });
  const head = entries.find((entry) => entry.name === 'Nguyễn Thị Hằng')!;
  const direct = await shell.call('ratings.decide', {
    roundId,
    subjectId: head.subjectId,
    level: 'excellent',
    decisionNumber: '16-QĐ/ĐU',
    decisionDate: '2025-12-21',
  });
  expect(direct).toMatchObject({ ok: false, error: { code: 'RATING_RULE_BROKEN' } });
  const after = await ok<{ entries: Array<{ subjectId: string; decidedLevel: string | null }> }>(
    shell,
    'ratings.round',
    { roundId },
  );
  expect(after.entries.find((entry) => entry.subjectId === head.subjectId)?.decidedLevel).toBeNull();
  await decide(page, 'Nguyễn Thị Hằng', 'Hoàn thành tốt nhiệm vụ');
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi quyết định' })).toBeVisible();

  // The district's targets report: the dashboard, then its print saved as a PDF and read back.
  await page.getByRole('link', { name: 'Chỉ tiêu' }).click();
  const results = page.getByRole('table', { name: 'Kết quả thực hiện chỉ tiêu năm 2025' });
  await expect(results.getByRole('row', { name: /Chi bộ được xếp loại/ })).toContainText('2/3');
  await expect(results.getByRole('row', { name: /Chi bộ được xếp loại/ })).toContainText('66,67 %');
  await page.getByRole('button', { name: 'Xem và in báo cáo chỉ tiêu năm 2025' }).click();
  await expect(page.getByRole('dialog', { name: /Báo cáo kết quả thực hiện chỉ tiêu/ })).toBeVisible();
  mkdirSync(artefacts, { recursive: true });
  const pdfPath = join(artefacts, 'e2e-chi-tieu-xep-loai-2025.pdf');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản PDF (A4)' }).click();
  await (await download).saveAs(pdfPath);
  const text = flatten(readPdfText(pdfPath));
  for (const words of [
    'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2025',
    'Chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên',
    '66,67',
    'Không đạt',
    'Trường Mầm non Đa Tốn',
  ])
    expect(text).toContain(words);
  expectOnlyOrigins(seen, [shell.origin]);
});
