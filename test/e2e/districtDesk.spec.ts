import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/browserShell';
import type { RunningShell } from './fixtures/browserShell';
import { ok, openCampaign, signInAs } from './fixtures/schoolContest';
import { districtCampaign } from '../fixtures/campaignData';
import { expectAccessible, tabTo, typeAndTab, watch } from './helpers';

/** The district's file: 40 units (14 wards, 26 schools) and 54 people. */
const districtCsv = join(import.meta.dirname, '..', 'fixtures', 'units', 'units-district.csv');

/** Six ordinary school ballots: 15 marks and a prestige each. */
const ballots = Array.from({ length: 6 }, (_, index) => [
  ...Array.from({ length: 15 }, (_, row) => String(((index + row) % 4) + 1)),
  String((index % 4) + 1),
]);
const sixValid = { issued: '6', returned: '6', notReturned: '0', valid: '6' };

async function keepScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** A new vault with the district's open campaign (every unit type scheduled), two counters and a head. */
function openDistrictCampaign(shell: RunningShell) {
  return openCampaign(shell, (version) => districtCampaign(version), { fileName: 'don-vi.csv', path: districtCsv });
}

/** One keying of the batch on the entry screen, keyboard only, then finished (Enter asks, Enter confirms). */
async function keyAndFinish(page: Page) {
  await expect(page.locator('.entry-sheet')).toBeFocused();
  for (const [index, keys] of ballots.entries()) {
    // Each ballot once the screen is at it (a person keys slower than this test).
    await expect(page.getByTestId('entry-status')).toContainText(`Phiếu thứ ${index + 1} của lô 1`);
    for (const key of [...keys, 'Enter']) await page.keyboard.press(key);
  }
  await expect(page.getByTestId('entry-status')).toContainText('Đã nhập 6 / thu về 6');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Kết thúc lần nhập lô này' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

test('with 40 units, the desk overview finds a school in a few keystrokes; it is keyed, reconciled and sealed by keyboard, and the board follows', async ({
  page,
  shell,
}) => {
  test.setTimeout(240_000);
  const seen = watch(page);
  const { campaign, contests } = await openDistrictCampaign(shell);
  const school = contests.find((contest) => contest.unitName === 'THCS Ngọc Lâm')!;
  await signInAs(shell, 'truongban');
  // Some units further along, so the overview and the board show several states.
  await ok(shell, 'counting.saveConference', {
    unitId: contests.find((contest) => contest.unitName === 'Bồ Đề')!.unitId,
    conference: { heldOn: '2024-10-09', place: 'Hội trường', chair: 'A', committee: [], convened: 40, present: 38 },
  });

  // The overview says what is left to do, and leads there.
  await page.goto(shell.launchUrl);
  const next = page.getByRole('region', { name: 'Việc cần làm tiếp' });
  await expect(next).toBeVisible();
  await expectAccessible(page, 'the overview');
  await next.getByRole('link', { name: '39 đơn vị chưa ghi hội nghị' }).click();
  await expect(page).toHaveURL(new RegExp(`#/counting/${campaign.id}$`));
  const search = page.getByLabel('Tìm đơn vị');
  const rows = page.locator('table.desk-overview tbody tr');
  await expect(rows).toHaveCount(40);
  await expect(search).toBeFocused();
  await expect(rows.filter({ hasText: 'Bồ Đề' }).first()).toHaveAttribute('data-state', 'counting');
  await keepScreenshot(page, 'desk-overview');
  await expectAccessible(page, 'the desk overview');

  // Word starts, marks optional: "Hương" is the two people so named, not every "Phường" or "Thượng".
  await search.fill('Hương');
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-unit')))).toEqual([
    'Long Biên',
    'THCS Phúc Đồng',
  ]);
  await search.fill('');
  // Filters by unit type and by state.
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Trường THCS' });
  await expect(rows).toHaveCount(8);
  await page.getByLabel('Tình trạng').selectOption({ label: 'Chưa ghi hội nghị' });
  await expect(rows).toHaveCount(8);
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Phường' });
  await expect(rows).toHaveCount(13);
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Tất cả' });
  await page.getByLabel('Tình trạng').selectOption({ label: 'Tất cả' });
  await expect(rows).toHaveCount(40);

  // From the search box to the school's page: at most 10 keystrokes.
  await search.focus();
  const keystrokes = [...'th ng la', 'Enter'];
  for (const key of keystrokes) await page.keyboard.press(key);
  expect(keystrokes.length).toBeLessThanOrEqual(10);
  await expect(page).toHaveURL(new RegExp(`/unit/${school.unitId}$`));
  await expect(page.getByRole('heading', { level: 2, name: 'THCS Ngọc Lâm' })).toBeFocused();
  await expectAccessible(page, 'a unit’s page');

  // The conference, by keyboard; after saving, the focus is where the user was.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ghi hội nghị' })).toBeFocused();
  await page.keyboard.press('Enter');
  await typeAndTab(page, '04052024');
  await typeAndTab(page, 'Phòng hội đồng');
  await typeAndTab(page, 'Dương Văn Khải');
  await typeAndTab(page, 'Trần Văn Bình');
  await typeAndTab(page, '8');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.desk-unit > p.note')).toContainText('04/05/2024');
  await expect(page.getByRole('button', { name: 'Ghi hội nghị' })).toBeFocused();

  // The counts: six ballots issued, returned and valid.
  const card = page.locator('article[data-contest]');
  await tabTo(page, 'Ghi số phiếu');
  await page.keyboard.press('Enter');
  for (const value of Object.values(sixValid)) {
    await page.keyboard.press('Control+a');
    await typeAndTab(page, value);
  }
  await card.getByRole('button', { name: 'Lưu', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('contest-counts')).toContainText('Phát ra 6 · Thu về 6');
  await expect(page.getByRole('button', { name: 'Ghi số phiếu' })).toBeFocused();

  // A batch, keyed twice by two counters.
  await tabTo(page, 'Tên lô (ví dụ: phong bì 1)');
  await page.keyboard.type('Phong bì 1');
  await page.keyboard.press('Enter');
  await expect(card.locator('li[data-batch="1"]')).toBeVisible();
  await expect(page.getByLabel('Tên lô (ví dụ: phong bì 1)')).toBeFocused();
  for (const login of ['kiemphieu1', 'kiemphieu2']) {
    await signInAs(shell, login);
    await page.reload();
    await card.locator('li[data-batch="1"]').getByRole('button', { name: 'Nhập lô này' }).focus();
    await page.keyboard.press('Enter');
    if (login === 'kiemphieu1') {
      await keepScreenshot(page, 'entry-screen');
      await expectAccessible(page, 'the entry screen');
    }
    await keyAndFinish(page);
    await expect(page).toHaveURL(new RegExp(`/unit/${school.unitId}$`));
  }
  await expect(card.locator('li[data-batch="1"]')).toContainText('Đã xác nhận (6 phiếu)');

  // The head closes counting (asked first), then seals.
  await signInAs(shell, 'truongban');
  await page.reload();
  await expect(card.locator('.badge').first()).toHaveText('Đối chiếu khớp');
  await card.getByRole('button', { name: 'Khóa sổ kiểm phiếu' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(card.locator('.badge').first()).toHaveText('Đã khóa sổ');
  await page.goto(`${shell.origin}/#/results/${campaign.id}/contest/${school.id}`);
  await page.getByLabel('Số niêm phong phong bì phiếu').focus();
  await page.keyboard.type('NP-0007');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('article.seal-record[data-sequence="1"]')).toContainText('NP-0007');

  // Back at the overview the school is sealed; the board counts it.
  await page.goto(`${shell.origin}/#/counting/${campaign.id}`);
  const row = rows.filter({ has: page.locator('[data-unit-id]', { hasText: 'THCS Ngọc Lâm' }) });
  await expect(row).toHaveAttribute('data-state', 'sealed');
  await page.getByRole('link', { name: /Mở bảng tiến độ/ }).click();
  const totals = page.getByTestId('board-totals');
  await expect(totals).toContainText(`Đã niêm phong1/${contests.length}`);
  await expect(totals).toContainText('Đơn vị đã họp2/40');
  await expect(page.locator('.board-unit[data-unit="THCS Ngọc Lâm"]')).toContainText('Đã niêm phong');
  await keepScreenshot(page, 'progress-board');
  await expectAccessible(page, 'the progress board');

  expect(seen.requests.every((url) => new URL(url).origin === shell.origin)).toBe(true);
  expect(seen.problems).toEqual([]);
});
