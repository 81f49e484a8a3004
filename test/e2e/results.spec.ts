import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/browserShell';
import { ok, closedSchoolContest } from './fixtures/schoolContest';
import { watch, withoutPreviewRefusal } from './helpers';

/** The head's own passphrase that seals the signing key (not the vault password). */
const signingPassphrase = 'cụm mật khẩu ký số của trưởng ban';

test('the head reads the tally and charts, seals and signs by keyboard; the district accepts the package only with the hidden groups', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000);
  const seen = watch(page);
  const { campaign, contest } = await closedSchoolContest(shell);

  // A signing identity, typed on the results page.
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/results`);
  await page.getByLabel('Họ và tên').focus();
  await page.keyboard.type('Trần Văn Bình');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Trưởng ban kiểm phiếu');
  await page.keyboard.press('Tab');
  await page.keyboard.type(signingPassphrase);
  await page.keyboard.press('Tab');
  await page.keyboard.type(signingPassphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Chứng thư đang dùng')).toContainText('Trần Văn Bình', { timeout: 30_000 });

  // The campaign's tables and the district chart.
  await page.getByRole('link', { name: 'Lấy ý kiến năm 2023' }).click();
  const row = page.locator('section[aria-labelledby="results-contests"] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('THCS Ngọc Lâm');
  await expect(row.locator('td').nth(1)).toHaveText('20');
  await expect(page.locator('figure[data-chart="district"] canvas')).toBeVisible();

  // The contest: 15 criteria, charts; criterion 1 has 12 « Rất tốt » of 20 = 60 %.
  await row.getByRole('link').click();
  const criteria = page.locator('table.tally-table').first().locator('tbody tr');
  await expect(criteria).toHaveCount(15);
  await expect(criteria.first()).toContainText('12 (60,00 %)');
  await expect(page.locator('figure[data-chart="criteria"] canvas')).toBeVisible();
  await expect(page.locator('figure[data-chart="prestige"] canvas')).toBeVisible();
  // Ballots by source: the 20 came as JSON lines, so all are electronic and none paper.
  const bySource = page.getByRole('table', { name: 'Phiếu theo nguồn' });
  await expect(bySource.getByRole('row', { name: /^Phiếu giấy/ }).locator('td')).toHaveText(['0', '0', '0']);
  await expect(bySource.getByRole('row', { name: /^Phiếu điện tử/ }).locator('td')).toHaveText(['20', '0', '20']);
  await expect(bySource.getByRole('row', { name: /^Tổng cộng/ }).locator('td')).toHaveText(['20', '0', '20']);

  // Seal with the envelope's number, then sign: keyboard only.
  await page.getByLabel('Số niêm phong phong bì phiếu').focus();
  await page.keyboard.type('NP-0123');
  // Enter only asks, naming the envelope; the question's focused button seals.
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('group', { name: /Niêm phong kết quả với số niêm phong phong bì «NP-0123»\?/ }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  const record = page.locator('article.seal-record[data-sequence="1"]');
  await expect(record).toContainText('NP-0123');
  await expect(record.locator('.digest-groups li')).toHaveCount(16);
  await record.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  // A wrong passphrase signs nothing and says why; the right one signs.
  await page.keyboard.type('không phải cụm này');
  await page.keyboard.press('Enter');
  await expect(record.getByRole('alert')).toContainText('Cụm mật khẩu ký số không đúng');
  await expect(record).toContainText('Chưa ký');
  await record.getByLabel('Cụm mật khẩu ký số của trưởng ban').focus();
  await page.keyboard.type(signingPassphrase);
  await page.keyboard.press('Enter');
  await expect(record).toContainText('Đã ký: Trần Văn Bình');
  // Sealed, the result notice to the person assessed is offered beside the report.
  await page.getByRole('button', { name: 'Thông báo kết quả (gửi người được góp ý)' }).click();
  const notice = page.locator('iframe.print-preview');
  await expect(notice).toBeVisible();
  expect(await notice.getAttribute('srcdoc')).toContain('THÔNG BÁO KẾT QUẢ LẤY Ý KIẾN');
  await page.keyboard.press('Escape');
  await expect(notice).toBeHidden();

  // The package, as the district receives it.
  const download = page.waitForEvent('download');
  await record.getByRole('button', { name: 'Lưu gói kết quả niêm phong gửi cấp trên' }).click();
  const packagePath = await (await download).path();
  const { records } = await ok<{ records: Array<{ digest: string }> }>(shell, 'results.seals', {
    contestId: contest.id,
  });
  const groups = records[0]!.digest.match(/.{4}/g)!;

  await page.goto(`${shell.origin}/#/results`);
  const choosePackage = () =>
    page.getByLabel('Tệp gói kết quả (.kqkp.json)').setInputFiles({
      name: 'ket-qua.kqkp.json',
      mimeType: 'application/json',
      buffer: readFileSync(packagePath),
    });
  // Nobody is trusted yet: the package is refused, naming the signer's fingerprint.
  await choosePackage();
  const receiving = page.getByRole('region', { name: 'Nhận gói kết quả niêm phong' });
  await expect(receiving.getByRole('alert')).toContainText('không có trong danh sách người ký tin cậy');
  // The fingerprint is typed from the paper minutes, by keyboard.
  const { identity } = await ok<{ identity: { fingerprint: string } }>(shell, 'signing.identity', {});
  const addSigner = page.getByRole('form', { name: 'Thêm người ký tin cậy' });
  await addSigner.getByLabel('Họ tên, đơn vị').focus();
  await page.keyboard.type('Trần Văn Bình — THCS Ngọc Lâm');
  await page.keyboard.press('Tab');
  await page.keyboard.type(identity.fingerprint);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Người ký tin cậy' }).getByRole('table')).toContainText(
    identity.fingerprint,
  );
  await choosePackage();
  const check = page.getByRole('form', { name: 'Đối chiếu gói kết quả' });
  await expect(check).toContainText('Hợp lệ — Trần Văn Bình');
  const hidden = check.getByRole('textbox');
  await expect(hidden).toHaveCount(2);
  const positions = await hidden.evaluateAll((inputs) =>
    inputs.map((input) => Number(input.getAttribute('aria-label')!.replace(/\D/g, '')) - 1),
  );
  // A wrong group is refused; the right ones accept.
  await hidden.nth(0).fill('zzzz');
  await hidden.nth(1).fill(groups[positions[1]!]!);
  await check.getByRole('button', { name: 'Nhận kết quả' }).click();
  await expect(check.getByRole('alert')).toBeVisible();
  await hidden.nth(0).fill(groups[positions[0]!]!);
  await check.getByRole('button', { name: 'Nhận kết quả' }).click();
  await expect(check).toContainText('Đã nhận: mã kiểm tra khớp với biên bản.');
  await expect(page.getByRole('region', { name: 'Các gói kết quả đã nhận' })).toContainText('Đang dùng.');

  // What was received is read like a campaign of one's own: its source, its aggregates, its summary.
  await page
    .getByRole('region', { name: 'Kết quả đã nhận từ các đơn vị' })
    .getByRole('link', { name: 'Lấy ý kiến năm 2023' })
    .click();
  const sources = page.getByRole('region', { name: 'Nguồn của từng kết quả' });
  await expect(sources).toContainText('Trần Văn Bình');
  await expect(sources).toContainText('Niêm phong');
  await expect(page.locator('section[aria-labelledby="results-contests"] tbody tr')).toContainText('THCS Ngọc Lâm');
  await page.getByRole('button', { name: 'Báo cáo tổng hợp toàn quận' }).click();
  expect(await page.locator('iframe.print-preview').getAttribute('srcdoc')).toContain('BÁO CÁO TỔNG HỢP KẾT QUẢ');

  // Counted here and received too: the campaign's own page says where the received results are, apart.
  await page.goto(`${shell.origin}/#/results/${campaign.id}`);
  await expect(page.getByTestId('received-also')).toContainText('nhận từ 1 đơn vị (1 phiếu)');
  await page.getByRole('link', { name: 'Xem kết quả đã nhận của đợt này' }).click();
  await expect(page).toHaveURL(new RegExp(`#/results/received/${campaign.id}$`));

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});
