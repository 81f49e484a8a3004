import type ExcelJS from 'exceljs';
import type { Cell, Table } from '../../shared/campaigns/unitRows';
import { AppError } from '../../shared/errors';
import { parseCsv, sniffDelimiter } from './csv';

const maxBytes = 10 * 1024 * 1024;
const maxRows = 50_000;

const unreadable = (file: string, vi: string, en: string) =>
  new AppError('IMPORT_UNREADABLE', { file, reason: { vi, en } });

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A cell as exceljs gives it → text, number or date (formulas give their result, rich text its text). */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<Table> {
  // Loaded when a spreadsheet is read, not at every start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw unreadable(fileName, 'không phải tệp Excel (.xlsx) đọc được', 'not a readable Excel (.xlsx) file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0)
    throw unreadable(fileName, 'trang tính đầu tiên trống', 'the first worksheet is empty');
  if (sheet.rowCount > maxRows + 1) throw unreadable(fileName, `quá ${maxRows} dòng`, `more than ${maxRows} rows`);
  const width = sheet.columnCount;
  const rows: Cell[][] = [];
  for (let number = 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const cells: Cell[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellValue(row.getCell(column).value));
    rows.push(cells);
  }
  const [headers = [], ...data] = rows;
  return { headers: headers.map((cell) => (cell === null ? '' : String(cell))), rows: data };
}

function readCsv(fileName: string, bytes: Uint8Array): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(
      fileName,
      'tệp không phải văn bản UTF-8 (tệp nhị phân, hoặc mã cũ như Windows-1258 hay TCVN3: hãy lưu lại dưới dạng CSV UTF-8)',
      'the file is not UTF-8 text (binary, or a legacy encoding such as Windows-1258 or TCVN3: save it again as CSV UTF-8)',
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw unreadable(fileName, 'tệp nhị phân, không phải CSV', 'a binary file, not CSV');
  if (text.trim() === '') throw unreadable(fileName, 'tệp trống', 'the file is empty');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const rows = parseCsv(text, sniffDelimiter(firstLine));
  if (rows.length > maxRows + 1) throw unreadable(fileName, `quá ${maxRows} dòng`, `more than ${maxRows} rows`);
  const [headers = [], ...data] = rows;
  return { headers, rows: data };
}

/**
 * Reads the first sheet of an XLSX file or a CSV file from its bytes (never from a path on
 * disk), for the import preview. Anything else is refused with a reason people can act on.
 */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw unreadable(fileName, 'tệp trống', 'the file is empty');
  if (bytes.length > maxBytes) throw unreadable(fileName, 'tệp lớn hơn 10 MB', 'the file is larger than 10 MB');
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return readXlsx(fileName, bytes);
  return readCsv(fileName, bytes);
}
