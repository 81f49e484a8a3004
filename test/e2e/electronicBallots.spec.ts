import type { Page } from '@playwright/test';
import { googleFormsCsv, xlsxOf } from '../helpers/testSurvey';
import { expect, test } from './fixtures/browserShell';
import { keyBallots, ok, openSchoolContest, signInAs } from './fixtures/schoolContest';
import { expectAccessible, watch, withoutPreviewRefusal } from './helpers';
import { thanksMs } from '../../renderer/kiosk/ThankYou';

/** The school form: 15 criteria, then the prestige. */
const criteria = 15;
const xlsxName = 'Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx';

/** What each voter marks on every row (and the prestige): five at the kiosk, five on phones. */
const kioskVoters = [1, 2, 3, 4, 1];
const phoneVoters = [2, 2, 1, 3, 4];
/** Five paper ballots, keyed twice: 15 marks, then the prestige. */
const paperBallots = Array.from({ length: 5 }, () => '1122112211221121');

/** The code field of the kiosk and of the casting page: the same words. */
const codeField = (page: Page) => page.getByRole('textbox', { name: 'Mã trên phiếu mã của đồng chí' });

/** One voter on a phone: every row and the prestige by touch, the review, send. */
async function voteByTouch(phone: Page, mark: number) {
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('đồng chí');
  for (let row = 1; row <= criteria; row += 1)
    await phone
      .locator(`fieldset[data-row="${row}"] .kiosk-mark`)
      .nth(mark - 1)
      .tap();
  await phone.locator('fieldset[data-row="prestige"] .kiosk-mark').nth(0).tap();
  await phone.getByRole('button', { name: 'Xem lại phiếu' }).tap();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Xem lại trước khi gửi');
  await phone.getByRole('button', { name: 'Gửi phiếu' }).tap();
  await expect(phone.getByRole('heading', { name: 'Cảm ơn đồng chí đã bỏ phiếu.' })).toBeVisible();
  // The thanks stay a few seconds: the phone's clock is the test's to move on.
  await phone.clock.runFor(thanksMs);
  await expect(codeField(phone)).toBeVisible();
}

