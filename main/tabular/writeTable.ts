import { formatCsv } from './csv';

export interface Sheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/** A number as a Vietnamese spreadsheet reads it: decimal comma (38,46). */
function cellText(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/**
 * The CSV a Vietnamese office opens by double-click: Excel set to Vietnamese separates fields
 * with ';' and decimals with ','. UTF-8 with a byte-order mark (so Vietnamese shows), CRLF line
 * ends. The app's own imports read ',' and ';' alike.
 */
export function writeCsv(table: {
  headers: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}): Uint8Array {
  const text = formatCsv([table.headers, ...table.rows.map((row) => row.map(cellText))], ';');
  return new TextEncoder().encode(`\uFEFF${text}`);
}

/** One worksheet per view, bold header row, columns wide enough for their content. */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  // Loaded when a spreadsheet is written, not at every start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Kiểm phiếu';
  workbook.created = new Date(0);
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.addRow([...sheet.headers]).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow([...row]);
    worksheet.columns.forEach((column, index) => {
      const longest = Math.max(
        sheet.headers[index]?.length ?? 0,
        ...sheet.rows.map((row) => String(row[index] ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
