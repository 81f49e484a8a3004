import type { Page } from '@playwright/test';
import { expect, test, testVault } from './fixtures/browserShell';
import { ok, openSchoolContest, signInAs } from './fixtures/schoolContest';
import { watch } from './helpers';

/** 20 ordinary school ballots: 15 marks and a prestige each. */
const ballots = Array.from({ length: 20 }, (_, index) => ({
  marks: Array.from({ length: 15 }, (_, row) => String(((index + row) % 4) + 1)).join(''),
  prestige: String((index % 4) + 1),
}));

/** The note written beside row 1 of the first ballot: 12 characters, 3 of them with Vietnamese marks. */
const note = 'Chưa sâu sát';

/**
 * Keys one batch on the entry screen with the keyboard alone; returns the keystrokes per ballot as
 * the app defines them (command keys, plus each character of a note).
 */
async function keyBatchByKeyboard(page: Page, list: typeof ballots): Promise<number[]> {
  const status = page.getByTestId('entry-status');
  const pressed: number[] = [];
  for (const [index, ballot] of list.entries()) {
    await expect(status).toContainText(`Phiếu thứ ${index + 1} của lô 1`);
    const keys = [...ballot.marks, ballot.prestige, 'Enter'];
    if (index === 0) {
      // Row 1's mark, then G: the note belongs to row 1; typed, then Enter back to row 2.
      await page.keyboard.press(keys.shift()!);
      await page.keyboard.press('g');
      // The note field takes the keys once it has the focus (a person types slower than this test).
      await expect(page.locator('#entry-text')).toBeFocused();
      await expect(page.getByTestId('entry-legend')).toContainText('Enter xong, quay lại phiếu');
      await page.keyboard.type(note);
      await page.keyboard.press('Enter');
      pressed.push(keys.length + 1 + 2 + [...note].length);
    } else pressed.push(keys.length);
    for (const key of keys) await page.keyboard.press(key);
  }
  await expect(status).toContainText('Đã nhập 20 / thu về 20');
  return pressed;
}

