import type { Bilingual } from '../i18n/language';
import { cellText, matchColumns, type RowError, type Table } from '../campaigns/spreadsheetColumns';
import { foldForSearch } from '../text/vietnamese';
import { organisationKinds, partyOrganisationKinds, ratedSubjectKindInfo, type OrganisationKind } from './ratingLevels';

/**
 * The spreadsheet of the Party structure a district rates each year (issue 17): organisations
 * (đảng bộ, chi bộ, and a school's Công đoàn, Đoàn thanh niên, chi hội Phụ nữ), each one's
 * leadership collective, and the Party members of each Party organisation, one of whom may be its
 * head. One row per member; an organisation's columns repeat on each of its rows; an organisation
 * without members listed has one row with the member columns empty. The same shape is imported
 * and exported (see shared/campaigns/unitRows.ts, which this follows).
 */
export const rosterColumns = [
  { key: 'code', vi: 'Mã tổ chức', en: 'Organisation code', required: true },
  { key: 'name', vi: 'Tên tổ chức', en: 'Organisation name', required: true },
  { key: 'kind', vi: 'Loại tổ chức', en: 'Organisation kind', required: true },
  { key: 'parentCode', vi: 'Mã tổ chức cấp trên', en: 'Parent organisation code', required: false },
  { key: 'unitName', vi: 'Đơn vị', en: 'Unit', required: false },
  { key: 'collectiveName', vi: 'Tập thể lãnh đạo, quản lý', en: 'Leadership collective', required: false },
  { key: 'fullName', vi: 'Họ và tên đảng viên', en: 'Party member', required: false },
  { key: 'position', vi: 'Chức vụ', en: 'Position', required: false },
  { key: 'head', vi: 'Người đứng đầu', en: 'Head', required: false },
] as const;

type ColumnKey = (typeof rosterColumns)[number]['key'];

export interface ParsedRosterMember {
  readonly fullName: string;
  /** Empty when the file gives none. */
  readonly position: string;
  readonly isHead: boolean;
}

export interface ParsedOrganisation {
  readonly code: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly parentCode: string | null;
  /** The unit (a school, a ward) the organisation is counted under in the district's target reports. */
  readonly unitName: string | null;
  /** The name of its leadership collective, e.g. "Chi ủy Chi bộ Trường THCS Đa Tốn". */
  readonly collectiveName: string | null;
  readonly members: ParsedRosterMember[];
}

export interface RosterTableResult {
  readonly organisations: ParsedOrganisation[];
  readonly errors: RowError[];
}

/** Longest text each column takes, in characters. */
const maxLengths: Partial<Record<ColumnKey, number>> = {
  code: 50,
  name: 300,
  unitName: 300,
  collectiveName: 300,
  fullName: 200,
  position: 200,
};

/** Marks that make a member the head; compared folded, so "Có" and "X" count too. */
const headMarks = new Set(['x', 'co', 'yes', '1', 'true']);

/** Short forms people write for the socio-political organisations, besides the full labels. */
const kindShortForms: ReadonlyArray<readonly [string, OrganisationKind]> = [
  ['Đoàn thanh niên', 'youthUnion'],
  ['Hội Phụ nữ', 'womensUnion'],
  ['Phụ nữ', 'womensUnion'],
];

const kindByFoldedName: ReadonlyMap<string, OrganisationKind> = new Map([
  ...organisationKinds.map((kind) => [foldForSearch(ratedSubjectKindInfo[kind].label.vi), kind] as const),
  ...organisationKinds.map((kind) => [foldForSearch(kind), kind] as const),
  ...kindShortForms.map(([name, kind]) => [foldForSearch(name), kind] as const),
]);

const kindLabels = organisationKinds.map((kind) => ratedSubjectKindInfo[kind].label.vi).join(', ');

const isPartyKind = (kind: OrganisationKind) => (partyOrganisationKinds as readonly string[]).includes(kind);

const columnOf = (key: ColumnKey) => rosterColumns.find((column) => column.key === key)!;

/** The organisation's own columns, which every row of it repeats. */
type OrganisationField = 'name' | 'kind' | 'parentCode' | 'unitName' | 'collectiveName';

