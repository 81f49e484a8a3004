import type { Bilingual } from '../i18n/language';
import { foldForSearch } from '../text/vietnamese';
import { formatVietnameseDate } from './calendar';
import { cellText, matchColumns, type Cell, type RowError, type Table } from './spreadsheetColumns';

export type { Cell, RowError, Table } from './spreadsheetColumns';
import type { UnitType } from './unitTypes';

/**
 * The spreadsheet of units and the people assessed: one row per person; a unit's columns repeat
 * on each of its rows; a unit whose head is not known yet has a row with the person columns
 * empty. The same shape is imported and exported.
 */
export const unitColumns = [
  { key: 'unitType', vi: 'Loại đơn vị', en: 'Unit type', required: true },
  { key: 'unitName', vi: 'Tên đơn vị', en: 'Unit name', required: true },
  { key: 'parentBody', vi: 'Cơ quan cấp trên', en: 'Parent body', required: false },
  { key: 'convened', vi: 'Số người triệu tập', en: 'Convened', required: false },
  { key: 'fullName', vi: 'Họ và tên người được góp ý', en: 'Person assessed', required: false },
  { key: 'positions', vi: 'Chức vụ', en: 'Positions', required: false },
  { key: 'startedAt', vi: 'Ngày bắt đầu công tác tại đơn vị', en: 'Started at the unit', required: false },
] as const;

type ColumnKey = (typeof unitColumns)[number]['key'];

export interface ParsedSubject {
  readonly fullName: string;
  readonly positions: string[];
  /** YYYY-MM-DD */
  readonly startedAt: string | null;
}

export interface ParsedUnit {
  readonly unitType: string;
  readonly name: string;
  readonly parentBody: string;
  readonly convened: number | null;
  readonly subjects: ParsedSubject[];
}

export interface UnitTableResult {
  readonly units: ParsedUnit[];
  readonly errors: RowError[];
}

