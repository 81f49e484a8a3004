import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/campaigns/unitRows';
import { organisationKinds, type OrganisationKind } from '../../../shared/ratings/ratingLevels';
import {
  importableRoster,
  rosterColumns,
  rosterSummary,
  rosterTableForExport,
  validateRosterTable,
  type ParsedOrganisation,
} from '../../../shared/ratings/rosterRows';
import { foldForSearch } from '../../../shared/text/vietnamese';

const headers = rosterColumns.map((column) => column.vi);

/** Code, name, kind, parent code, unit, collective, member, position, head. */
type Row = readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

const validate = (rows: readonly Row[]) => validateRosterTable({ headers, rows });

/** Where each problem is, as [row, column]. */
const places = (rows: readonly Row[]) => validate(rows).errors.map((error) => [error.row, error.column]);

const goodRows: Row[] = [
  ['DB-DT', 'Đảng bộ xã Đa Tốn', 'Đảng bộ', '', 'Xã Đa Tốn', 'Ban Thường vụ Đảng ủy xã Đa Tốn', '', '', ''],
  [
    'CB-THCS',
    'Chi bộ Trường THCS Đa Tốn',
    'Chi bộ',
    'DB-DT',
    'Trường THCS Đa Tốn',
    'Chi ủy Chi bộ Trường THCS Đa Tốn',
    'Nguyễn Thị Thu Hà',
    'Bí thư Chi bộ, Hiệu trưởng',
    'x',
  ],
  ['CB-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', 'DB-DT', '', '', 'Lê Văn Dũng', 'Giáo viên', ''],
  [null, null, null, null, null, null, null, null, null],
  ['CB-THCS', '', '', '', '', '', 'Phạm Thị Ngọc Ánh', 'Phó Bí thư Chi bộ, Phó Hiệu trưởng', ''],
  [
    'CB-TH',
    'Chi bộ Trường Tiểu học Đa Tốn',
    'Chi bộ',
    'DB-DT',
    'Trường Tiểu học Đa Tốn',
    'Chi ủy Chi bộ Trường Tiểu học Đa Tốn',
    'Đỗ Minh Tuấn',
    'Bí thư Chi bộ, Hiệu trưởng',
    'X',
  ],
  [
    'CB-MN',
    'Chi bộ Trường Mầm non Đa Tốn',
    'chi bo',
    'DB-DT',
    'Trường Mầm non Đa Tốn',
    'Chi ủy Chi bộ Trường Mầm non Đa Tốn',
    'Vũ Thị Lan',
    'Bí thư Chi bộ',
    'có',
  ],
  ['CB-MN', 'Chi bộ Trường Mầm non Đa Tốn', 'Chi bộ', 'DB-DT', '', '', 'Trần Thị Hoa', '', ''],
  ['  ', '', '', '', '', '', '', '', ''],
  [
    'CD-THCS',
    'Công đoàn Trường THCS Đa Tốn',
    'Công đoàn',
    'CB-THCS',
    'Trường THCS Đa Tốn',
    'Ban Chấp hành Công đoàn Trường THCS Đa Tốn',
    '',
    '',
    '',
  ],
  [
    'DTN-THCS',
    'Chi đoàn Trường THCS Đa Tốn',
    'Đoàn thanh niên Cộng sản Hồ Chí Minh',
    'CB-THCS',
    'Trường THCS Đa Tốn',
    '',
    '',
    '',
    '',
  ],
  ['PN-THCS', 'Chi hội Phụ nữ Trường THCS Đa Tốn', 'Chi hội Phụ nữ', '', 'Trường THCS Đa Tốn', '', '', '', ''],
];

