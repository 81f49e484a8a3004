import { cellText, type Cell, type RowError, type Table } from '../campaigns/spreadsheetColumns';
import type { Bilingual } from '../i18n/language';
import type { TemplateContent } from '../templates/templateContent';
import { ballotProblems, ballotShapeOf, type Answer, type BallotEntry } from './ballot';
import { textKey, type SurveyMapping } from './surveyMapping';

/**
 * A survey export's rows read as ballots through a mapping: one response per row, each cell of a
 * criterion's column turned into a mark by the mapping, nothing guessed. A row with an error
 * gives no ballot; the caller imports only when there is no error at all.
 */

/** The list stops here; `errorCount` still counts them all. */
export const maxListedErrors = 5000;

export interface SurveyBallot {
  readonly entry: BallotEntry;
  /** The row as a spreadsheet user sees it: the header is row 1. */
  readonly row: number;
  /**
   * What makes the response itself: its id, or the whole row. The same response in another file
   * (or the same file again) has the same identity, so its ballot id repeats and is refused.
   */
  readonly identity: string;
}

export interface SurveyCheck {
  readonly ballots: SurveyBallot[];
  readonly errors: RowError[];
  readonly errorCount: number;
  readonly emptyRows: number;
}

/** A column the mapping names, as found among the headers (or not). */
interface FoundColumn {
  readonly name: string;
  readonly index: number;
}

