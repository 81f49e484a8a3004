import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInUnitTypes } from '../../../shared/campaigns/unitTypes';
import { unitTableForExport, validateUnitTable } from '../../../shared/campaigns/unitRows';
import { parseCsv } from '../../../main/tabular/csv';
import { readTable } from '../../../main/tabular/readTable';
import { writeCsv, writeXlsx } from '../../../main/tabular/writeTable';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'units');
const fixture = (name: string) => readFileSync(join(fixtures, name));

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; vi: string }> {
  try {
    await promise;
  } catch (error) {
    const payload = (error as { payload: { code: string; message: { vi: string } } }).payload;
    return { code: payload.code, vi: payload.message.vi };
  }
  return { code: 'none', vi: '' };
}

describe('reading and writing unit spreadsheets', () => {
  it('a file with errors names every bad row and column, and nothing is importable', async () => {
    const result = validateUnitTable(
      await readTable('units-errors.csv', fixture('units-errors.csv')),
      builtInUnitTypes,
    );
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'Loại đơn vị'],
      [4, 'Tên đơn vị'],
      [5, 'Số người triệu tập'],
      [6, 'Ngày bắt đầu công tác tại đơn vị'],
      [7, 'Chức vụ'],
      [8, 'Họ và tên người được góp ý'],
      [9, 'Họ và tên người được góp ý'],
      [10, 'Cơ quan cấp trên'],
    ]);
    expect(result.errors[0]!.message.vi).toContain('Không có loại đơn vị «Trường đại học»');
    expect(result.errors[3]!.message.vi).toBe(
      'Ngày không hợp lệ «31/02/2023»: cần dạng ngày/tháng/năm, ví dụ 17/05/2023.',
    );
  });

  it('the CSV and the XLSX of the same list give the same units', async () => {
    const fromCsv = validateUnitTable(await readTable('units-good.csv', fixture('units-good.csv')), builtInUnitTypes);
    const fromXlsx = validateUnitTable(
      await readTable('units-good.xlsx', fixture('units-good.xlsx')),
      builtInUnitTypes,
    );
    expect(fromCsv.errors).toEqual([]);
    expect(fromXlsx.errors).toEqual([]);
    expect(fromCsv.units).toHaveLength(29);
    expect(fromXlsx.units).toEqual(fromCsv.units);
  });

  it('round-trips Vietnamese names byte for byte through CSV and XLSX export', async () => {
    const original = validateUnitTable(
      await readTable('units-good.csv', fixture('units-good.csv')),
      builtInUnitTypes,
    ).units;
    const table = unitTableForExport(original, builtInUnitTypes);
    const csv = writeCsv(table);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const xlsx = await writeXlsx([{ name: 'Đơn vị', headers: table.headers, rows: table.rows }]);
    for (const [name, bytes] of [
      ['again.csv', csv],
      ['again.xlsx', xlsx],
    ] as const) {
      const again = validateUnitTable(await readTable(name, bytes), builtInUnitTypes);
      expect(again.errors, name).toEqual([]);
      expect(again.units, name).toEqual(original);
    }
    expect(Buffer.from(csv).toString('utf8')).toContain('Nguyễn Thị Hồng Vân'.normalize('NFC'));
  });

  it('parses CSV edge cases: quotes, delimiters and line breaks inside quotes, semicolons, CRLF, BOM', async () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\nh,i,,\n', ',')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\r\ng'],
      ['h', 'i', '', ''],
    ]);
    const semicolon = await readTable(
      'x.csv',
      new TextEncoder().encode('\uFEFFLoại đơn vị;Tên đơn vị\nPhường;"Bồ Đề; cũ"\n'),
    );
    expect(semicolon).toEqual({ headers: ['Loại đơn vị', 'Tên đơn vị'], rows: [['Phường', 'Bồ Đề; cũ']] });
  });

  it('refuses what is not a spreadsheet, with a reason', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01]);
    expect(await errorOf(readTable('anh.csv', png))).toMatchObject({ code: 'IMPORT_UNREADABLE' });
    expect(await errorOf(readTable('rong.csv', new Uint8Array()))).toMatchObject({
      code: 'IMPORT_UNREADABLE',
      vi: expect.stringContaining('tệp trống'),
    });
    const legacy = Uint8Array.from([0x54, 0xea, 0x6e, 0x2c, 0x41, 0x0a]); // "Tên" in Windows-1258
    expect((await errorOf(readTable('cu.csv', legacy))).vi).toContain('UTF-8');
    expect(await errorOf(readTable('hong.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatchObject({
      code: 'IMPORT_UNREADABLE',
    });
  });
});