const goodOrganisations: ParsedOrganisation[] = [
  {
    code: 'DB-DT',
    name: 'Đảng bộ xã Đa Tốn',
    kind: 'partyOrganisation',
    parentCode: null,
    unitName: 'Xã Đa Tốn',
    collectiveName: 'Ban Thường vụ Đảng ủy xã Đa Tốn',
    members: [],
  },
  {
    code: 'CB-THCS',
    name: 'Chi bộ Trường THCS Đa Tốn',
    kind: 'partyCell',
    parentCode: 'DB-DT',
    unitName: 'Trường THCS Đa Tốn',
    collectiveName: 'Chi ủy Chi bộ Trường THCS Đa Tốn',
    members: [
      { fullName: 'Nguyễn Thị Thu Hà', position: 'Bí thư Chi bộ, Hiệu trưởng', isHead: true },
      { fullName: 'Lê Văn Dũng', position: 'Giáo viên', isHead: false },
      { fullName: 'Phạm Thị Ngọc Ánh', position: 'Phó Bí thư Chi bộ, Phó Hiệu trưởng', isHead: false },
    ],
  },
  {
    code: 'CB-TH',
    name: 'Chi bộ Trường Tiểu học Đa Tốn',
    kind: 'partyCell',
    parentCode: 'DB-DT',
    unitName: 'Trường Tiểu học Đa Tốn',
    collectiveName: 'Chi ủy Chi bộ Trường Tiểu học Đa Tốn',
    members: [{ fullName: 'Đỗ Minh Tuấn', position: 'Bí thư Chi bộ, Hiệu trưởng', isHead: true }],
  },
  {
    code: 'CB-MN',
    name: 'Chi bộ Trường Mầm non Đa Tốn',
    kind: 'partyCell',
    parentCode: 'DB-DT',
    unitName: 'Trường Mầm non Đa Tốn',
    collectiveName: 'Chi ủy Chi bộ Trường Mầm non Đa Tốn',
    members: [
      { fullName: 'Vũ Thị Lan', position: 'Bí thư Chi bộ', isHead: true },
      { fullName: 'Trần Thị Hoa', position: '', isHead: false },
    ],
  },
  {
    code: 'CD-THCS',
    name: 'Công đoàn Trường THCS Đa Tốn',
    kind: 'tradeUnion',
    parentCode: 'CB-THCS',
    unitName: 'Trường THCS Đa Tốn',
    collectiveName: 'Ban Chấp hành Công đoàn Trường THCS Đa Tốn',
    members: [],
  },
  {
    code: 'DTN-THCS',
    name: 'Chi đoàn Trường THCS Đa Tốn',
    kind: 'youthUnion',
    parentCode: 'CB-THCS',
    unitName: 'Trường THCS Đa Tốn',
    collectiveName: null,
    members: [],
  },
  {
    code: 'PN-THCS',
    name: 'Chi hội Phụ nữ Trường THCS Đa Tốn',
    kind: 'womensUnion',
    parentCode: null,
    unitName: 'Trường THCS Đa Tốn',
    collectiveName: null,
    members: [],
  },
];

/** One organisation row with the member columns empty, for the error cases. */
const organisationRow = (code: string, name: string, kind: string, parentCode = ''): Row => [
  code,
  name,
  kind,
  parentCode,
  '',
  '',
  '',
  '',
  '',
];

const memberRow = (code: string, fullName: Cell, position: Cell = '', head: Cell = ''): Row => [
  code,
  '',
  '',
  '',
  '',
  '',
  fullName,
  position,
  head,
];

