import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browserShell';
import { ok, signInAs } from './fixtures/schoolContest';
import { expectOnlyOrigins, tabTo, watch, withoutPreviewRefusal } from './helpers';
import { flatten, hasPdfTools, printsFolder, readPdfText } from '../helpers/pdfText';
import { appendixCsvPath, plan35 } from '../fixtures/plans/planData';

const planTitle = plan35.title;

// What is overdue depends on the day: the checks hold on any day after the plan's end (31/12/2025),
// and the list asked "as of 01/10/2021" holds on every day.
test('plans: import seed 004’s appendix on the screen, record task 3’s 2021 by keyboard, and see what is overdue', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  const seen = watch(page);
  await shell.createVault();
  await ok(shell, 'users.add', {
    login: 'truongban',
    fullName: 'Trần Văn Bình',
    role: 'head',
    password: 'mật khẩu truongban',
  });

  // The administrator opens the area with Alt+6: no plan yet.
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Theo dõi thực hiện kế hoạch' })).toBeVisible();
  await expect(page.getByText('Chưa có kế hoạch nào.')).toBeVisible();

  // "Nhập kế hoạch": a period that ends before it starts is refused before anything is sent, and the file is asked for.
  const importForm = page.getByRole('form', { name: 'Nhập kế hoạch' });
  await importForm.getByLabel('Tên kế hoạch').fill(planTitle);
  await importForm.getByLabel('Số kế hoạch (ví dụ 35-KH/HU)').fill('35-KH/HU');
  await importForm.getByLabel('Ngày ban hành').fill('05/05/2021');
  await importForm.getByLabel('Cơ quan ban hành (ví dụ Huyện ủy Gia Lâm)').fill('Huyện ủy Gia Lâm');
  await importForm.getByLabel('Thực hiện từ ngày').fill('05/05/2021');
  await importForm.getByLabel('Thực hiện đến ngày').fill('31/12/2020');
  await importForm.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(importForm.getByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeVisible();
  await importForm.getByLabel('Thực hiện đến ngày').fill('31/12/2025');
  await importForm.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(importForm.getByText('Chọn tệp phụ lục nhiệm vụ.')).toBeVisible();
  await expect(importForm.getByLabel('Tệp phụ lục nhiệm vụ (CSV, XLSX)')).toBeFocused();

  // Checked first (16 tasks, 134 occurrences over 2021–2025), then imported.
  await importForm.getByLabel('Tệp phụ lục nhiệm vụ (CSV, XLSX)').setInputFiles(appendixCsvPath);
  await importForm.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(importForm.getByRole('status')).toHaveText(
    'Tệp không có lỗi: 16 nhiệm vụ, 134 kỳ thực hiện trong thời gian của kế hoạch.',
  );
  await importForm.getByRole('button', { name: 'Nhập kế hoạch với 16 nhiệm vụ' }).click();

  // The plan's page, its heading focused; the 16 tasks in the appendix's order and columns.
  await expect(page.getByRole('heading', { level: 2, name: planTitle })).toBeFocused();
  await expect(page.getByText('Số 35-KH/HU · ban hành ngày 05/05/2021 · Huyện ủy Gia Lâm')).toBeVisible();
  await expect(page.getByText('Thực hiện từ 05/05/2021 đến 31/12/2025')).toBeVisible();
  const tasks = page.getByRole('table', { name: 'Các nhiệm vụ theo phụ lục' });
  await expect(tasks.locator('tr[data-task]')).toHaveCount(16);
  await expect(tasks.locator('tr[data-task] > td:first-child')).toHaveText([...Array(16)].map((_, i) => `${i + 1}`));
  const task3 = tasks.locator('tr[data-task="3"]');
  await expect(task3.getByRole('rowheader')).toHaveText(
    'Triển khai các lớp bồi dưỡng lý luận chính trị cho cán bộ, giáo viên các trường học thuộc huyện.',
  );
  await expect(task3).toContainText('Ban Tuyên giáo');
  await expect(task3).toContainText('Quý III hàng năm');
  await expect(task3).toContainText('Hiểu là: Quý III hàng năm · 5 kỳ, kỳ đầu đến hạn 30/09/2021');
  await expect(task3).toContainText('Đ/c Đặng Thị Huyền - Phó Bí thư Huyện ủy');
  await expect(task3.locator('[data-progress]')).toHaveText('0/5');

  // Task 3's occurrences by keyboard: five, due 30/09/2021 … 30/09/2025, grouped by year.
  await page.getByRole('link', { name: 'Xem 5 kỳ của nhiệm vụ 3' }).focus();
  await page.keyboard.press('Enter');
  const panelHeading = page.getByRole('heading', { level: 3, name: 'Nhiệm vụ 3: các kỳ thực hiện' });
  await expect(panelHeading).toBeFocused();
  const occurrences = page.getByRole('table', { name: 'Các kỳ thực hiện nhiệm vụ 3' });
  await expect(occurrences.locator('tr[data-occurrence] > th')).toHaveText([
    'Quý III/2021',
    'Quý III/2022',
    'Quý III/2023',
    'Quý III/2024',
    'Quý III/2025',
  ]);
  await expect(occurrences.locator('tr[data-occurrence] > td:nth-child(2)')).toHaveText([
    '30/09/2021',
    '30/09/2022',
    '30/09/2023',
    '30/09/2024',
    '30/09/2025',
  ]);
  await expect(occurrences.locator('tbody')).toHaveCount(5);
  // Overdue is said in words.
  await expect(occurrences.locator('tr[data-occurrence="2022-Q3"]')).toContainText('Chưa thực hiện · Quá hạn');

  // 2021's is marked done with a note: Tab to its button, Enter, arrows to "Hoàn thành", Tab, type, Ctrl+Enter.
  await tabTo(page, 'Ghi tình trạng kỳ Quý III/2021');
  await page.keyboard.press('Enter');
  const statusForm = page.getByRole('form', { name: 'Tình trạng kỳ Quý III/2021' });
  await expect(statusForm.getByRole('radio', { name: 'Chưa thực hiện' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(statusForm.getByRole('radio', { name: 'Hoàn thành' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(statusForm.getByLabel('Ghi chú (kết quả, văn bản, lý do chậm…)')).toBeFocused();
  await page.keyboard.type('Đã mở 2 lớp bồi dưỡng tại Trung tâm chính trị huyện');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Đã ghi kỳ Quý III/2021: Hoàn thành.')).toBeVisible();
  await expect(statusForm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ghi tình trạng kỳ Quý III/2021' })).toBeFocused();
  const done2021 = occurrences.locator('tr[data-occurrence="2021-Q3"]');
  await expect(done2021).toContainText('Hoàn thành');
  await expect(done2021).not.toContainText('Quá hạn');
  await expect(done2021).toContainText('Đã mở 2 lớp bồi dưỡng tại Trung tâm chính trị huyện');
  await expect(task3.locator('[data-progress]')).toHaveText('1/5');
  await expect(task3.locator('[data-overdue]')).toHaveText('4');

  // Escape closes the occurrences; the focus is back on the link that opened them.
  await page.keyboard.press('Escape');
  await expect(panelHeading).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Xem 5 kỳ của nhiệm vụ 3' })).toBeFocused();

  // The appendix with its progress as of 01/10/2021: previewed, saved as a PDF (read back where pdftotext is).
  await page.getByLabel('In tiến độ tính đến ngày').fill('01/10/2021');
  const print = page.getByRole('button', { name: 'Xem và in phụ lục kèm tiến độ' });
  await print.click();
  const preview = page.getByRole('dialog', { name: 'Phụ lục tiến độ thực hiện nhiệm vụ - Kế hoạch số 35-KH/HU' });
  await expect(preview).toBeVisible();
  if (hasPdfTools) {
    mkdirSync(printsFolder, { recursive: true });
    const pdfPath = join(printsFolder, 'e2e-phu-luc-tien-do-35-KH-HU.pdf');
    const download = page.waitForEvent('download');
    await preview.getByRole('button', { name: 'Tải bản PDF (A4)' }).click();
    await (await download).saveAs(pdfPath);
    const text = flatten(readPdfText(pdfPath));
    for (const words of [
      'TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
      'Tính đến ngày 01/10/2021',
      // Task 3's latest due occurrence is the one just recorded; 15 overdue in all, as the list below says.
      'Quý III/2021: Hoàn thành',
      '15 lần',
    ])
      expect(text).toContain(words);
  }
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(print).toBeFocused();

  // A monthly and quarterly task stays readable: the year 2021 leaves 14 tasks and 11 of task 4's 75 occurrences.
  await page.getByLabel('Kỳ đến hạn trong năm').selectOption('2021');
  await expect(page.getByText('Đang hiện 14/16 nhiệm vụ.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem 75 kỳ của nhiệm vụ 4' }).focus();
  await page.keyboard.press('Enter');
  const monthly = page.getByRole('table', { name: 'Các kỳ thực hiện nhiệm vụ 4' });
  await expect(monthly.locator('tr[data-occurrence]')).toHaveCount(11);
  await expect(page.getByText('Bộ lọc đang ẩn 64 kỳ.')).toBeVisible();
  await page.getByLabel('Tìm theo nội dung hoặc đơn vị tham mưu (gõ không dấu cũng được)').fill('boi duong');
  await expect(page.getByText('Đang hiện 2/16 nhiệm vụ.')).toBeVisible();

  // The overdue list across plans, as of 01/10/2021: task 3's 2021 is done, so not in it; the earliest first.
  const sections = page.getByRole('navigation', { name: 'Các mục theo dõi kế hoạch' });
  await sections.getByRole('link', { name: 'Việc quá hạn' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Việc quá hạn trên mọi kế hoạch' })).toBeVisible();
  await page.getByLabel('Tính đến ngày').focus();
  await page.keyboard.type('01/10/2021');
  await page.keyboard.press('Enter');
  await expect(page.getByText('15 kỳ quá hạn tính đến ngày 01/10/2021.')).toBeVisible();
  const overdue = page.getByRole('table', { name: 'Các kỳ quá hạn tính đến ngày 01/10/2021' });
  const rows = overdue.locator('tbody tr');
  await expect(rows).toHaveCount(15);
  expect(
    await rows.evaluateAll((found) =>
      found.map((row) => `${row.getAttribute('data-task')} ${row.children[4]!.textContent}`),
    ),
  ).toEqual([
    '4 05/2021',
    '4 06/2021',
    '4 Quý II/2021',
    '1 07/2021',
    '4 07/2021',
    '6 07/2021',
    '7 07/2021',
    '8 07/2021',
    '9 07/2021',
    '4 08/2021',
    '2 09/2021',
    '4 09/2021',
    '4 Quý III/2021',
    '5 Quý III/2021',
    '12 09/2021',
  ]);
  await expect(rows.first().locator('td, th')).toHaveText([
    '35-KH/HU',
    '4. Hướng dẫn, định hướng các nội dung sinh hoạt thường kỳ, chuyên đề đối với chi bộ trường học.',
    'Ban Tuyên giáo',
    'Đ/c Đặng Thị Huyền - Phó Bí thư Huyện ủy',
    '05/2021',
    '31/05/2021',
    '123 ngày',
    'Chưa thực hiện',
  ]);
  await expect(overdue.locator('tr[data-task="3"]')).toHaveCount(0);

  // As of today (after the plan's end): every occurrence but the one done, task 3's later years among them.
  await page.getByLabel('Tính đến ngày').fill('');
  await page.getByLabel('Tính đến ngày').press('Enter');
  await expect(page.getByText(/^133 kỳ quá hạn tính đến ngày/)).toBeVisible();
  const today = page.getByRole('table', { name: /^Các kỳ quá hạn tính đến ngày/ });
  await expect(today.locator('tr[data-task="3"]')).toHaveCount(4);
  await expect(today.locator('tr[data-task="3"][data-occurrence="2021-Q3"]')).toHaveCount(0);

  // A task of the list leads to its occurrences on the plan's page.
  await today.locator('tr[data-task="3"][data-occurrence="2022-Q3"]').getByRole('link', { name: /^3\. / }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Nhiệm vụ 3: các kỳ thực hiện' })).toBeFocused();

  // The head follows the plans too, without the import.
  await signInAs(shell, 'truongban');
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/plans`);
  await expect(page.getByRole('link', { name: planTitle })).toBeVisible();
  await expect(page.locator('tr[data-plan="35-KH/HU"]')).toContainText('1/134');
  await expect(page.getByRole('form', { name: 'Nhập kế hoạch' })).toHaveCount(0);

  expectOnlyOrigins(seen, [shell.origin]);
  expect(withoutPreviewRefusal(seen.problems)).toEqual([]);
});