const fieldWords: Readonly<Record<OrganisationField, Bilingual>> = {
  name: { vi: 'tên', en: 'name' },
  kind: { vi: 'loại tổ chức', en: 'kind' },
  parentCode: { vi: 'mã tổ chức cấp trên', en: 'parent organisation code' },
  unitName: { vi: 'đơn vị', en: 'unit' },
  collectiveName: { vi: 'tập thể lãnh đạo, quản lý', en: 'leadership collective' },
};

interface FieldValues {
  name: string;
  kind: OrganisationKind;
  parentCode: string;
  unitName: string;
  collectiveName: string;
}

interface MemberDraft extends ParsedRosterMember {
  readonly row: number;
}

interface OrganisationDraft {
  readonly code: string;
  readonly firstRow: number;
  /** Each field's value and the row that first gave it; later rows may leave it empty. */
  readonly fields: { [K in OrganisationField]?: { value: FieldValues[K]; row: number } };
  /** Whether some row wrote a kind, even one not understood (already an error on that row). */
  kindWritten: boolean;
  readonly members: MemberDraft[];
}

const shownValue = (field: OrganisationField, value: string): Bilingual =>
  field === 'kind'
    ? {
        vi: ratedSubjectKindInfo[value as OrganisationKind].label.vi,
        en: ratedSubjectKindInfo[value as OrganisationKind].label.en,
      }
    : { vi: value, en: value };

/**
 * Checks every row and every column and collects every problem, in Vietnamese and English, in
 * row order. Callers import nothing while any error remains (see importableRoster).
 */