describe('roster rows', () => {
  it('reads organisations in file order, members in row order, collectives and heads, skipping empty rows', () => {
    const result = validate(goodRows);
    expect(result.errors).toEqual([]);
    expect(result.organisations).toEqual(goodOrganisations);
    expect(importableRoster(result)).toEqual(goodOrganisations);
    expect(rosterSummary(result.organisations)).toEqual({ organisations: 7, collectives: 5, members: 6, heads: 3 });
  });

  it('normalises text to NFC and trims it', () => {
    const decomposed = 'Chi bộ Trường THCS Đa Tốn'.normalize('NFD');
    const result = validate([
      ['  DB-DT ', 'Đảng bộ xã Đa Tốn', 'Đảng bộ', '', '', '', '', '', ''],
      ['CB-THCS', `  ${decomposed}\t`, 'Chi bộ', ' DB-DT', '', '', ' Nguyễn Thị Thu Hà '.normalize('NFD'), '', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.organisations.map((organisation) => organisation.code)).toEqual(['DB-DT', 'CB-THCS']);
    expect(result.organisations[1]?.name).toBe('Chi bộ Trường THCS Đa Tốn');
    expect(result.organisations[1]?.parentCode).toBe('DB-DT');
    expect(result.organisations[1]?.members[0]?.fullName).toBe('Nguyễn Thị Thu Hà');
  });

  it('accepts English headers and headers typed without diacritics, and names a missing column', () => {
    const englishHeaders = rosterColumns.map((column) => column.en.toUpperCase());
    const english = validateRosterTable({ headers: englishHeaders, rows: goodRows });
    expect(english.errors).toEqual([]);
    expect(english.organisations).toEqual(goodOrganisations);
    const plain = validateRosterTable({
      headers: ['ma to chuc', 'ten to chuc', 'loai to chuc'],
      rows: [['DB-DT', 'Đảng bộ xã Đa Tốn', 'Đảng bộ']],
    });
    expect(plain.errors).toEqual([]);
    expect(plain.organisations).toHaveLength(1);
    const missing = validateRosterTable({ headers: ['Mã tổ chức', 'Organisation name'], rows: [['DB-DT', 'Đa Tốn']] });
    expect(missing.errors).toEqual([
      {
        row: 1,
        column: 'Loại tổ chức',
        message: {
          vi: 'Thiếu cột «Loại tổ chức».',
          en: 'The column “Loại tổ chức” (Organisation kind) is missing.',
        },
      },
    ]);
    expect(missing.organisations).toEqual([]);
    expect(importableRoster(missing)).toBeNull();
  });

  it('reads each kind by its Vietnamese label, its id and the short forms, and lists the labels for an unknown one', () => {
    const written: Array<[string, OrganisationKind]> = [
      ['ĐẢNG BỘ', 'partyOrganisation'],
      ['partyCell', 'partyCell'],
      ['cong doan', 'tradeUnion'],
      ['Đoàn thanh niên', 'youthUnion'],
      ['đoàn thanh niên cộng sản hồ chí minh', 'youthUnion'],
      ['Hội Phụ nữ', 'womensUnion'],
      ['Phụ nữ', 'womensUnion'],
      ['womensUnion', 'womensUnion'],
      ['Tổ chức chính trị - xã hội khác', 'otherSocioPolitical'],
    ];
    const result = validate(written.map(([kind], index) => organisationRow(`T${index}`, `Tổ chức ${index}`, kind)));
    expect(result.errors).toEqual([]);
    expect(result.organisations.map((organisation) => organisation.kind)).toEqual(written.map(([, kind]) => kind));

    const unknown = validate([organisationRow('HCCB', 'Hội Cựu chiến binh xã Đa Tốn', 'Hội Cựu chiến binh')]);
    expect(unknown.errors).toEqual([
      {
        row: 2,
        column: 'Loại tổ chức',
        message: {
          vi:
            'Không có loại tổ chức «Hội Cựu chiến binh». Các loại: Đảng bộ, Chi bộ, Công đoàn, ' +
            'Đoàn thanh niên Cộng sản Hồ Chí Minh, Chi hội Phụ nữ, Tổ chức chính trị - xã hội khác.',
          en:
            'No organisation kind “Hội Cựu chiến binh”. Known: Đảng bộ, Chi bộ, Công đoàn, ' +
            'Đoàn thanh niên Cộng sản Hồ Chí Minh, Chi hội Phụ nữ, Tổ chức chính trị - xã hội khác.',
        },
      },
    ]);
  });

  it('takes x, có, yes, 1 and true as the head mark and refuses anything else', () => {
    for (const mark of ['x', 'X', 'có', 'Có', 'co', 'yes', 'YES', '1', 1, 'true', 'True']) {
      const result = validate([
        organisationRow('CB', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ'),
        memberRow('CB', 'Nguyễn Thị Thu Hà', 'Bí thư Chi bộ', mark),
      ]);
      expect(result.errors, String(mark)).toEqual([]);
      expect(result.organisations[0]?.members[0]?.isHead, String(mark)).toBe(true);
    }
    const refused = validate([
      organisationRow('CB', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ'),
      memberRow('CB', 'Nguyễn Thị Thu Hà', 'Bí thư Chi bộ', 'không'),
    ]);
    expect(refused.errors).toEqual([
      {
        row: 3,
        column: 'Người đứng đầu',
        message: {
          vi: 'Cột «Người đứng đầu» ghi «x» cho người đứng đầu, hoặc để trống; không nhận «không».',
          en: 'The column “Head” takes “x” for the head, or stays empty; not “không”.',
        },
      },
    ]);
  });

  it('requires a code on every row, and a name and a kind for every organisation', () => {
    expect(places([['', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', '', '', '', 'Lê Văn Dũng', '', '']])).toEqual([
      [2, 'Mã tổ chức'],
    ]);
    const result = validate([
      organisationRow('CB', '', ''),
      memberRow('CB', 'Lê Văn Dũng'),
      organisationRow('CD', 'Công đoàn Trường THCS Đa Tốn', ''),
    ]);
    expect(result.errors).toEqual([
      { row: 2, column: 'Tên tổ chức', message: { vi: 'Thiếu tên tổ chức.', en: 'The organisation name is missing.' } },
      {
        row: 2,
        column: 'Loại tổ chức',
        message: { vi: 'Thiếu loại tổ chức.', en: 'The organisation kind is missing.' },
      },
      {
        row: 4,
        column: 'Loại tổ chức',
        message: { vi: 'Thiếu loại tổ chức.', en: 'The organisation kind is missing.' },
      },
    ]);
    expect(result.organisations).toEqual([]);
    // A name or a kind given on a later row of the same code is enough.
    expect(
      places([
        ['CB', '', 'Chi bộ', '', '', '', 'Lê Văn Dũng', '', ''],
        ['CB', 'Chi bộ Trường THCS Đa Tốn', '', '', '', '', 'Vũ Thị Lan', '', ''],
      ]),
    ).toEqual([]);
  });

  it('refuses text longer than its column takes', () => {
    const result = validate([
      [
        'D'.repeat(51),
        'Đ'.repeat(301),
        'Chi bộ',
        '',
        'Đ'.repeat(301),
        'Đ'.repeat(301),
        'Đ'.repeat(201),
        'Đ'.repeat(201),
        '',
      ],
      [
        'D'.repeat(50),
        'Đ'.repeat(300),
        'Chi bộ',
        '',
        'Đ'.repeat(300),
        'Đ'.repeat(300),
        'Đ'.repeat(200),
        'Đ'.repeat(200),
        '',
      ],
    ]);
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [2, 'Mã tổ chức'],
      [2, 'Tên tổ chức'],
      [2, 'Đơn vị'],
      [2, 'Tập thể lãnh đạo, quản lý'],
      [2, 'Họ và tên đảng viên'],
      [2, 'Chức vụ'],
    ]);
    expect(result.errors[1]?.message).toEqual({
      vi: '«Tên tổ chức» dài quá 300 ký tự (có 301 ký tự).',
      en: '“Organisation name” is longer than 300 characters (301).',
    });
  });

  it('requires the rows of one code to repeat its name, kind, parent, unit and collective, naming the first row', () => {
    const result = validate([
      organisationRow('DB', 'Đảng bộ xã Đa Tốn', 'Đảng bộ'),
      organisationRow('DB2', 'Đảng bộ xã Kiêu Kỵ', 'Đảng bộ'),
      ['CB', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', 'DB', 'Trường THCS Đa Tốn', 'Chi ủy', 'Lê Văn Dũng', '', ''],
      ['CB', 'Chi bộ Trường THCS Kiêu Kỵ', '', '', '', '', 'Vũ Thị Lan', '', ''],
      ['CB', '', 'Đảng bộ', '', '', '', 'Trần Thị Hoa', '', ''],
      ['CB', '', '', 'DB2', '', '', 'Đỗ Minh Tuấn', '', ''],
      ['CB', '', '', '', 'Trường Tiểu học Đa Tốn', '', 'Phạm Văn Nam', '', ''],
      ['CB', '', '', '', '', 'Chi ủy Chi bộ', 'Hoàng Thị Mai', '', ''],
      // The same values again, and empty cells, are fine.
      ['CB', 'Chi bộ Trường THCS Đa Tốn', 'chi bo', 'DB', 'Trường THCS Đa Tốn', 'Chi ủy', 'Bùi Văn Hải', '', ''],
    ]);
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [5, 'Tên tổ chức'],
      [6, 'Loại tổ chức'],
      [7, 'Mã tổ chức cấp trên'],
      [8, 'Đơn vị'],
      [9, 'Tập thể lãnh đạo, quản lý'],
    ]);
    expect(result.errors[0]?.message).toEqual({
      vi: 'Tổ chức mã «CB» ở dòng 4 ghi tên khác («Chi bộ Trường THCS Đa Tốn»).',
      en: 'Row 4 gives the organisation “CB” another name (“Chi bộ Trường THCS Đa Tốn”).',
    });
    expect(result.errors[1]?.message).toEqual({
      vi: 'Tổ chức mã «CB» ở dòng 4 ghi loại tổ chức khác («Chi bộ»).',
      en: 'Row 4 gives the organisation “CB” another kind (“Party cell (chi bộ)”).',
    });
    expect(result.errors[4]?.message.vi).toBe(
      'Tổ chức mã «CB» ở dòng 4 ghi tập thể lãnh đạo, quản lý khác («Chi ủy»).',
    );
    expect(importableRoster(result)).toBeNull();
  });

  it('names the row a value was first given on, when the first row left it empty', () => {
    const result = validate([
      memberRow('CB', 'Lê Văn Dũng'),
      ['CB', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', '', 'Trường THCS Đa Tốn', '', 'Vũ Thị Lan', '', ''],
      ['CB', '', '', '', 'Trường THCS Kiêu Kỵ', '', 'Trần Thị Hoa', '', ''],
    ]);
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'Đơn vị',
        message: {
          vi: 'Tổ chức mã «CB» ở dòng 3 ghi đơn vị khác («Trường THCS Đa Tốn»).',
          en: 'Row 3 gives the organisation “CB” another unit (“Trường THCS Đa Tốn”).',
        },
      },
    ]);
  });

  it('refuses two codes with the same name of the same kind, diacritics and case aside', () => {
    const result = validate([
      organisationRow('CB-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ'),
      organisationRow('CD-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Công đoàn'),
      organisationRow('CB-THCS-2', 'chi bo truong thcs  da ton', 'Chi bộ'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'Tên tổ chức',
        message: {
          vi: 'Tổ chức mã «CB-THCS» ở dòng 2 cùng loại đã mang tên này; có thể gõ nhầm.',
          en: 'The organisation “CB-THCS” on row 2, of the same kind, already has this name; probably a typo.',
        },
      },
    ]);
  });

  it('refuses a position or a head mark without the member’s name', () => {
    const result = validate([
      organisationRow('CB', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ'),
      memberRow('CB', '', 'Giáo viên'),
      memberRow('CB', null, '', 'x'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'Họ và tên đảng viên',
        message: {
          vi: 'Có chức vụ hoặc đánh dấu người đứng đầu nhưng thiếu họ và tên đảng viên.',
          en: 'A position or the head mark is given but the Party member’s name is missing.',
        },
      },
      { row: 4, column: 'Họ và tên đảng viên', message: expect.any(Object) },
    ]);
  });

  it('lists Party members only in Party organisations', () => {
    const result = validate([
      ['CD', 'Công đoàn Trường THCS Đa Tốn', 'Công đoàn', '', '', '', 'Lê Văn Dũng', 'Chủ tịch Công đoàn', 'x'],
      ['DTN', 'Chi đoàn Trường THCS Đa Tốn', 'Đoàn thanh niên', '', '', '', 'Vũ Thị Lan', '', ''],
      ['DB', 'Đảng bộ xã Đa Tốn', 'Đảng bộ', '', '', '', 'Nguyễn Văn Bình', 'Bí thư Đảng ủy', 'x'],
    ]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Họ và tên đảng viên',
        message: {
          vi: 'Chỉ tổ chức đảng mới có đảng viên; «Công đoàn Trường THCS Đa Tốn» thuộc loại «Công đoàn».',
          en: 'Only Party organisations have Party members; “Công đoàn Trường THCS Đa Tốn” is a Trade union (Công đoàn).',
        },
      },
      {
        row: 3,
        column: 'Họ và tên đảng viên',
        message: expect.objectContaining({ vi: expect.stringMatching(/^Chỉ tổ chức đảng mới có đảng viên/) }),
      },
    ]);
    expect(result.organisations.map((organisation) => organisation.members.length)).toEqual([0, 0, 1]);
  });

  it('refuses the same member twice in one organisation, but not in two', () => {
    const result = validate([
      organisationRow('CB-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ'),
      organisationRow('CB-TH', 'Chi bộ Trường Tiểu học Đa Tốn', 'Chi bộ'),
      memberRow('CB-THCS', 'Nguyễn Văn An'),
      memberRow('CB-TH', 'Nguyễn Văn An'),
      memberRow('CB-THCS', 'nguyen van  an', 'Giáo viên'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 6,
        column: 'Họ và tên đảng viên',
        message: {
          vi: 'Đảng viên này đã có ở dòng 4 của cùng tổ chức.',
          en: 'This Party member is already on row 4 for the same organisation.',
        },
      },
    ]);
  });

  it('allows one head per organisation, naming the earlier head', () => {
    const result = validate([
      organisationRow('CB-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ'),
      memberRow('CB-THCS', 'Nguyễn Thị Thu Hà', 'Bí thư Chi bộ', 'x'),
      memberRow('CB-THCS', 'Lê Văn Dũng', 'Phó Bí thư Chi bộ'),
      memberRow('CB-THCS', 'Phạm Thị Ngọc Ánh', 'Chi ủy viên', 'có'),
      organisationRow('CB-TH', 'Chi bộ Trường Tiểu học Đa Tốn', 'Chi bộ'),
      memberRow('CB-TH', 'Đỗ Minh Tuấn', 'Bí thư Chi bộ', 'x'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 5,
        column: 'Người đứng đầu',
        message: {
          vi: 'Tổ chức này đã có người đứng đầu ở dòng 3 («Nguyễn Thị Thu Hà»); mỗi tổ chức chỉ có một người đứng đầu.',
          en: 'This organisation already has a head on row 3 (“Nguyễn Thị Thu Hà”); an organisation has at most one head.',
        },
      },
    ]);
  });

  it('requires a parent code present in the file and not the organisation itself', () => {
    const result = validate([
      organisationRow('CB-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', 'DB-GL'),
      organisationRow('DB-DT', 'Đảng bộ xã Đa Tốn', 'Đảng bộ', 'DB-DT'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Mã tổ chức cấp trên',
        message: {
          vi: 'Không có tổ chức mã «DB-GL» trong tệp.',
          en: 'No organisation has the code “DB-GL” in the file.',
        },
      },
      {
        row: 3,
        column: 'Mã tổ chức cấp trên',
        message: {
          vi: 'Tổ chức không thể là cấp trên của chính nó.',
          en: 'An organisation cannot be its own parent.',
        },
      },
    ]);
  });

  it('reports each cycle of parent codes once, on the first row of its first organisation', () => {
    const result = validate([
      organisationRow('DB-DT', 'Đảng bộ xã Đa Tốn', 'Đảng bộ'),
      organisationRow('CD-B', 'Công đoàn B', 'Công đoàn', 'CD-C'),
      organisationRow('CD-A', 'Công đoàn A', 'Công đoàn', 'CD-B'),
      memberRow('CD-A', ''),
      organisationRow('CD-C', 'Công đoàn C', 'Công đoàn', 'CD-A'),
      organisationRow('PN-D', 'Chi hội Phụ nữ D', 'Chi hội Phụ nữ', 'CD-A'),
      organisationRow('DTN-E', 'Chi đoàn E', 'Đoàn thanh niên', 'DTN-F'),
      organisationRow('DTN-F', 'Chi đoàn F', 'Đoàn thanh niên', 'DTN-E'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'Mã tổ chức cấp trên',
        message: {
          vi: 'Các mã tổ chức cấp trên tạo thành vòng: CD-B → CD-C → CD-A → CD-B.',
          en: 'The parent organisation codes form a cycle: CD-B → CD-C → CD-A → CD-B.',
        },
      },
      {
        row: 8,
        column: 'Mã tổ chức cấp trên',
        message: expect.objectContaining({ vi: 'Các mã tổ chức cấp trên tạo thành vòng: DTN-E → DTN-F → DTN-E.' }),
      },
    ]);
  });

  it('puts a chi bộ and a đảng bộ under a đảng bộ only, and the other organisations anywhere', () => {
    const result = validate([
      organisationRow('DB-GL', 'Đảng bộ huyện Gia Lâm', 'Đảng bộ'),
      organisationRow('DB-DT', 'Đảng bộ xã Đa Tốn', 'Đảng bộ', 'DB-GL'),
      organisationRow('CB-THCS', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', 'DB-DT'),
      organisationRow('CB-X', 'Chi bộ tổ 1', 'Chi bộ', 'CB-THCS'),
      organisationRow('CD-THCS', 'Công đoàn Trường THCS Đa Tốn', 'Công đoàn', 'CB-THCS'),
      organisationRow('DB-Y', 'Đảng bộ bộ phận', 'Đảng bộ', 'CD-THCS'),
      organisationRow('DTN-THCS', 'Chi đoàn Trường THCS Đa Tốn', 'Đoàn thanh niên', 'CD-THCS'),
      organisationRow('PN-THCS', 'Chi hội Phụ nữ Trường THCS Đa Tốn', 'Phụ nữ', 'DB-GL'),
    ]);
    expect(result.errors).toEqual([
      {
        row: 5,
        column: 'Mã tổ chức cấp trên',
        message: {
          vi: 'Cấp trên của «Chi bộ» phải là đảng bộ; «Chi bộ Trường THCS Đa Tốn» thuộc loại «Chi bộ».',
          en: 'The parent of a Party cell (chi bộ) must be a Party organisation (đảng bộ); “Chi bộ Trường THCS Đa Tốn” is a Party cell (chi bộ).',
        },
      },
      {
        row: 7,
        column: 'Mã tổ chức cấp trên',
        message: expect.objectContaining({
          vi: 'Cấp trên của «Đảng bộ» phải là đảng bộ; «Công đoàn Trường THCS Đa Tốn» thuộc loại «Công đoàn».',
        }),
      },
    ]);
  });

  it('collects every problem of a file, in row order', () => {
    const result = validate([
      organisationRow('CB', 'Chi bộ Trường THCS Đa Tốn', 'Chi bộ', 'DB-GL'),
      memberRow('CB', 'Lê Văn Dũng', '', 'có thể'),
      memberRow('', 'Vũ Thị Lan'),
      organisationRow('CD', 'Công đoàn Trường THCS Đa Tốn', 'Công đoàn đoàn'),
    ]);
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [2, 'Mã tổ chức cấp trên'],
      [3, 'Người đứng đầu'],
      [4, 'Mã tổ chức'],
      [5, 'Loại tổ chức'],
    ]);
    expect(importableRoster(result)).toBeNull();
  });
});

