import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import type { Printable } from '../../../shared/print/printables';
import { flatten, hasPdfTools, keepAndRead, printsFolder, readPdfText } from '../../helpers/pdfText';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { appendixCsv as appendix, appendixUpload, plan35 as plan } from '../../fixtures/plans/planData';
import { coreWithVault, signedInUser, type TestClient } from '../../helpers/testCore';

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn(
    '[print] SKIPPED the plan appendix print: it needs pdftotext and pdftoppm (poppler-utils) and a Chromium-family browser',
  );

const plan35 = { ...plan, file: appendixUpload() };

/** The PDF as pdftotext reads it: in reading order, whitespace collapsed, and laid out as on the page. */
async function printedText(client: TestClient, name: string, document: Printable) {
  const { fileName, pdfBase64 } = await client.ok('print.pdf', { document });
  const text = flatten(keepAndRead(name, Buffer.from(pdfBase64, 'base64')));
  return { fileName, text, laidOut: readPdfText(join(printsFolder, `${name}.pdf`), { layout: true }) };
}

/** A row of the table laid out: its lines from the one that starts "n." to the next row, header, total or page. */
function rowLines(laidOut: string, number: string): string[] {
  const lines = laidOut.split('\n');
  const start = lines.findIndex((line) => line.trimStart().startsWith(`${number}. `));
  expect(start, `row ${number}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && /^\s*(\d+\.\s|Stt\b|Cộng:)|\f/.test(line));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The cell that starts where `pattern` first matches on the row's first line: the words at that column, line by line. */
function cellText(row: readonly string[], pattern: RegExp): string {
  const column = row[0]!.search(pattern);
  expect(column, `${pattern} on ${row[0]}`).toBeGreaterThanOrEqual(0);
  return row
    .map((line) => /^\s{0,2}(\S+(?: \S+)*)/.exec(line.slice(column))?.[1] ?? '')
    .filter(Boolean)
    .join(' ');
}

describe.skipIf(!canPrint)('the plan’s appendix with its progress, printed and read back with pdftotext', () => {
  const temp = useTempDirectories();

  it(
    'cites the plan, keeps the appendix’s columns and counts each task’s occurrences done, due and planned on the day',
    { timeout: 120_000 },
    async () => {
      const { core, admin } = await coreWithVault(temp());
      try {
        const { id: planId } = await admin.ok('plans.create', plan35);
        const head = await signedInUser(core, admin, { login: 'truongban', fullName: 'Trần Văn Bình', role: 'head' });
        const { tasks } = await head.ok('plans.get', { planId, asOf: '2022-10-01' });
        const taskId = (number: string) => tasks.find((task) => task.number === number)!.id;
        // Task 3 (Quý III hàng năm): 2021 done, 2022 not → 1 of 2 due of 5, Quý III/2022 overdue.
        await head.ok('plans.setStatus', { planId, taskId: taskId('3'), key: '2021-Q3', status: 'done' });
        // Task 5 (Quý III hàng năm): 2021 under way, 2022 not started → both overdue, named.
        await head.ok('plans.setStatus', { planId, taskId: taskId('5'), key: '2021-Q3', status: 'inProgress' });
        // Task 1 (07/2021): done, nothing overdue.
        await head.ok('plans.setStatus', { planId, taskId: taskId('1'), key: '2021-07', status: 'done' });

        const document: Printable = { kind: 'planAppendix', planId, asOf: '2022-10-01' };
        const { fileName, text, laidOut } = await printedText(head, 'phu-luc-tien-do', document);
        expect(fileName).toBe('phu-luc-tien-do-35-kh-hu.pdf');
        for (const words of [
          'PHỤ LỤC TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
          'Kế hoạch nâng cao chất lượng hoạt động chi bộ, các tổ chức chính trị - xã hội trong trường học thuộc huyện Gia Lâm, giai đoạn 2021 - 2025',
          '(ban hành kèm theo Kế hoạch số 35-KH/HU ngày 05/5/2021 của Huyện ủy Gia Lâm)',
          'Tính đến ngày 01/10/2022',
          'Tiến độ đến ngày 01/10/2022',
          'Cộng: 16 nhiệm vụ',
          'Mốc nhật ký kiểm toán khi in',
        ])
          expect(text).toContain(words);

        // Task 3 as the appendix writes it, then 1 done, 2 due, 5 in all; Quý III/2022 overdue and not started.
        const task3 = rowLines(laidOut, '3');
        expect(task3[0]).toMatch(/^\s*3\. Triển khai các lớp/);
        expect(cellText(task3, /Quý III/)).toBe('Quý III hàng năm');
        expect(task3[0]).toMatch(/\s1\s+2\s+5\s/);
        expect(cellText(task3, /(?<=\s5\s+)\S/)).toBe('Quý III/2022');
        expect(cellText(task3, /(?<=\s5\s+\S+\s+)\S/)).toBe('Quý III/2022: Chưa thực hiện, quá hạn');
        // Task 5: the 2021 occurrence under way but late, and 2022's, named.
        expect(cellText(rowLines(laidOut, '5'), /(?<=\s0\s+2\s+5\s+)\S/)).toBe('Quý III/2021, Quý III/2022');
        // Task 1 done on time: nothing overdue.
        const task1 = rowLines(laidOut, '1');
        expect(task1[0]).toMatch(/\s1\s+1\s+1\s+–\s/);
        expect(cellText(task1, /(?<=–\s+)\S/)).toBe('07/2021: Hoàn thành');
        // Task 4, monthly and quarterly: 17 months and 6 quarters overdue, counted rather than named.
        expect(rowLines(laidOut, '4')[0]).toMatch(/\s0\s+23\s+75\s+23 lần, từ/);
        // Task 15 falls due in Quý III/2023: nothing due yet.
        expect(rowLines(laidOut, '15')[0]).toMatch(/\s0\s+0\s+1\s+–\s+Chưa đến/);

        const preview = await head.ok('print.preview', { document });
        expect(preview.title).toBe('Phụ lục tiến độ thực hiện nhiệm vụ - Kế hoạch số 35-KH/HU');
        expect(preview.html).not.toMatch(/<script/i);
        // Task 3's row, every cell escaped text: 1 done, 2 due, 5 in all, Quý III/2022 overdue and where it stands.
        expect(preview.html).toContain(
          '<tr><td class="number">3.</td><td>Triển khai các lớp bồi dưỡng lý luận chính trị cho cán bộ, giáo viên các trường học thuộc huyện.</td><td>Ban Tuyên giáo</td>',
        );
        expect(preview.html).toContain(
          '<td>Quý III hàng năm</td><td>Đ/c Đặng Thị Huyền - Phó Bí thư Huyện ủy</td><td class="number">1</td><td class="number">2</td><td class="number">5</td><td>Quý III/2022</td><td>Quý III/2022: Chưa thực hiện, quá hạn</td>',
        );

        expect(await head.code('print.preview', { document: { kind: 'planAppendix', planId: randomUUID() } })).toBe(
          'NOT_FOUND',
        );
      } finally {
        core.shutdown();
      }
    },
  );

  it('escapes what people typed, and counts to today when no day is given', { timeout: 60_000 }, async () => {
    const { core, admin } = await coreWithVault(temp());
    try {
      const marked = Buffer.from(
        appendix.toString('utf8').replace('Sơ kết 03 năm', '<b>Sơ kết</b> 03 năm'),
        'utf8',
      ).toString('base64');
      const { id: planId } = await admin.ok('plans.create', {
        ...plan35,
        issuer: 'Huyện ủy <i>Gia Lâm</i>',
        file: { fileName: 'phu-luc.csv', contentBase64: marked },
      });
      const { html } = await admin.ok('print.preview', { document: { kind: 'planAppendix', planId } });
      expect(html).toContain('&lt;b&gt;Sơ kết&lt;/b&gt; 03 năm');
      expect(html).toContain('của Huyện ủy &lt;i&gt;Gia Lâm&lt;/i&gt;)');
      expect(html).not.toContain('<b>');
      expect(html).toMatch(/Tính đến ngày \d{2}\/\d{2}\/2\d{3}/);
    } finally {
      core.shutdown();
    }
  });
});