export function validateRosterTable(table: Table): RosterTableResult {
  const { indexes, errors: headerErrors } = matchColumns(table.headers, rosterColumns);
  if (headerErrors.length > 0) return { organisations: [], errors: headerErrors };
  const errors: RowError[] = [];
  const fail = (row: number, key: ColumnKey, message: Bilingual) =>
    errors.push({ row, column: columnOf(key).vi, message });
  const drafts = new Map<string, OrganisationDraft>();

  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const text = (key: ColumnKey): string => {
      const position = indexes.get(key);
      return cellText(position === undefined ? undefined : cells[position]);
    };
    if (rosterColumns.every((column) => text(column.key) === '')) return;

    for (const [key, max] of Object.entries(maxLengths) as Array<[ColumnKey, number]>) {
      const length = [...text(key)].length;
      if (length > max) {
        const column = columnOf(key);
        fail(row, key, {
          vi: `«${column.vi}» dài quá ${max} ký tự (có ${length} ký tự).`,
          en: `“${column.en}” is longer than ${max} characters (${length}).`,
        });
      }
    }

    const kindText = text('kind');
    const kind = kindText ? kindByFoldedName.get(foldForSearch(kindText)) : undefined;
    if (kindText && !kind) {
      fail(row, 'kind', {
        vi: `Không có loại tổ chức «${kindText}». Các loại: ${kindLabels}.`,
        en: `No organisation kind “${kindText}”. Known: ${kindLabels}.`,
      });
    }

    const fullName = text('fullName');
    const position = text('position');
    const headText = text('head');
    const isHead = headText !== '' && headMarks.has(foldForSearch(headText));
    if (headText && !isHead) {
      fail(row, 'head', {
        vi: `Cột «Người đứng đầu» ghi «x» cho người đứng đầu, hoặc để trống; không nhận «${headText}».`,
        en: `The column “Head” takes “x” for the head, or stays empty; not “${headText}”.`,
      });
    }
    if (!fullName && (position || headText)) {
      fail(row, 'fullName', {
        vi: 'Có chức vụ hoặc đánh dấu người đứng đầu nhưng thiếu họ và tên đảng viên.',
        en: 'A position or the head mark is given but the Party member’s name is missing.',
      });
    }

    const code = text('code');
    if (!code) {
      fail(row, 'code', { vi: 'Thiếu mã tổ chức.', en: 'The organisation code is missing.' });
      return;
    }
    let draft = drafts.get(code);
    if (!draft) {
      draft = { code, firstRow: row, fields: {}, kindWritten: false, members: [] };
      drafts.set(code, draft);
    }
    draft.kindWritten ||= kindText !== '';

    const given: Partial<FieldValues> = {
      name: text('name') || undefined,
      kind,
      parentCode: text('parentCode') || undefined,
      unitName: text('unitName') || undefined,
      collectiveName: text('collectiveName') || undefined,
    };
    for (const field of ['name', 'kind', 'parentCode', 'unitName', 'collectiveName'] as const) {
      const value = given[field];
      if (value === undefined) continue;
      const earlier = draft.fields[field];
      if (!earlier) {
        (draft.fields as Record<OrganisationField, { value: string; row: number }>)[field] = { value, row };
      } else if (earlier.value !== value) {
        const shown = shownValue(field, earlier.value);
        fail(row, field, {
          vi: `Tổ chức mã «${code}» ở dòng ${earlier.row} ghi ${fieldWords[field].vi} khác («${shown.vi}»).`,
          en: `Row ${earlier.row} gives the organisation “${code}” another ${fieldWords[field].en} (“${shown.en}”).`,
        });
      }
    }

    if (fullName) draft.members.push({ fullName, position, isHead, row });
  });

  const organisations: ParsedOrganisation[] = [];
  const seenNames = new Map<string, OrganisationDraft>();
  for (const draft of drafts.values()) {
    const { name, kind, parentCode, unitName, collectiveName } = draft.fields;
    if (!name) {
      fail(draft.firstRow, 'name', { vi: 'Thiếu tên tổ chức.', en: 'The organisation name is missing.' });
    }
    if (!kind && !draft.kindWritten) {
      fail(draft.firstRow, 'kind', { vi: 'Thiếu loại tổ chức.', en: 'The organisation kind is missing.' });
    }
    if (name && kind) {
      const key = `${kind.value}\u0000${foldForSearch(name.value)}`;
      const other = seenNames.get(key);
      if (other) {
        fail(name.row, 'name', {
          vi: `Tổ chức mã «${other.code}» ở dòng ${other.firstRow} cùng loại đã mang tên này; có thể gõ nhầm.`,
          en: `The organisation “${other.code}” on row ${other.firstRow}, of the same kind, already has this name; probably a typo.`,
        });
      } else seenNames.set(key, draft);
    }

    if (parentCode) checkParent(draft, parentCode, drafts, fail);

    const members: ParsedRosterMember[] = [];
    if (kind && !isPartyKind(kind.value)) {
      for (const member of draft.members) {
        fail(member.row, 'fullName', {
          vi: `Chỉ tổ chức đảng mới có đảng viên; «${name?.value ?? draft.code}» thuộc loại «${ratedSubjectKindInfo[kind.value].label.vi}».`,
          en: `Only Party organisations have Party members; “${name?.value ?? draft.code}” is a ${ratedSubjectKindInfo[kind.value].label.en}.`,
        });
      }
    } else {
      const kept: MemberDraft[] = [];
      for (const member of draft.members) {
        const same = kept.find((earlier) => foldForSearch(earlier.fullName) === foldForSearch(member.fullName));
        if (same) {
          fail(member.row, 'fullName', {
            vi: `Đảng viên này đã có ở dòng ${same.row} của cùng tổ chức.`,
            en: `This Party member is already on row ${same.row} for the same organisation.`,
          });
          continue;
        }
        const head = member.isHead ? kept.find((earlier) => earlier.isHead) : undefined;
        if (head) {
          fail(member.row, 'head', {
            vi: `Tổ chức này đã có người đứng đầu ở dòng ${head.row} («${head.fullName}»); mỗi tổ chức chỉ có một người đứng đầu.`,
            en: `This organisation already has a head on row ${head.row} (“${head.fullName}”); an organisation has at most one head.`,
          });
        }
        kept.push(member);
      }
      members.push(...kept.map(({ fullName, position, isHead }) => ({ fullName, position, isHead })));
    }

    if (name && kind) {
      organisations.push({
        code: draft.code,
        name: name.value,
        kind: kind.value,
        parentCode: parentCode?.value ?? null,
        unitName: unitName?.value ?? null,
        collectiveName: collectiveName?.value ?? null,
        members,
      });
    }
  }

  reportCycles(drafts, fail);
  // Row checks come first, whole-file checks after; a reader fixes the sheet top to bottom.
  errors.sort((a, b) => a.row - b.row);
  return { organisations, errors };
}

type Fail = (row: number, key: ColumnKey, message: Bilingual) => void;