describe('roster export', () => {
  it('writes Vietnamese headers, kinds by label, heads as x and one row for an organisation without members', () => {
    const exported = rosterTableForExport(goodOrganisations);
    expect(exported.headers).toEqual([
      'Mã tổ chức',
      'Tên tổ chức',
      'Loại tổ chức',
      'Mã tổ chức cấp trên',
      'Đơn vị',
      'Tập thể lãnh đạo, quản lý',
      'Họ và tên đảng viên',
      'Chức vụ',
      'Người đứng đầu',
    ]);
    expect(exported.rows).toHaveLength(10);
    expect(exported.rows[0]).toEqual([
      'DB-DT',
      'Đảng bộ xã Đa Tốn',
      'Đảng bộ',
      '',
      'Xã Đa Tốn',
      'Ban Thường vụ Đảng ủy xã Đa Tốn',
      '',
      '',
      '',
    ]);
    expect(exported.rows[3]).toEqual([
      'CB-THCS',
      'Chi bộ Trường THCS Đa Tốn',
      'Chi bộ',
      'DB-DT',
      'Trường THCS Đa Tốn',
      'Chi ủy Chi bộ Trường THCS Đa Tốn',
      'Phạm Thị Ngọc Ánh',
      'Phó Bí thư Chi bộ, Phó Hiệu trưởng',
      '',
    ]);
    expect(exported.rows[4]?.slice(2)).toEqual([
      'Chi bộ',
      'DB-DT',
      'Trường Tiểu học Đa Tốn',
      'Chi ủy Chi bộ Trường Tiểu học Đa Tốn',
      'Đỗ Minh Tuấn',
      'Bí thư Chi bộ, Hiệu trưởng',
      'x',
    ]);
    expect(exported.rows[8]?.[2]).toBe('Đoàn thanh niên Cộng sản Hồ Chí Minh');
  });

  it('counts organisations, collectives, members and heads', () => {
    expect(rosterSummary([])).toEqual({ organisations: 0, collectives: 0, members: 0, heads: 0 });
    expect(rosterSummary(goodOrganisations)).toEqual({ organisations: 7, collectives: 5, members: 6, heads: 3 });
  });

  it('gives back the same organisations on import → export → import', () => {
    const first = validate(goodRows);
    const again = validateRosterTable(rosterTableForExport(first.organisations));
    expect(again).toEqual(first);
  });

  it('round-trips any valid roster (property)', () => {
    fc.assert(
      fc.property(roster, (organisations) => {
        const result = validateRosterTable(rosterTableForExport(organisations));
        expect(result.errors).toEqual([]);
        expect(result.organisations).toEqual(organisations);
      }),
      { numRuns: 300 },
    );
  });
});

