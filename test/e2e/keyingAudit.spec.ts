import { join } from 'node:path';
import { longBienCampaign } from '../fixtures/campaignData';
import { expect, test } from './fixtures/browserShell';
import { keyBallots, ok, openCampaign, signInAs } from './fixtures/schoolContest';
import { expectAccessible, watch } from './helpers';

const unitsCsv = join(import.meta.dirname, '..', 'fixtures', 'units', 'units-good.csv');

/** Four paper ballots: 15 marks, then the prestige. */
const paper = ['1234123412341231', '2233223322332232', '1111111111111111', '4444333322221113'];
/** Both keyers read row 6 of ballot 2 as 1 (the paper has 2): double entry lets the error through. */
const keyedTwice = [paper[0]!, '2233213322332232', paper[2]!, paper[3]!];

test('keying-quality audit: the head draws the sample, a third person keys it blind, the head judges, the rate is shown', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  // Setup through the API: a campaign auditing 4 ballots per batch, a batch verified with the error in it.
  const { campaign, contests } = await openCampaign(
    shell,
    (version) => ({ ...longBienCampaign(version('school-head-ethics')), auditSampleSize: 4 }),
    { fileName: 'units.csv', path: unitsCsv },
  );
  await ok(shell, 'users.add', {
    login: 'kiemphieu3',
    fullName: 'Người kiemphieu3',
    role: 'counter',
    password: 'mật khẩu kiemphieu3',
  });
  const contest = contests.find((candidate) => candidate.unitName === 'THCS Ngọc Lâm')!;
  await signInAs(shell, 'kiemphieu1');
  const batch = await ok<{ id: string }>(shell, 'counting.createBatch', { contestId: contest.id, label: 'Phong bì 1' });
  await keyBallots(shell, 'kiemphieu1', batch.id, keyedTwice);
  await keyBallots(shell, 'kiemphieu2', batch.id, keyedTwice);

  // The head opens the batch's audit from the unit's page and draws the sample, after a question.
  await signInAs(shell, 'truongban');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  const open = page.locator('li[data-batch="1"]').getByRole('link', { name: 'Kiểm tra chất lượng nhập: Chưa rút mẫu' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kiểm tra chất lượng nhập — lô 1' })).toBeVisible();
  await expectAccessible(page, 'keying-quality audit before the draw');
  await page.getByRole('button', { name: 'Rút mẫu kiểm tra' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rút mẫu', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-pull')).toHaveText('Rút khỏi tập phiếu giấy: phiếu thứ 1, 2, 3, 4 của lô 1.');
  await expect(page.getByTestId('audit-state')).toContainText('Đã rút mẫu, chờ người nhập');

  // The third person keys the four ballots blind, told only which paper ballot each is.
  await signInAs(shell, 'kiemphieu3');
  await page.reload();
  await page.getByRole('button', { name: 'Nhập mẫu kiểm tra' }).focus();
  await page.keyboard.press('Enter');
  const status = page.getByTestId('entry-status');
  for (const [index, marks] of paper.entries()) {
    await expect(status).toHaveText(`Phiếu thứ ${index + 1} của lô 1 — phiếu ${index + 1}/4 của mẫu kiểm tra`);
    for (const key of [...marks, 'Enter']) await page.keyboard.press(key);
  }
  await expect(status).toHaveText('Đã nhập đủ 4 phiếu của mẫu — hãy kết thúc lần nhập.');
  await expectAccessible(page, 'audit sample keyed');
  await page.getByRole('button', { name: 'Kết thúc lần nhập lô này' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-state')).toContainText('Chờ trưởng ban kết luận');

  // The head judges the one difference against the paper: the verified value was wrong.
  await signInAs(shell, 'truongban');
  await page.reload();
  const rows = page.locator('.audit-differences table.differences tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toHaveAttribute('data-position', '2');
  await expect(rows.nth(0)).toHaveAttribute('data-field', 'answer:6');
  await expectAccessible(page, 'audit differences to judge');
  await rows.nth(0).getByRole('button', { name: 'Giá trị đã xác nhận sai' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(rows.nth(0)).toHaveAttribute('data-verdict', 'verifiedWrong');
  const rate = '1 lỗi còn sót trên 128 ô: 7,81/1.000 ô (khoảng tin cậy 95%: 0,20–42,76)';
  await expect(page.getByTestId('audit-state')).toContainText('Đã xong');
  await expect(page.getByTestId('audit-rate')).toHaveText(rate);

  // The campaign's keying quality: the same rate, for the campaign, the desk, the contest and the batch.
  await page.goto(`${shell.origin}/#/counting/${campaign.id}`);
  await page.getByRole('link', { name: 'Chất lượng nhập phiếu' }).click();
  await expect(page.getByTestId('campaign-rate')).toHaveText(`Cả đợt: ${rate}`);
  await expect(page.locator('table.audited-batches tbody tr')).toHaveCount(1);
  await expect(page.locator('table.audited-batches tbody tr').first()).toContainText('vượt ngưỡng');
  await expectAccessible(page, 'keying quality');

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});