const headerOf = (key: ColumnKey) => unitColumns.find((column) => column.key === key)!.vi;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** dd/mm/yyyy (also d/m/yyyy and yyyy-mm-dd, and a real date cell) → YYYY-MM-DD, or null if not a date. */
export function parseDay(cell: Cell | undefined): string | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = vietnamese
    ? [Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function unitTypeOf(text: string, unitTypes: readonly UnitType[]): UnitType | undefined {
  const folded = foldForSearch(text);
  return unitTypes.find((type) => foldForSearch(type.name) === folded || type.code === folded.replace(/ /g, '_'));
}

interface UnitDraft {
  unitType: string;
  name: string;
  parentBody: string;
  convened: number | null;
  firstRow: number;
  subjects: Array<ParsedSubject & { row: number }>;
}

/**
 * Checks every row and every column and collects every problem, in Vietnamese and English.
 * Callers import nothing while any error remains (see importableUnits).
 */
export function validateUnitTable(table: Table, unitTypes: readonly UnitType[]): UnitTableResult {
  const { indexes, errors } = matchColumns(table.headers, unitColumns);
  if (errors.length > 0) return { units: [], errors };
  const drafts = new Map<string, UnitDraft>();
  const typeNames = unitTypes.map((type) => type.name).join(', ');

  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const raw = (key: ColumnKey): Cell | undefined => {
      const position = indexes.get(key);
      return position === undefined ? undefined : cells[position];
    };
    const text = (key: ColumnKey) => cellText(raw(key));
    if (unitColumns.every((column) => text(column.key) === '')) return;
    const fail = (key: ColumnKey, message: Bilingual) => errors.push({ row, column: headerOf(key), message });

    const typeText = text('unitType');
    const type = typeText ? unitTypeOf(typeText, unitTypes) : undefined;
    if (!typeText) fail('unitType', { vi: 'Thiếu loại đơn vị.', en: 'The unit type is missing.' });
    else if (!type) {
      fail('unitType', {
        vi: `Không có loại đơn vị «${typeText}». Các loại: ${typeNames}.`,
        en: `No unit type “${typeText}”. Known: ${typeNames}.`,
      });
    }
    const name = text('unitName');
    if (!name) fail('unitName', { vi: 'Thiếu tên đơn vị.', en: 'The unit name is missing.' });

    const convenedText = text('convened');
    let convened: number | null = null;
    if (convenedText) {
      if (/^\d{1,7}$/.test(convenedText)) convened = Number(convenedText);
      else {
        fail('convened', {
          vi: `Số người triệu tập phải là số nguyên không âm, không phải «${convenedText}».`,
          en: `Convened must be a whole number ≥ 0, not “${convenedText}”.`,
        });
      }
    }

    const fullName = text('fullName');
    const positionsText = text('positions');
    const startedText = text('startedAt');
    let subject: (ParsedSubject & { row: number }) | null = null;
    if (!fullName) {
      if (positionsText || startedText) {
        fail('fullName', {
          vi: 'Có chức vụ hoặc ngày về đơn vị nhưng thiếu họ và tên người được góp ý.',
          en: 'Positions or a start date are given but the person’s name is missing.',
        });
      }
    } else {
      const positions = positionsText
        .split(';')
        .map((position) => position.trim())
        .filter(Boolean);
      if (positions.length === 0)
        fail('positions', { vi: 'Thiếu chức vụ của người được góp ý.', en: 'The person’s positions are missing.' });
      const startedAt = startedText ? parseDay(raw('startedAt')) : null;
      if (startedText && startedAt === null) {
        fail('startedAt', {
          vi: `Ngày không hợp lệ «${startedText}»: cần dạng ngày/tháng/năm, ví dụ 17/05/2023.`,
          en: `Not a valid date “${startedText}”: write day/month/year, e.g. 17/05/2023.`,
        });
      }
      subject = { fullName, positions, startedAt, row };
    }

    if (!type || !name) return;
    const key = `${type.code}\u0000${name}`;
    const parentBody = text('parentBody');
    let draft = drafts.get(key);
    if (!draft) {
      draft = { unitType: type.code, name, parentBody, convened, firstRow: row, subjects: [] };
      drafts.set(key, draft);
    } else {
      if (parentBody && parentBody !== draft.parentBody) {
        fail('parentBody', {
          vi: `Đơn vị này ở dòng ${draft.firstRow} ghi cơ quan cấp trên khác («${draft.parentBody}»).`,
          en: `Row ${draft.firstRow} gives this unit another parent body (“${draft.parentBody}”).`,
        });
      }
      if (convened !== null && convened !== draft.convened) {
        fail('convened', {
          vi: `Đơn vị này ở dòng ${draft.firstRow} ghi số người triệu tập khác (${draft.convened ?? 'trống'}).`,
          en: `Row ${draft.firstRow} gives this unit another convened count (${draft.convened ?? 'empty'}).`,
        });
      }
    }
    if (subject) {
      const same = draft.subjects.find(
        (existing) => foldForSearch(existing.fullName) === foldForSearch(subject.fullName),
      );
      if (same) {
        fail('fullName', {
          vi: `Người này đã có ở dòng ${same.row} của cùng đơn vị.`,
          en: `This person is already on row ${same.row} for the same unit.`,
        });
      } else draft.subjects.push(subject);
    }
  });

  const units = [...drafts.values()].map(({ unitType, name, parentBody, convened, subjects }) => ({
    unitType,
    name,
    parentBody,
    convened,
    subjects: subjects.map(({ fullName, positions, startedAt }) => ({ fullName, positions, startedAt })),
  }));
  return { units, errors };
}

/** The units to write, or null while any error remains: an import is all or nothing. */
export function importableUnits(result: UnitTableResult): ParsedUnit[] | null {
  return result.errors.length > 0 ? null : result.units;
}

/** The same shape for export: Vietnamese headers, unit type by name, dates dd/mm/yyyy. */
export function unitTableForExport(
  units: readonly ParsedUnit[],
  unitTypes: readonly UnitType[],
): { headers: string[]; rows: string[][] } {
  const typeName = (code: string) => unitTypes.find((type) => type.code === code)?.name ?? code;
  const rows: string[][] = [];
  for (const unit of units) {
    const unitCells = [
      typeName(unit.unitType),
      unit.name,
      unit.parentBody,
      unit.convened === null ? '' : String(unit.convened),
    ];
    if (unit.subjects.length === 0) rows.push([...unitCells, '', '', '']);
    for (const subject of unit.subjects) {
      rows.push([
        ...unitCells,
        subject.fullName,
        subject.positions.join('; '),
        subject.startedAt ? formatVietnameseDate(subject.startedAt) : '',
      ]);
    }
  }
  return { headers: unitColumns.map((column) => column.vi), rows };
}