// --- A generator of valid rosters: unique codes and names, parents earlier in the list and of the
// right kind (so no cycles), members only in Party organisations, unique names, at most one head.

const syllables = ['Nguyễn', 'Trần', 'Lê', 'Thị', 'Văn', 'Hà', 'Đa', 'Tốn', 'Ánh', 'Ngọc', 'Dũng', 'Ưng', 'Kỵ', 'Chi'];
/** Trimmed NFC text from Vietnamese syllables, sometimes with other characters mixed in. */
const words = fc
  .array(fc.oneof(fc.constantFrom(...syllables), fc.string({ minLength: 1, maxLength: 6 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(' ').normalize('NFC').trim().slice(0, 60).trim())
  .filter((text) => text !== '');
const optionalWords = fc.option(words, { nil: null });

const memberDraft = fc.record({ fullName: words, position: fc.oneof(fc.constant(''), words) });

const organisationDraft = fc.record({
  code: words,
  name: words,
  kind: fc.constantFrom(...organisationKinds),
  parentChoice: fc.nat(),
  unitName: optionalWords,
  collectiveName: optionalWords,
  members: fc.uniqueArray(memberDraft, { maxLength: 4, selector: (member) => foldForSearch(member.fullName) }),
  headIndex: fc.option(fc.nat(3), { nil: null }),
});

const roster: fc.Arbitrary<ParsedOrganisation[]> = fc
  .uniqueArray(organisationDraft, { maxLength: 8, selector: (draft) => draft.code })
  .map((drafts) => {
    const organisations: ParsedOrganisation[] = [];
    const names = new Set<string>();
    for (const draft of drafts) {
      const nameKey = `${draft.kind}\u0000${foldForSearch(draft.name)}`;
      if (names.has(nameKey)) continue;
      names.add(nameKey);
      const isParty = draft.kind === 'partyOrganisation' || draft.kind === 'partyCell';
      const parents = organisations.filter((earlier) => !isParty || earlier.kind === 'partyOrganisation');
      const choice = draft.parentChoice % (parents.length + 1);
      organisations.push({
        code: draft.code,
        name: draft.name,
        kind: draft.kind,
        parentCode: parents[choice]?.code ?? null,
        unitName: draft.unitName,
        collectiveName: draft.collectiveName,
        members: isParty
          ? draft.members.map((member, index) => ({ ...member, isHead: index === draft.headIndex }))
          : [],
      });
    }
    return organisations;
  });