function checkParent(
  draft: OrganisationDraft,
  parentCode: { value: string; row: number },
  drafts: ReadonlyMap<string, OrganisationDraft>,
  fail: Fail,
): void {
  const parent = drafts.get(parentCode.value);
  if (!parent) {
    fail(parentCode.row, 'parentCode', {
      vi: `Không có tổ chức mã «${parentCode.value}» trong tệp.`,
      en: `No organisation has the code “${parentCode.value}” in the file.`,
    });
    return;
  }
  if (parent === draft) {
    fail(parentCode.row, 'parentCode', {
      vi: 'Tổ chức không thể là cấp trên của chính nó.',
      en: 'An organisation cannot be its own parent.',
    });
    return;
  }
  const kind = draft.fields.kind?.value;
  const parentKind = parent.fields.kind?.value;
  // A chi bộ and a đảng bộ sit under a đảng bộ; Công đoàn, Đoàn and Hội may hang anywhere.
  if (kind && parentKind && isPartyKind(kind) && parentKind !== 'partyOrganisation') {
    const parentName = parent.fields.name?.value ?? parent.code;
    fail(parentCode.row, 'parentCode', {
      vi: `Cấp trên của «${ratedSubjectKindInfo[kind].label.vi}» phải là đảng bộ; «${parentName}» thuộc loại «${ratedSubjectKindInfo[parentKind].label.vi}».`,
      en: `The parent of a ${ratedSubjectKindInfo[kind].label.en} must be a Party organisation (đảng bộ); “${parentName}” is a ${ratedSubjectKindInfo[parentKind].label.en}.`,
    });
  }
}

/** Each cycle of parent codes once, on the first row of its organisation that comes first in the file. */
function reportCycles(drafts: ReadonlyMap<string, OrganisationDraft>, fail: Fail): void {
  const parentOf = (code: string): string | undefined => {
    const parent = drafts.get(code)?.fields.parentCode?.value;
    // A missing or self parent is already an error of its own, not a cycle.
    return parent !== undefined && parent !== code && drafts.has(parent) ? parent : undefined;
  };
  const done = new Set<string>();
  for (const start of drafts.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let code: string | undefined = start;
    while (code !== undefined && !done.has(code) && !onPath.has(code)) {
      path.push(code);
      onPath.add(code);
      code = parentOf(code);
    }
    if (code !== undefined && onPath.has(code)) {
      const cycle = path.slice(path.indexOf(code));
      const rowOf = (member: string) => drafts.get(member)!.firstRow;
      const first = cycle.reduce((best, member) => (rowOf(member) < rowOf(best) ? member : best));
      const at = cycle.indexOf(first);
      const ordered = [...cycle.slice(at), ...cycle.slice(0, at), first].join(' → ');
      fail(rowOf(first), 'parentCode', {
        vi: `Các mã tổ chức cấp trên tạo thành vòng: ${ordered}.`,
        en: `The parent organisation codes form a cycle: ${ordered}.`,
      });
    }
    for (const member of path) done.add(member);
  }
}

/** The organisations to write, or null while any error remains: an import is all or nothing. */
export function importableRoster(result: RosterTableResult): ParsedOrganisation[] | null {
  return result.errors.length > 0 ? null : result.organisations;
}

/** The same shape for export: Vietnamese headers, the kind by its Vietnamese label, the head as "x". */
export function rosterTableForExport(organisations: readonly ParsedOrganisation[]): {
  headers: string[];
  rows: string[][];
} {
  const rows: string[][] = [];
  for (const organisation of organisations) {
    const organisationCells = [
      organisation.code,
      organisation.name,
      ratedSubjectKindInfo[organisation.kind].label.vi,
      organisation.parentCode ?? '',
      organisation.unitName ?? '',
      organisation.collectiveName ?? '',
    ];
    if (organisation.members.length === 0) rows.push([...organisationCells, '', '', '']);
    for (const member of organisation.members) {
      rows.push([...organisationCells, member.fullName, member.position, member.isHead ? 'x' : '']);
    }
  }
  return { headers: rosterColumns.map((column) => column.vi), rows };
}

/** What a roster holds, for the line under the import preview. */
export function rosterSummary(organisations: readonly ParsedOrganisation[]): {
  organisations: number;
  collectives: number;
  members: number;
  heads: number;
} {
  const members = organisations.flatMap((organisation) => organisation.members);
  return {
    organisations: organisations.length,
    collectives: organisations.filter((organisation) => organisation.collectiveName !== null).length,
    members: members.length,
    heads: members.filter((member) => member.isHead).length,
  };
}
