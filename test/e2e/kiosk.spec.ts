import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserShell';
import { longBienCampaign } from '../fixtures/campaignData';
import { ok, openCampaign, signInAs } from './fixtures/schoolContest';
import { expectAccessible, watch, withoutPreviewRefusal } from './helpers';
import { thanksMs } from '../../renderer/kiosk/ThankYou';

const unitsCsv = join(import.meta.dirname, '..', 'fixtures', 'units', 'units-good.csv');

/** The ward form: 18 criteria and the prestige, for each of Bồ Đề's two people. */
const criteria = 18;

/** What the page still holds that a voter typed or marked: it must be nothing once the kiosk is back at the start. */
async function traces(page: Page, code: string) {
  return page.evaluate((typed) => {
    const html = document.body.innerHTML;
    return {
      values: [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')]
        .map((field) => field.value)
        .filter(Boolean),
      checked: document.querySelectorAll('input:checked').length,
      code: html.includes(typed) || html.includes(typed.replace('-', '')),
      marks: ['Nguyễn Văn Hùng', 'Vũ Xuân Trường', 'Rất tốt', 'Uy tín'].filter((text) => html.includes(text)),
      history: window.history.length,
      localStorage: window.localStorage.length,
      sessionStorage: window.sessionStorage.length,
      hash: window.location.hash,
    };
  }, code);
}

/** One person's form by keyboard: a digit per row (null: Down arrow, the row left unmarked), the prestige, then Enter. */
async function markPerson(page: Page, name: string, rows: ReadonlyArray<string | null>, prestige: string | null) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`đồng chí ${name}`);
  for (const row of rows) await page.keyboard.press(row ?? 'ArrowDown');
  if (prestige) await page.keyboard.press(prestige);
  await page.keyboard.press('Enter');
}

