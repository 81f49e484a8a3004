import { expect, test } from './fixtures/browserShell';
import { keyBallots, ok, openSchoolContest, signInAs } from './fixtures/schoolContest';
import { watch, withoutPreviewRefusal } from './helpers';
import { twentyBallots } from '../fixtures/schoolContestData';

const signingPassphrase = 'cụm mật khẩu ký số của trưởng ban';
/** The paper read again: the first ballot marks criterion 1 "Yếu kém", not "Rất tốt". */
const recounted = ['4122112211221121', ...twentyBallots.slice(1)];

test('a correction after sealing: opened, a batch keyed again, concluded, the amendment signed, the minutes printed, both versions shown', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000);
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  // The count as it was sealed: one batch of 20, keyed twice, signed.
  const batch = await ok<{ id: string }>(shell, 'counting.createBatch', { contestId: contest.id, label: 'Hộp 1' });
  await keyBallots(shell, 'kiemphieu1', batch.id, twentyBallots);
  await keyBallots(shell, 'kiemphieu2', batch.id, twentyBallots);
  await signInAs(shell, 'truongban');
  await ok(shell, 'counting.close', { contestId: contest.id });
  const seal = await ok<{ id: string; digest: string }>(shell, 'results.seal', {
    contestId: contest.id,
    envelopeSeal: 'NP-0123',
  });
  await ok(shell, 'signing.generate', {
    name: 'Trần Văn Bình',
    post: 'Trưởng ban kiểm phiếu',
    passphrase: signingPassphrase,
  });
  await ok(shell, 'results.sign', { sealId: seal.id, passphrase: signingPassphrase });

  // The head opens a correction on the contest's page, by keyboard.
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/results/${campaign.id}/contest/${contest.id}`);
  const criterionOne = page.locator('table.tally-table').first().locator('tbody tr').first();
  await expect(criterionOne).toContainText('12 (60,00 %)');
  const panel = page.locator('section.corrections-panel');
  await expect(panel).toContainText('Chưa có đợt điều chỉnh nào.');
  await panel.getByRole('button', { name: 'Mở đợt điều chỉnh' }).focus();
  await page.keyboard.press('Enter');
  await panel.getByLabel('Lý do điều chỉnh').selectOption({ label: 'Yêu cầu kiểm lại phiếu' });
  await panel.getByLabel('Nêu rõ lý do').focus();
  await page.keyboard.type('Tổ công tác đề nghị kiểm lại hộp 1.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const correction = panel.locator('article.correction[data-correction="1"]');
  await expect(correction).toContainText('Chưa kết luận');

  // Batch 1 is keyed again: a new batch for the correction, shown at the desk to the keyers.
  await correction.getByLabel('Lô cần nhập lại').selectOption({ label: 'Lô 1 (Hộp 1) — 20 phiếu' });
  await correction.getByLabel('Tên lô mới').fill('Kiểm lại hộp 1');
  await correction.getByRole('button', { name: 'Tạo lô nhập lại' }).click();
  await expect(correction.locator('.correction-batches li[data-batch="2"]')).toContainText('nhập lại lô 1');
  await signInAs(shell, 'kiemphieu1');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  const deskBatch = page.locator('li[data-batch="2"]');
  await expect(deskBatch).toContainText('Điều chỉnh số 1: nhập lại lô 1, chờ nhập');
  await expect(deskBatch.getByRole('button', { name: /Nhập lô này|Nhập tiếp/ })).toBeVisible();
  // A keyer keys the batch but does not read the correction's record.
  expect(await shell.call('corrections.list', { contestId: contest.id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const desk = await ok<Array<{ contests: Array<{ batches: Array<{ id: string; number: number }> }> }>>(
    shell,
    'counting.desk',
    { campaignId: campaign.id, unitId: contest.unitId },
  );
  const newBatch = desk[0]!.contests[0]!.batches.find((candidate) => candidate.number === 2)!;
  await keyBallots(shell, 'kiemphieu1', newBatch.id, recounted);
  await keyBallots(shell, 'kiemphieu2', newBatch.id, recounted);

  // The head concludes with new results: asked first, then the amendment is sealed.
  await signInAs(shell, 'truongban');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/results/${campaign.id}/contest/${contest.id}`);
  await expect(correction.locator('.correction-batches li[data-batch="2"]')).toContainText('đã nhập hai lần, khớp');
  const conclude = correction.getByRole('form', { name: 'Kết luận đợt điều chỉnh' });
  await conclude.getByLabel('Kết quả xác minh').focus();
  await page.keyboard.type('Phiếu thứ nhất của hộp 1 đánh dấu "Yếu kém" ở nội dung 1.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(conclude.getByRole('group', { name: /Kết luận có điều chỉnh/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(correction).toContainText('Điều chỉnh kết quả');
  await expect(criterionOne).toContainText('11 (55,00 %)');

  // The amendment is signed like the seal.
  const amendment = page.locator('article.seal-record[data-sequence="2"]');
  await expect(amendment).toContainText('Chưa ký');
  await amendment.getByRole('checkbox').check();
  await amendment.getByLabel('Cụm mật khẩu ký số của trưởng ban').fill(signingPassphrase);
  await page.keyboard.press('Enter');
  await expect(amendment).toContainText('Đã ký: Trần Văn Bình');
  const { records } = await ok<{ records: Array<{ digest: string }> }>(shell, 'results.seals', {
    contestId: contest.id,
  });
  expect(records).toHaveLength(2);

  // Both versions on the contest's page: the replaced tally opens in place.
  const versions = page.locator('section.result-versions');
  await expect(versions.locator('li[data-version="1"]')).toContainText('đã được thay thế');
  await expect(versions.locator('li[data-version="2"]')).toContainText('đang có hiệu lực');
  await versions.getByText('Xem bảng kết quả phiên bản 1').click();
  await expect(versions.locator('table.tally-table tbody tr').first()).toContainText('12 (60,00 %)');

  // The correction minutes: pre-filled, with both digests.
  await correction.getByRole('button', { name: 'In biên bản điều chỉnh' }).click();
  const preview = page.locator('iframe.print-preview');
  await expect(preview).toBeVisible();
  const minutes = (await preview.getAttribute('srcdoc'))!;
  expect(minutes).toContain('BIÊN BẢN ĐIỀU CHỈNH KẾT QUẢ KIỂM PHIẾU');
  const digits = minutes.replace(/<[^>]+>|\s/g, '');
  expect(digits).toContain(seal.digest);
  expect(digits).toContain(records[1]!.digest);
  await page.keyboard.press('Escape');

  // And in the district's summary of the campaign, on screen and on paper.
  await page.goto(`${shell.origin}/#/results/${campaign.id}`);
  const row = page.locator('section[aria-labelledby="results-contests"] tbody tr');
  await expect(row).toContainText('Điều chỉnh số 1');
  await expect(row).toContainText('trước: phiên bản 1');
  const summary = await ok<{ html: string }>(shell, 'print.preview', {
    document: { kind: 'districtSummary', campaignId: campaign.id },
  });
  expect(summary.html).toContain('Kết quả điều chỉnh (phiên bản 2)');
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});