test('key 20 ballots by keyboard, a second keying with 3 differences, the head settles exactly those, then it reconciles', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000);
  const seen = watch(page);

  // Setup through the API: an open campaign, its users, the conference and the counts.
  const { campaign, contest } = await openSchoolContest(shell);

  // First keying, keyboard only.
  await signInAs(shell, 'kiemphieu1');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  const contestCard = page.locator(`article[data-contest]`).first();
  await contestCard.getByLabel('Tên lô (ví dụ: phong bì 1)').fill('Phong bì 1');
  await contestCard.getByRole('button', { name: 'Mở lô phiếu mới' }).click();
  await contestCard.getByRole('button', { name: 'Nhập lô này' }).click();
  await expect(page.locator('.entry-sheet')).toBeFocused();
  // The row the next key marks stands out, and the prestige legend reads as separate items.
  const current = page.locator('table.entry-form tr.current');
  await expect(current).toHaveAttribute('data-row', '1');
  expect(await current.evaluate((row) => getComputedStyle(row).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('.entry-prestige')).toContainText('1. Uy tín rất cao · 2. Uy tín cao');
  // The keys that act now are always in view; "?" lists them all, costs no keystroke, and Escape goes back.
  const legend = page.getByTestId('entry-legend');
  await expect(legend).toBeInViewport();
  await expect(legend).toContainText('G ghi chú cho dòng vừa nhập');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Các phím khi nhập phiếu' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('không phải phiếu chính thức · để trống');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.locator('.entry-sheet')).toBeFocused();
  const firstKeys = await keyBatchByKeyboard(page, ballots);
  expect(firstKeys[0]).toBe(31);
  // Taking back the last ballot asks first: Enter on the button only opens the question.
  await page.getByRole('button', { name: 'Hoàn tác phiếu vừa lưu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /Lấy lại phiếu vừa lưu \(phiếu số 20\)\?/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entry-status')).toContainText('Đã nhập 20 / thu về 20');
  await page.locator('.entry-sheet').focus();
  expect(Math.max(...firstKeys.slice(1))).toBeLessThanOrEqual(17);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Kết thúc lần nhập lô này' })).toBeFocused();
  // Finishing freezes the keying: Enter only asks; Escape goes back; the question's own button (focused) finishes.
  await page.keyboard.press('Enter');
  const finishing = page.getByRole('group', { name: /Kết thúc lần nhập này \(20 phiếu\)\?/ });
  await expect(finishing.getByRole('button', { name: 'Kết thúc lần nhập' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(finishing).toHaveCount(0);
  // Answered, the question hands the focus back to the button that asked it.
  await expect(page.getByRole('button', { name: 'Kết thúc lần nhập lô này' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('li[data-batch="1"]')).toContainText('Lần nhập 1: kiemphieu1, 20 phiếu, đã xong');

  // Second keying by someone else, with 3 deliberate differences.
  await signInAs(shell, 'kiemphieu2');
  await page.reload();
  await page.locator('li[data-batch="1"]').getByRole('button', { name: 'Nhập lô này' }).click();
  await expect(page.getByTestId('entry-status')).toContainText('lần nhập 2');
  const changed = ballots.map((ballot, index) => {
    if (index === 2) return { ...ballot, marks: `${ballot.marks.slice(0, 5)}*${ballot.marks.slice(6)}` };
    if (index === 9) return { ...ballot, prestige: ballot.prestige === '1' ? '2' : '1' };
    if (index === 14) return { ...ballot, marks: `${ballot.marks.slice(0, 14)}0` };
    return ballot;
  });
  const secondKeys = await keyBatchByKeyboard(page, changed);
  expect(Math.max(...secondKeys.slice(1))).toBeLessThanOrEqual(17);
  await page.getByRole('button', { name: 'Kết thúc lần nhập lô này' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('li[data-batch="1"]')).toContainText('Xử lý 3 chỗ khác nhau');
  await expect(page.locator('article[data-contest]').first().locator('.badge').first()).toHaveText(
    'Đối chiếu chưa khớp',
  );

  // The app counted exactly what was typed: 17 per ballot, and 31 for the one with a 12-character note.
  await signInAs(shell, 'truongban');
  const stats = await ok<Array<{ userLogin: string; ballots: number; keystrokes: number }>>(
    shell,
    'counting.operatorStats',
    { campaignId: campaign.id },
  );
  for (const login of ['kiemphieu1', 'kiemphieu2'])
    expect(stats.find((row) => row.userLogin === login)).toMatchObject({ ballots: 20, keystrokes: 19 * 17 + 31 });

  // The head sees exactly those three and settles them against the paper.
  await page.reload();
  await page.getByRole('link', { name: 'Xử lý 3 chỗ khác nhau' }).click();
  const rows = page.locator('table.differences tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-position', '3');
  await expect(rows.nth(0)).toHaveAttribute('data-field', 'answer:6');
  await expect(rows.nth(1)).toHaveAttribute('data-field', 'prestige');
  // Marks are shown by their names on the form, not as bare numbers.
  await expect(rows.nth(1)).toContainText(/\d\. Uy tín/);
  await expect(rows.nth(2)).toHaveAttribute('data-field', 'answer:15');
  await rows.nth(0).getByRole('button', { name: 'Giữ lần 1' }).click();
  await expect(rows.nth(0)).toHaveAttribute('data-resolved', 'true');
  await rows.nth(1).getByRole('button', { name: 'Giữ lần 2' }).click();
  await expect(rows.nth(1)).toHaveAttribute('data-resolved', 'true');
  await rows.nth(2).getByRole('button', { name: 'Nhập lại' }).click();
  await page.keyboard.type(ballots[14]!.marks.slice(14));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Không còn chỗ khác nhau.')).toBeVisible();

  // Only now does the reconciliation hold.
  await page.getByRole('link', { name: /Về bàn kiểm phiếu/ }).click();
  await expect(page).toHaveURL(new RegExp(`/unit/${contest.unitId}$`));
  await expect(page.locator('li[data-batch="1"]')).toContainText('Đã xác nhận (20 phiếu)');
  const card = page.locator('article[data-contest]').first();
  await expect(card.locator('.badge').first()).toHaveText('Đối chiếu khớp');
  await expect(card.locator('li[data-rule][data-ok="false"]')).toHaveCount(0);
  await card.getByRole('button', { name: 'Khóa sổ kiểm phiếu' }).click();
  await expect(card.getByRole('group', { name: /Khóa sổ kiểm phiếu của .+\? Sau khi khóa/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(card.locator('.badge').first()).toHaveText('Đã khóa sổ');

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
  void testVault;
});
