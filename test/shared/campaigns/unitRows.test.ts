import { describe, expect, it } from 'vitest';
import { builtInUnitTypes } from '../../../shared/campaigns/unitTypes';
import {
  importableUnits,
  parseDay,
  unitColumns,
  unitTableForExport,
  validateUnitTable,
} from '../../../shared/campaigns/unitRows';

const headers = unitColumns.map((column) => column.vi);

describe('unit rows', () => {
  it('groups the rows of one unit and keeps each person', () => {
    const result = validateUnitTable(
      {
        headers,
        rows: [
          ['Phường', 'Phúc Đồng', 'Quận ủy Long Biên', '52', 'Nguyễn Văn Hùng', 'Bí thư Đảng ủy', '01/03/2020'],
          ['phuong', 'Phúc Đồng', '', '', 'Trần Thị Hà', 'Phó Bí thư; Chủ tịch UBND', '2021-06-15'],
          ['truong mam non', 'Mầm non Gia Quất', '', '', '', '', ''],
          [null, null, null, null, null, null, null],
        ],
      },
      builtInUnitTypes,
    );
    expect(result.errors).toEqual([]);
    expect(result.units).toEqual([
      {
        unitType: 'phuong',
        name: 'Phúc Đồng',
        parentBody: 'Quận ủy Long Biên',
        convened: 52,
        subjects: [
          { fullName: 'Nguyễn Văn Hùng', positions: ['Bí thư Đảng ủy'], startedAt: '2020-03-01' },
          { fullName: 'Trần Thị Hà', positions: ['Phó Bí thư', 'Chủ tịch UBND'], startedAt: '2021-06-15' },
        ],
      },
      { unitType: 'mam_non', name: 'Mầm non Gia Quất', parentBody: '', convened: null, subjects: [] },
    ]);
  });

  it('accepts English headers and headers typed without diacritics, and names a missing column', () => {
    const english = validateUnitTable(
      { headers: ['Unit type', 'UNIT NAME'], rows: [['Trường THCS', 'THCS Sài Đồng']] },
      builtInUnitTypes,
    );
    expect(english.units).toHaveLength(1);
    const plain = validateUnitTable(
      { headers: ['loai don vi', 'ten don vi'], rows: [['Trường THCS', 'THCS Sài Đồng']] },
      builtInUnitTypes,
    );
    expect(plain.units).toHaveLength(1);
    const missing = validateUnitTable({ headers: ['Loại đơn vị'], rows: [['Phường']] }, builtInUnitTypes);
    expect(missing.errors).toEqual([
      { row: 1, column: 'Tên đơn vị', message: expect.objectContaining({ vi: 'Thiếu cột «Tên đơn vị».' }) },
    ]);
    expect(importableUnits(missing)).toBeNull();
  });

  it('reads dates day first and refuses impossible ones', () => {
    expect(parseDay('17/05/2023')).toBe('2023-05-17');
    expect(parseDay('7/5/2023')).toBe('2023-05-07');
    expect(parseDay('2023-05-17')).toBe('2023-05-17');
    expect(parseDay(new Date(Date.UTC(2023, 4, 17)))).toBe('2023-05-17');
    for (const bad of ['31/02/2023', '29/02/2023', '17/13/2023', 'mười bảy', '05/17/2023'])
      expect(parseDay(bad), bad).toBeNull();
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
  });

  it('exports the import shape, so import → export → import changes nothing', () => {
    const table = {
      headers,
      rows: [
        ['Phường', 'Ngọc Thụy', 'Quận ủy Long Biên', '47', 'Lê Đức Minh', 'Bí thư Đảng ủy', '03/11/2019'],
        ['Trường tiểu học', 'Tiểu học Thạch Bàn A', '', '', 'Hoàng Thị Lệ', 'Bí thư Chi bộ; Hiệu trưởng', ''],
      ],
    };
    const first = validateUnitTable(table, builtInUnitTypes);
    const exported = unitTableForExport(first.units, builtInUnitTypes);
    expect(exported.rows).toEqual(table.rows);
    expect(validateUnitTable(exported, builtInUnitTypes)).toEqual(first);
  });
});