class ErrorList {
  readonly errors: RowError[] = [];
  count = 0;
  add(row: number, column: string, message: Bilingual): void {
    this.count += 1;
    if (this.errors.length < maxListedErrors) this.errors.push({ row, column, message });
  }
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Where each mapped column is; a missing or repeated header is an error of row 1. */
function findColumns(table: Table, mapping: SurveyMapping, errors: ErrorList) {
  const positions = new Map<string, number[]>();
  table.headers.forEach((header, index) => {
    const key = textKey(cellText(header));
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const find = (name: string | null | undefined): FoundColumn | null => {
    if (name === null || name === undefined) return null;
    const found = positions.get(textKey(name)) ?? [];
    if (found.length === 0) {
      errors.add(1, name, { vi: `Tệp không có cột «${name}».`, en: `The file has no column “${name}”.` });
      return null;
    }
    if (found.length > 1) {
      errors.add(1, name, {
        vi: `Tệp có ${found.length} cột cùng tên «${name}»: hãy đổi tên cho khác nhau rồi xuất lại.`,
        en: `The file has ${found.length} columns named “${name}”: rename them apart and export again.`,
      });
      return null;
    }
    return { name: cellText(table.headers[found[0]!]) || name, index: found[0]! };
  };
  return {
    criteria: mapping.criteria.map(find),
    prestige: find(mapping.prestige),
    other: find(mapping.other),
    responseId: find(mapping.responseId),
  };
}

/** What the mapping asks of a form that has other rows, marks or parts: errors of row 1 (the headers). */
function checkAgainstForm(mapping: SurveyMapping, form: TemplateContent, errors: ErrorList): void {
  const shape = ballotShapeOf(form);
  if (mapping.criteria.length > shape.rows)
    errors.add(1, '', {
      vi: `Phiếu có ${shape.rows} nội dung, bảng quy đổi gán ${mapping.criteria.length} cột.`,
      en: `The form has ${shape.rows} rows; the mapping assigns ${mapping.criteria.length} columns.`,
    });
  form.criteria.forEach((criterion, index) => {
    if (mapping.criteria[index] === null || mapping.criteria[index] === undefined)
      errors.add(1, '', {
        vi: `Nội dung ${index + 1} («${short(criterion.text)}») chưa được gán cột nào.`,
        en: `Row ${index + 1} of the form (“${short(criterion.text)}”) has no column assigned.`,
      });
  });
  if (shape.hasPrestige && mapping.prestige === null)
    errors.add(1, '', {
      vi: 'Phiếu có phần đánh giá mức độ uy tín: hãy gán cột của câu hỏi đó.',
      en: 'The form has a prestige part: assign the column of that question.',
    });
  if (!shape.hasPrestige && mapping.prestige !== null)
    errors.add(1, mapping.prestige, {
      vi: 'Phiếu này không có phần đánh giá mức độ uy tín.',
      en: 'This form has no prestige part.',
    });
  if (form.otherHeading === null && mapping.other !== null)
    errors.add(1, mapping.other, {
      vi: 'Phiếu này không có phần ý kiến khác.',
      en: 'This form has no other-comments part.',
    });
  for (const { text, mark } of mapping.answers)
    if (typeof mark === 'number' && mark > shape.maxMark)
      errors.add(1, '', {
        vi: `«${text}» được quy đổi thành mức ${mark}, phiếu chỉ có mức 1–${shape.maxMark}.`,
        en: `“${text}” is mapped to mark ${mark}; the form has marks 1–${shape.maxMark}.`,
      });
}

/** A cell as the identity of a row sees it: whole (a date to the millisecond), trimmed. */
function identityOfCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).normalize('NFC').trim();
}

function rowIdentity(cells: ReadonlyArray<Cell>): string {
  const texts = cells.map(identityOfCell);
  while (texts.length > 0 && texts.at(-1) === '') texts.pop();
  return `row:${JSON.stringify(texts)}`;
}

/** The marks a mapping gives: each text's key → mark, and the keys that mean blank. */
function markTables(mapping: SurveyMapping) {
  return {
    answers: new Map(mapping.answers.map(({ text, mark }) => [textKey(text), mark])),
    prestige: new Map(mapping.prestigeAnswers.map(({ text, mark }) => [textKey(text), mark])),
    blanks: new Set(mapping.blanks.map(textKey)),
  };
}

/** Every row checked; `ballots` holds the rows without an error. */
export function checkSurveyTable(table: Table, mapping: SurveyMapping, form: TemplateContent): SurveyCheck {
  const errors = new ErrorList();
  const shape = ballotShapeOf(form);
  checkAgainstForm(mapping, form, errors);
  const found = findColumns(table, mapping, errors);
  // Only what the form has is read: a part it lacks is an error of row 1 already, not of every row.
  const columns = {
    criteria: form.criteria.map((_, index) => found.criteria[index] ?? null),
    prestige: shape.hasPrestige ? found.prestige : null,
    other: form.otherHeading === null ? null : found.other,
    responseId: found.responseId,
  };
  const marks = markTables(mapping);
  const ballots: SurveyBallot[] = [];
  const seen = new Map<string, number>();
  let emptyRows = 0;

  /** A cell's mark, or undefined after recording the cell's error. */
  const markOf = (cells: ReadonlyArray<Cell>, row: number, column: FoundColumn, byText: Map<string, Answer>) => {
    const text = cellText(cells[column.index]);
    const key = textKey(text);
    if (marks.blanks.has(key)) return 0;
    const mark = byText.get(key);
    if (mark !== undefined) return mark;
    errors.add(
      row,
      column.name,
      text === ''
        ? {
            vi: 'ô trống, mà ô trống không được coi là để trống trong bảng quy đổi',
            en: 'an empty cell, which the mapping does not count as blank',
          }
        : {
            vi: `câu trả lời «${short(text)}» chưa có trong bảng quy đổi`,
            en: `the answer “${short(text)}” is not in the mapping`,
          },
    );
    return undefined;
  };

  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cellText(cell) === '')) {
      emptyRows += 1;
      return;
    }
    const before = errors.count;
    const answers: Answer[] = columns.criteria.map((column) =>
      column ? (markOf(cells, row, column, marks.answers) ?? 0) : 0,
    );
    const prestige = columns.prestige ? (markOf(cells, row, columns.prestige, marks.prestige) ?? 0) : 0;
    let other = columns.other ? cellText(cells[columns.other.index]) : '';
    if (marks.blanks.has(textKey(other))) other = '';
    if (columns.other && other.length > 4000)
      errors.add(row, columns.other.name, { vi: 'dài quá 4000 ký tự', en: 'longer than 4000 characters' });

    const id = columns.responseId ? cellText(cells[columns.responseId.index]) : null;
    if (columns.responseId && id === '')
      errors.add(row, columns.responseId.name, { vi: 'thiếu mã phản hồi', en: 'no response id' });
    const identity = id === null ? rowIdentity(cells) : `id:${id}`;
    const earlier = id === '' ? undefined : seen.get(identity);
    if (earlier !== undefined)
      errors.add(
        row,
        columns.responseId?.name ?? '',
        columns.responseId
          ? { vi: `mã phản hồi trùng với dòng ${earlier}`, en: `the same response id as row ${earlier}` }
          : { vi: `giống hệt dòng ${earlier} ở mọi ô`, en: `the same as row ${earlier} in every cell` },
      );
    else seen.set(identity, row);
    if (errors.count > before) return;

    // Nothing marked, written or kept anywhere: an invalid ballot (blank), as on paper — never a valid one.
    const entry: BallotEntry =
      answers.every((answer) => answer === 0) && prestige === 0 && other === ''
        ? { valid: false, invalidReason: 'blank', invalidText: '' }
        : { valid: true, answers, notes: {}, other, prestige };
    const problems = ballotProblems(entry, shape);
    if (problems.length > 0)
      errors.add(row, '', {
        vi: problems.map((problem) => problem.vi).join('; '),
        en: problems.map((problem) => problem.en).join('; '),
      });
    else ballots.push({ entry, row, identity });
  });
  return { ballots, errors: errors.errors, errorCount: errors.count, emptyRows };
}