test('the voting kiosk: 20 codes issued at the desk, 5 ballots cast by keyboard alone leaving nothing behind, a reused code refused, left with the head’s password, closed', async ({
  page,
  shell,
}) => {
  test.setTimeout(240_000);
  const seen = watch(page);
  const { campaign, contests } = await openCampaign(
    shell,
    (version) => ({
      ...longBienCampaign(version('school-head-ethics')),
      schedule: [
        { unitType: 'thcs', pollDate: '2023-05-03', templateVersionId: version('school-head-ethics') },
        { unitType: 'phuong', pollDate: '2023-10-09', templateVersionId: version('ward-head-ethics') },
      ],
    }),
    { fileName: 'units.csv', path: unitsCsv },
  );
  const ward = contests.filter((contest) => contest.unitName === 'Bồ Đề');
  expect(ward).toHaveLength(2);
  const unitId = ward[0]!.unitId;
  await signInAs(shell, 'truongban');
  // The kiosk's thanks wait a few seconds for the next voter: the test moves the page's clock instead.
  await page.clock.install();
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${unitId}`);

  // The head makes 20 codes: shown this once, with the slips to print.
  const panel = page.getByRole('region', { name: /^Bỏ phiếu điện tử/ });
  await expect(panel.getByTestId('kiosk-status')).toHaveText('Mã đã phát: 0 · Mã đã dùng: 0 · Số lần tạo mã: 0');
  await panel.getByLabel('Số mã cần tạo').fill('20');
  await panel.getByRole('button', { name: 'Tạo mã' }).click();
  const codeItems = panel.getByTestId('kiosk-codes').locator('li');
  await expect(codeItems).toHaveCount(20);
  await expect(panel.getByRole('alert')).toContainText('Các mã chỉ hiện một lần này');
  await expect(panel.getByTestId('kiosk-status')).toHaveText('Mã đã phát: 20 · Mã đã dùng: 0 · Số lần tạo mã: 1');
  const codes = await codeItems.allTextContents();
  await expectAccessible(page, 'the desk’s kiosk panel with its codes');
  for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  await panel.getByRole('button', { name: 'In phiếu mã' }).click();
  const slips = page.getByRole('dialog');
  await expect(slips.locator('iframe.print-preview')).toBeVisible();
  await slips.getByRole('button', { name: 'Đóng bản xem trước (Esc)' }).click();
  await expect(slips).toHaveCount(0);

  // The kiosk: the whole window, no frame, no menus, no navigation; the code field has the keyboard.
  await panel.getByRole('button', { name: 'Mở máy bỏ phiếu' }).click();
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${campaign.id}/${unitId}$`));
  const codeField = page.getByRole('textbox', { name: 'Mã trên phiếu mã của đồng chí' });
  await expect(codeField).toBeFocused();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('.frame, .frame-header, .frame-nav')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thoát' })).toBeVisible();
  const opened = await traces(page, codes[0]!);
  expect(opened).toMatchObject({ values: [], checked: 0, code: false, marks: [], localStorage: 0, sessionStorage: 0 });
  await expectAccessible(page, 'the kiosk’s code screen');

  const voters: Array<{ first: Array<string | null>; second: Array<string | null> | 'blank' }> = [
    { first: Array(criteria).fill('1'), second: Array(criteria).fill('2') },
    { first: Array(criteria).fill('2'), second: Array(criteria).fill('1') },
    { first: [null, ...Array(criteria - 1).fill('3')], second: Array(criteria).fill('3') },
    { first: Array(criteria).fill('1'), second: 'blank' },
    { first: Array(criteria).fill('4'), second: Array(criteria).fill('4') },
  ];
  for (const [index, voter] of voters.entries()) {
    const code = codes[index]!;
    await expect(codeField).toBeFocused();
    await page.keyboard.type(index % 2 === 0 ? code : code.toLowerCase().replace('-', ' '));
    await page.keyboard.press('Enter');
    await markPerson(page, 'Nguyễn Văn Hùng', voter.first, String((index % 4) + 1));
    if (index === 0) {
      await expectAccessible(page, 'the kiosk’s second form');
      await page.screenshot({ path: test.info().outputPath('kiosk-form.png') });
    }
    if (voter.second === 'blank') {
      // Nothing marked: Enter on the first row goes on, and the review says how it counts.
      await expect(page.getByRole('heading', { level: 1 })).toContainText('đồng chí Vũ Xuân Trường');
      await page.keyboard.press('Enter');
    } else await markPerson(page, 'Vũ Xuân Trường', voter.second, '2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xem lại trước khi gửi');
    const send = page.getByRole('button', { name: 'Gửi phiếu' });
    await expect(send).toBeFocused();
    const firstPerson = page.locator('section[data-contest="Nguyễn Văn Hùng"]');
    if (voter.first[0]) await expect(firstPerson.locator('tr[data-row="1"]')).toContainText(/\(\d\) /);
    else await expect(firstPerson.locator('tr[data-row="1"]')).toContainText('Không đánh dấu');
    if (voter.second === 'blank')
      await expect(page.locator('section[data-contest="Vũ Xuân Trường"]')).toContainText('phiếu không hợp lệ');
    if (index === 0) await expectAccessible(page, 'the kiosk’s review');
    if (index === 1) {
      // "Sửa" goes back to that person; row 1 becomes Yếu kém, and Enter returns to the review.
      await page.getByRole('button', { name: 'Sửa phiếu về đồng chí Nguyễn Văn Hùng' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('đồng chí Nguyễn Văn Hùng');
      await expect(page.getByRole('radio', { name: /Tốt/ }).first()).toBeFocused();
      await page.keyboard.press('4');
      await page.keyboard.press('Enter');
      await expect(firstPerson.locator('tr[data-row="1"]')).toContainText('Yếu kém');
      await expect(send).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Cảm ơn đồng chí đã bỏ phiếu.' })).toBeVisible();
    // A few seconds later (the test moves the page's clock), the start again, with nothing of this voter anywhere in the page.
    await page.clock.runFor(thanksMs);
    await expect(codeField).toBeFocused();
    expect(await traces(page, code)).toEqual({ ...opened, code: false });
  }

  // A used code is refused with the core's words, and the field is empty again.
  await page.keyboard.type(codes[0]!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Mã không dùng được: mã sai, đã dùng hoặc không phải');
  await expect(codeField).toBeFocused();
  expect(await traces(page, codes[0]!)).toEqual({ ...opened, code: false });

  // Back, a typed address or the areas' shortcuts do not leave the kiosk.
  await page.evaluate(() => window.history.back());
  await page.keyboard.press('Alt+1');
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${campaign.id}/${unitId}$`));
  await page.evaluate(() => {
    window.location.hash = '#/administration';
  });
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${campaign.id}/${unitId}$`));
  await expect(codeField).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // Leaving needs the head's password: Ctrl+Alt+Q asks, Escape drops the question; a wrong one stays.
  await page.keyboard.press('Control+Alt+q');
  const exit = page.getByRole('dialog', { name: 'Thoát máy bỏ phiếu' });
  await expect(exit.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(exit).toBeHidden();
  await page.getByRole('button', { name: 'Thoát' }).click();
  await expect(exit.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type('không phải mật khẩu');
  await page.keyboard.press('Enter');
  await expect(exit.getByRole('alert')).toContainText('Sai tên đăng nhập hoặc mật khẩu.');
  await expect(exit.getByLabel('Mật khẩu')).toHaveValue('');
  await expect(page).toHaveURL(new RegExp(`#/kiosk/${campaign.id}/${unitId}$`));
  await exit.getByLabel('Mật khẩu').fill('mật khẩu truongban');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/counting/${campaign.id}/unit/${unitId}$`));
  await expect(page.getByRole('navigation', { name: /./ }).first()).toBeVisible();

  // Closing asks first; the five ballots become the batches, and the reconciliation's R07 holds.
  const deskPanel = page.getByRole('region', { name: /^Bỏ phiếu điện tử/ });
  await expect(deskPanel.getByTestId('kiosk-status')).toHaveText('Mã đã phát: 20 · Mã đã dùng: 5 · Số lần tạo mã: 1');
  await deskPanel.getByRole('button', { name: 'Đóng máy bỏ phiếu' }).click();
  const closing = deskPanel.getByRole('group', { name: /Đóng máy bỏ phiếu của Bồ Đề\? 5 phiếu đã bỏ/ });
  await closing.getByRole('button', { name: 'Đóng máy bỏ phiếu' }).click();
  await expect(deskPanel.locator('.badge')).toHaveText('Đã đóng');
  expect(await ok(shell, 'kiosk.status', { unitId })).toMatchObject({ issued: 20, used: 5, closed: true });
  for (const contest of ward) {
    const lines = await ok<Array<{ rule: string; ok: boolean }>>(shell, 'counting.reconciliation', {
      contestId: contest.id,
    });
    expect(lines.find((line) => line.rule === 'R07')).toMatchObject({ ok: true });
  }
  await expect(page.locator('article[data-contest="Vũ Xuân Trường"]')).toContainText('Bỏ tại máy bỏ phiếu điện tử');

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});
