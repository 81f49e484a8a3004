import { expect, test } from './fixtures/browserShell';
import { ok, signInAs } from './fixtures/schoolContest';
import { watch, withoutPreviewRefusal } from './helpers';
import { decisionsOf, levels2025, roundName, rosterUpload } from '../fixtures/ratings/ratingsData';

type Entry = { subjectId: string; name: string };

const cellsTarget = 'Chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên';

/**
 * Issue 17 point 4 on the screen: the year's targets against the decided levels, read from
 * tables by their names, the year chosen by keyboard, and the administrator's target sets edited
 * by keyboard alone (the head reads them).
 */
test('the targets dashboard reads each target’s counts, share and outcome, and the administrator edits the sets by keyboard', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  await shell.createVault();
  await ok(shell, 'users.add', {
    login: 'truongban',
    fullName: 'Người truongban',
    role: 'head',
    password: 'mật khẩu truongban',
  });
  await ok(shell, 'ratings.importRoster', { file: rosterUpload() });
  await ok(shell, 'ratings.createRound', { year: 2024, name: roundName(2024) });
  const round = await ok<{ id: string }>(shell, 'ratings.createRound', { year: 2025, name: roundName(2025) });
  const { entries } = await ok<{ entries: Entry[] }>(shell, 'ratings.round', { roundId: round.id });
  // Cells: THCS and Tiểu học good, Mầm non completed; members: Ánh good, Bảo completed; Công đoàn, Chi đoàn good.
  for (const input of decisionsOf(round.id, entries, levels2025)) await ok(shell, 'ratings.decide', input);

  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/ratings/targets`);
  // Opens on the latest year with a round.
  const year = page.getByRole('combobox', { name: 'Năm xem kết quả' });
  await expect(year).toHaveValue('2025');
  await expect(
    page.getByText(/Chỉ tiêu năm 2025 theo Kế hoạch nâng cao chất lượng.*áp dụng từ năm 2021 đến năm 2025/),
  ).toBeVisible();

  const results = page.getByRole('table', { name: 'Kết quả thực hiện chỉ tiêu năm 2025' });
  const cells = results.getByRole('row', { name: new RegExp(`^${cellsTarget}`) });
  await expect(cells.getByRole('cell')).toHaveText([
    'Hoàn thành tốt nhiệm vụ trở lên: đạt 97,00 % trở lên',
    '2/3',
    '66,67 %',
    'Không đạt',
    'cần thêm 1',
    '0',
  ]);
  const members = results.getByRole('row', { name: /^Đảng viên được xếp loại/ });
  await expect(members.getByRole('cell')).toHaveText([/98,00\s%/, '1/2', '50,00 %', 'Không đạt', 'cần thêm 1', '5']);
  const socio = results.getByRole('row', { name: /^Tổ chức chính trị - xã hội/ });
  await expect(socio.getByRole('cell')).toHaveText([/95,00\s%/, '2/2', '100,00 %', 'Đạt', 'không thiếu', '1']);

  const below = page.getByRole('table', {
    name: `Đơn vị dưới chỉ tiêu «${cellsTarget}» năm 2025, xa chỉ tiêu nhất trước`,
  });
  await expect(below.getByRole('row', { name: /Trường Mầm non Đa Tốn/ }).getByRole('cell')).toHaveText([
    '1',
    '0/1',
    '0,00 %',
    'cần thêm 1',
    '0',
  ]);

  const years = page.getByRole('table', { name: 'Kết quả thực hiện chỉ tiêu qua các năm có đợt xếp loại' });
  await expect(years.getByRole('columnheader')).toHaveText(['Chỉ tiêu', 'Chỉ tiêu năm đầu', '2024', '2025']);
  await expect(years.getByRole('row', { name: new RegExp(`^${cellsTarget}`) }).getByRole('cell')).toHaveText([
    '97,00 %',
    'Chưa có kết quả',
    '66,67 % (2/3)Không đạt',
  ]);
  // The year's report, previewed and closed by keyboard.
  const print = page.getByRole('button', { name: 'Xem và in báo cáo chỉ tiêu năm 2025' });
  await print.focus();
  await page.keyboard.press('Enter');
  const report = page.getByRole('dialog', { name: 'Báo cáo kết quả thực hiện chỉ tiêu xếp loại chất lượng năm 2025' });
  await expect(report).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(report).toHaveCount(0);
  await expect(print).toBeFocused();

  // The year by keyboard: the dashboard follows, the focus stays on the chooser.
  await year.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('table', { name: 'Kết quả thực hiện chỉ tiêu năm 2024' })).toBeVisible();
  await expect(year).toBeFocused();
  await expect(page.getByText('Chưa có quyết định xếp loại nào để so.').first()).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(results).toBeVisible();

  // The administrator lowers the cells' target of the plan to 66,5 %, by keyboard alone.
  const plan = page.getByRole('group', { name: /^Bộ chỉ tiêu 1: Kế hoạch nâng cao/ });
  const cellsShare = plan
    .getByRole('group', { name: cellsTarget })
    .getByRole('textbox', { name: 'Tỷ lệ phải đạt (%)' });
  await cellsShare.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('66,5');
  // A set for 2024 apart: the year, Enter, and the focus is in the new set's first field.
  await page.getByRole('textbox', { name: 'Năm đặt chỉ tiêu riêng' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2024');
  await page.keyboard.press('Enter');
  const apart = page.getByRole('group', { name: 'Bộ chỉ tiêu 2' });
  await expect(apart.getByRole('textbox', { name: 'Tên kế hoạch (tiếng Việt)' })).toBeFocused();
  await expect(apart.getByRole('textbox', { name: 'Từ năm' })).toHaveValue('2024');

  // Saving without its names: nothing is asked of the core, the first field to mend has the focus.
  await page.getByRole('button', { name: 'Lưu các bộ chỉ tiêu' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('group', { name: /^Lưu 2 bộ chỉ tiêu\?/ }).getByRole('button', { name: 'Lưu' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Chưa lưu: 2 mục cần sửa (ghi ở từng mục).')).toBeVisible();
  await expect(apart.getByRole('textbox', { name: 'Tên kế hoạch (tiếng Việt)' })).toBeFocused();
  await page.keyboard.type('Nghị quyết Đảng ủy năm 2024');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'Bộ chỉ tiêu 2: Nghị quyết Đảng ủy năm 2024' })).toBeVisible();
  await expect(apart.getByRole('textbox', { name: 'Tên kế hoạch (tiếng Anh)' })).toBeFocused();
  await page.keyboard.type('Party committee resolution 2024');
  await page.getByRole('button', { name: 'Lưu các bộ chỉ tiêu' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu 2 bộ chỉ tiêu.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu các bộ chỉ tiêu' })).toBeFocused();

  const sets = await ok<Array<{ fromYear: number; toYear: number; targets: Array<{ share: number }> }>>(
    shell,
    'ratings.targetSets',
    {},
  );
  expect(sets.map((set) => [set.fromYear, set.toYear, set.targets[0]!.share])).toEqual([
    [2021, 2025, 6650],
    [2024, 2024, 6650],
  ]);
  await expect(cells.getByRole('cell').nth(3)).toHaveText('Đạt');
  await expect(cells.getByRole('cell').nth(4)).toHaveText('không thiếu');

  // The head reads the sets and edits nothing.
  await signInAs(shell, 'truongban');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/ratings/targets/2024`);
  await expect(
    page.getByText(/Chỉ tiêu năm 2024 theo Nghị quyết Đảng ủy năm 2024 \(\s*áp dụng riêng năm 2024\s*\)/),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /^Nghị quyết Đảng ủy năm 2024/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tên kế hoạch (tiếng Việt)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lưu các bộ chỉ tiêu' })).toHaveCount(0);

  // English is there too.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('table', { name: 'Results against the targets, 2024' })).toBeVisible();

  // The print preview's sandboxed frame refuses scripts, and Chromium says so: that is the refusal working.
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});
