import { expect, test } from './fixtures/browserShell';
import { keyedTwice, signInAs } from './fixtures/schoolContest';
import { expectAccessible, watch } from './helpers';

/** Four paper ballots: 15 marks, then the prestige. */
const paper = ['1234123412341231', '2233223322332232', '1111111111111111', '4444333322221113'];
/** Keyer 1 read row 6 of ballot 2 as 1 (the paper has 2) and the prestige of ballot 4 as 1 (the paper has 3). */
const keyerOne = [paper[0]!, '2233213322332232', paper[2]!, '4444333322221111'];

test('send two differing fields back to keyer 1, who re-keys them from the paper; the batch verifies', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  // Setup through the API: the contest, a batch keyed twice with two differences.
  const { campaign, contest } = await keyedTwice(shell, keyerOne, paper);

  // The head ticks both (the default) and sends them back to keyer 1, after a question.
  await signInAs(shell, 'truongban');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  await page.getByRole('link', { name: 'Xử lý 2 chỗ khác nhau' }).click();
  const rows = page.locator('table.differences tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('checkbox', { name: /^Trả về ô này/ })).toHaveCount(2);
  for (const box of await page.getByRole('checkbox', { name: /^Trả về ô này/ }).all()) await expect(box).toBeChecked();
  await expectAccessible(page, 'differences with the fields to send back');
  await page.getByRole('button', { name: 'Trả về người nhập lần 1 để nhập lại từ phiếu' }).click();
  const question = page.getByRole('group', { name: /Trả 2 ô về người nhập lần 1\?/ });
  await expect(question.getByRole('button', { name: 'Trả về', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('return-awaiting')).toHaveText('Đang chờ người nhập lần 1 nhập lại (2 ô).');
  await expect(rows.nth(0)).toHaveAttribute('data-returned', '1');
  await expect(rows.nth(0).getByRole('button', { name: 'Giữ lần 1' })).toHaveCount(0);
  await expectAccessible(page, 'differences sent back');

  // Keyer 1 finds the notice on the desk and keys the two fields again, keyboard only, seeing no value.
  await signInAs(shell, 'kiemphieu1');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}`);
  const notice = page.getByRole('link', { name: 'Lô 1: 2 ô cần nhập lại từ phiếu' });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page.getByRole('heading', { name: 'Nhập lại từ phiếu giấy — lô 1, lần nhập 1' })).toBeVisible();
  const mark = page.getByLabel('Phiếu thứ 2: dòng 6');
  const prestige = page.getByLabel('Phiếu thứ 4: uy tín');
  await expect(mark).toBeFocused();
  await expect(mark).toHaveValue('');
  await expect(prestige).toHaveValue('');
  await expectAccessible(page, 'fields to key again');
  await page.keyboard.press('2');
  await expect(mark).toHaveValue('2');
  await page.keyboard.press('Tab');
  await expect(prestige).toBeFocused();
  await page.keyboard.press('3');
  await expect(prestige).toHaveValue('3');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lưu các ô đã nhập lại' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lưu và đối chiếu lại' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Back at the unit: the keyings agree now, and the batch is verified.
  await expect(page).toHaveURL(new RegExp(`/unit/${contest.unitId}$`));
  await expect(page.locator('li[data-batch="1"]')).toContainText('Đã xác nhận (4 phiếu)');
  await expect(page.getByRole('link', { name: /ô cần nhập lại từ phiếu/ })).toHaveCount(0);

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});
