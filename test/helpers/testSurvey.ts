import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../main/tabular/csv';

/**
 * The survey exports of test/fixtures/survey/ for the school contest (THCS Ngọc Lâm), with the
 * ballots each holds written as 15 marks then the prestige (0 blank), as in testCounting.ts.
 */

const folder = join(import.meta.dirname, '..', 'fixtures', 'survey');

/** Google Forms' "Tải xuống câu trả lời (.csv)": Dấu thời gian, one column per criterion, prestige, other comments. */
export const googleFormsCsv = readFileSync(join(folder, 'google-forms-thcs-ngoc-lam.csv'), 'utf8');

/** Its 10 responses; the 3rd and 7th carry an other comment. */
export const googleFormsBallots = [
  '1111111111111111',
  '1122112211221121',
  '2222222222222222',
  '1222222222222212',
  '1111222233334443',
  '3333333333333333',
  '1202121212121211',
  '4444444444444444',
  '2111111111111120',
  '1111111111111111',
] as const;

export const googleFormsOthers: Readonly<Record<number, string>> = {
  2: 'Cần quan tâm hơn đến đời sống giáo viên trẻ.',
  6: 'Đề nghị công khai thu chi, "quỹ lớp" rõ ràng hơn.',
};

/**
 * KoboToolbox's CSV export with XML values and headers (";" between fields): answers as choice
 * codes 1–4, prestige as rat_cao / cao / thap / rat_thap, a _uuid per submission; the 5th
 * response skipped criterion 7 ("n/a"), the 6th answered nothing.
 */
export const koboCsv = readFileSync(join(folder, 'kobo-thcs-ngoc-lam.csv'), 'utf8');

/** The Kobo export's ballots once mapped (the 6th, entirely blank, is an invalid ballot). */
export const koboBallots = [
  '1122112211221121',
  '2222222222222222',
  '3332221114440003',
  '1111111111111111',
  '2212220222122212',
] as const;

/** The mapping of the Kobo codes: what the head tells the app, since a code says nothing by itself. */
export const koboMapping = {
  tool: 'kobo' as const,
  criteria: Array.from({ length: 15 }, (_, index) => `phieu/nd_${index + 1}`),
  prestige: 'uy_tin',
  other: 'y_kien_khac',
  responseId: '_uuid',
  answers: [
    { text: '1', mark: 1 },
    { text: '2', mark: 2 },
    { text: '3', mark: 3 },
    { text: '4', mark: 4 },
  ],
  prestigeAnswers: [
    { text: 'rat_cao', mark: 1 },
    { text: 'cao', mark: 2 },
    { text: 'thap', mark: 3 },
    { text: 'rat_thap', mark: 4 },
  ],
  blanks: ['', 'n/a'],
};

/** A file as a call uploads it. */
export function upload(fileName: string, content: string | Buffer) {
  return { fileName, contentBase64: Buffer.from(content).toString('base64') };
}

/**
 * A CSV export as the same tool's XLSX (first sheet): Google Forms writes its timestamp as a
 * date cell there, the rest as text.
 */
export async function xlsxOf(csv: string, timestampColumn = true): Promise<Buffer> {
  const [headers = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''), csv.includes(';"') ? ';' : ',');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Câu trả lời biểu mẫu 1');
  sheet.addRow(headers);
  rows.forEach((cells, index) =>
    sheet.addRow(
      cells.map((cell, column) =>
        timestampColumn && column === 0 ? new Date(Date.UTC(2023, 4, 17, 1, 3 + index * 2, (17 * index) % 60)) : cell,
      ),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The Google Forms export's rows (header first), for a test that changes a cell and writes it back with formatCsv. */
export function googleFormsRows(): string[][] {
  return parseCsv(googleFormsCsv, ',');
}