test('electronic beside paper: 20 codes with the hall network’s address and fingerprint, 5 votes at the kiosk by keyboard and 5 on a phone, a Google Forms XLSX, 5 paper ballots keyed twice; reconciliation and tally by source', async ({
  page,
  shell,
  browser,
}) => {
  test.setTimeout(240_000);
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  // The kiosk's thanks wait a few seconds for the next voter: the test moves the page's clock instead.
  await page.clock.install();
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  const panel = page.getByRole('region', { name: /^Bỏ phiếu điện tử/ });

  // The hall network is off until the head opens it, after a question, on an address of this machine.
  const lan = panel.getByRole('region', { name: /^Điện thoại trong hội trường/ });
  await expect(lan.getByTestId('kiosk-lan-state')).toHaveText('Đang tắt');
  await lan.getByLabel('Địa chỉ mạng của máy này').selectOption('127.0.0.1');
  await lan.getByLabel('Cổng').fill('0');
  await lan.getByRole('button', { name: 'Mở cho điện thoại' }).click();
  const question = lan.getByRole('group', { name: /Mở mạng nội bộ tại 127\.0\.0\.1/ });
  await question.getByRole('button', { name: 'Mở cho điện thoại' }).click();
  await expect(lan.getByTestId('kiosk-lan-state')).toHaveText('Đang mở');
  const url = (await lan.getByTestId('kiosk-lan-url').textContent())!.trim();
  const fingerprint = (await lan.getByTestId('kiosk-lan-fingerprint').textContent())!.trim();
  expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
  expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expectAccessible(page, 'the kiosk panel with the hall network open');

  // Twenty codes; the slips carry the address and the certificate's fingerprint.
  await panel.getByLabel('Số mã cần tạo').fill('20');
  await panel.getByRole('button', { name: 'Tạo mã' }).click();
  const codeItems = panel.getByTestId('kiosk-codes').locator('li');
  await expect(codeItems).toHaveCount(20);
  const codes = await codeItems.allTextContents();
  await panel.getByRole('button', { name: 'In phiếu mã' }).click();
  const slips = page.getByRole('dialog');
  const slipPage = slips.frameLocator('iframe.print-preview').locator('body');
  await expect(slipPage).toContainText(url);
  await expect(slipPage).toContainText(fingerprint.split(':').slice(0, 11).join(':'));
  await expect(slipPage.locator('.kiosk-slip')).toHaveCount(20);
  await slips.getByRole('button', { name: 'Đóng bản xem trước (Esc)' }).click();

  // Five voters at the kiosk, by keyboard alone.
  await panel.getByRole('button', { name: 'Mở máy bỏ phiếu' }).click();
  for (const [index, mark] of kioskVoters.entries()) {
    await expect(codeField(page)).toBeFocused();
    await page.keyboard.type(codes[index]!);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('đồng chí');
    for (let row = 0; row < criteria; row += 1) await page.keyboard.press(String(mark));
    await page.keyboard.press(String((index % 4) + 1));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại trước khi gửi');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Cảm ơn đồng chí đã bỏ phiếu.' })).toBeVisible();
    await page.clock.runFor(thanksMs);
  }
  await expect(codeField(page)).toBeFocused();

  // Five on a phone in the hall: another browser, over HTTPS to the listener, nothing else.
  const phoneContext = await browser.newContext({
    ignoreHTTPSErrors: true,
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 844 },
  });
  const phone = await phoneContext.newPage();
  await phone.clock.install();
  const phoneSeen = watch(phone);
  // The slip's QR: the page with the code after '#', which fills the field and leaves the address.
  await phone.goto(`${url}#${codes[5]}`);
  await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(codeField(phone)).toHaveValue(codes[5]!);
  expect(new URL(phone.url()).hash).toBe('');
  await expectAccessible(phone, 'the casting page on a phone');
  for (const [index, mark] of phoneVoters.entries()) {
    if (index > 0) await codeField(phone).fill(codes[5 + index]!);
    await phone.getByRole('button', { name: 'Bắt đầu' }).tap();
    await voteByTouch(phone, mark);
  }
  // A code used at the kiosk, or on this phone, is refused here as anywhere.
  for (const used of [codes[0]!, codes[5]!]) {
    await codeField(phone).fill(used);
    await phone.getByRole('button', { name: 'Bắt đầu' }).tap();
    await expect(phone.getByRole('alert')).toContainText('Mã không dùng được');
  }
  expect(phoneSeen.requests.every((request) => new URL(request).origin === new URL(url).origin)).toBe(true);
  expect(phoneSeen.problems).toEqual([]);
  // Nothing of the app answers there.
  const appCall = await phoneContext.request.post(new URL('/api/session.status', url).toString(), { data: {} });
  expect(appCall.status()).toBe(404);
  await phoneContext.close();

  // And at the kiosk a code used on the phone is refused too; the head leaves with the password.
  await page.keyboard.type(codes[6]!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Mã không dùng được');
  await page.keyboard.press('Control+Alt+q');
  const exit = page.getByRole('dialog', { name: 'Thoát máy bỏ phiếu' });
  await exit.getByLabel('Mật khẩu').fill('mật khẩu truongban');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/counting/${campaign.id}/unit/${contest.unitId}$`));

  // The head closes the hall network, then the kiosk: ten ballots become the kiosk's batch.
  const lanAgain = page.getByRole('region', { name: /^Điện thoại trong hội trường/ });
  await lanAgain.getByRole('button', { name: 'Đóng mạng nội bộ' }).click();
  await expect(lanAgain.getByTestId('kiosk-lan-state')).toHaveText('Đang tắt');
  const deskPanel = page.getByRole('region', { name: /^Bỏ phiếu điện tử/ });
  await expect(deskPanel.getByTestId('kiosk-status')).toHaveText('Mã đã phát: 20 · Mã đã dùng: 10 · Số lần tạo mã: 1');
  await deskPanel.getByRole('button', { name: 'Đóng máy bỏ phiếu' }).click();
  await deskPanel
    .getByRole('group', { name: /Đóng máy bỏ phiếu của THCS Ngọc Lâm\? 10 phiếu đã bỏ/ })
    .getByRole('button', { name: 'Đóng máy bỏ phiếu' })
    .click();
  await expect(deskPanel.locator('.badge').first()).toHaveText('Đã đóng');

  // A Google Forms export of ten responses, with the mapping the screen proposes.
  const survey = page.getByTestId('survey-import').first();
  await survey.getByText('Nhập phiếu từ tệp của công cụ khảo sát (CSV, XLSX)').click();
  await survey.getByLabel('Tệp kết quả khảo sát (CSV hoặc XLSX)').setInputFiles({
    name: xlsxName,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await xlsxOf(googleFormsCsv),
  });
  await survey.getByRole('button', { name: 'Xem trước' }).click();
  await expect(survey.getByTestId('survey-preview')).toHaveAttribute('data-errors', '0');
  await survey.getByRole('button', { name: 'Nhập vào lô mới' }).click();
  await expect(survey.getByRole('status').filter({ hasText: 'Đã nhập 10 phiếu' })).toBeVisible();

  // Five paper ballots, keyed blind by two counters.
  const batch = await ok<{ id: string }>(shell, 'counting.createBatch', {
    contestId: contest.id,
    label: 'Hòm phiếu 1',
  });
  await keyBallots(shell, 'kiemphieu1', batch.id, paperBallots);
  await keyBallots(shell, 'kiemphieu2', batch.id, paperBallots);
  await signInAs(shell, 'truongban');

  // The head's record: 35 ballots issued (20 codes, 15 paper forms), 25 returned, 10 codes unused.
  await ok(shell, 'counting.saveConference', {
    unitId: contest.unitId,
    conference: {
      heldOn: '2023-05-17',
      place: 'Phòng hội đồng',
      chair: 'Dương Văn Khải',
      committee: [{ name: 'Trần Văn Bình', role: 'head' }],
      convened: 36,
      present: 35,
    },
  });
  await ok(shell, 'counting.saveCounts', {
    contestId: contest.id,
    counts: {
      issued: 35,
      returned: 25,
      notReturned: 10,
      valid: 25,
      invalid: { notOfficial: 0, blank: 0, identifying: 0, other: 0 },
    },
  });
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  const reconciliation = page.locator('[data-rule="R07"]');
  await expect(reconciliation).toContainText(
    'Phiếu điện tử: mã phát ra 20, mã đã dùng 10; phiếu giấy: phát ra 15, thu về 15. Máy đã đóng.',
  );
  const lines = await ok<Array<{ rule: string; ok: boolean; severity: string; acknowledged: boolean }>>(
    shell,
    'counting.reconciliation',
    { contestId: contest.id },
  );
  expect(lines.filter((line) => line.severity === 'error' && !line.ok).map((line) => line.rule)).toEqual([]);
  for (const line of lines.filter((each) => !each.ok && !each.acknowledged))
    await ok(shell, 'counting.acknowledgeWarning', {
      contestId: contest.id,
      rule: line.rule,
      reason: 'Mười mã không dùng đến, đã thu lại',
    });
  await ok(shell, 'counting.close', { contestId: contest.id });

  // The tally: paper, electronic (the kiosk with the phones, the survey) and the total.
  await page.goto(`${shell.origin}/#/results/${campaign.id}/contest/${contest.id}`);
  const sources = page.locator('table.ballot-sources');
  await expect(sources.locator('tbody tr')).toHaveText([
    /^Phiếu giấy\s*5\s*0\s*5$/,
    /^Phiếu điện tử\s*20\s*0\s*20$/,
    /máy bỏ phiếu điện tử\s*10\s*0\s*10$/,
    /Google Biểu mẫu.*\s*10\s*0\s*10$/,
    /^Tổng cộng\s*25\s*0\s*25$/,
  ]);
  const { tally } = await ok<{ tally: { criteria: Array<{ levels: number[] }> } }>(shell, 'results.tally', {
    contestId: contest.id,
  });
  // Row 1: kiosk 1,2,3,4,1; phones 2,2,1,3,4; paper 1 ×5; the survey's first answers.
  expect(tally.criteria[0]!.levels).toEqual([14, 5, 3, 3]);

  expect(seen.requests.every((request) => new URL(request).origin === shell.origin)).toBe(true);
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});
