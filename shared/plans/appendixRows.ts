import type { Bilingual } from '../i18n/language';
import { cellText, matchColumns, type Cell, type RowError, type Table } from '../campaigns/spreadsheetColumns';
import { foldForSearch } from '../text/vietnamese';
import { parseTaskDeadline, type TaskDeadline } from './taskDeadlines';

/**
 * The appendix of a plan's tasks as a spreadsheet, in the column layout of the appendix a
 * Huyện ủy issues with its plan (seed 004, "PHỤ LỤC … ban hành kèm theo Kế hoạch số 35-KH/HU"):
 * Stt, Nội dung, Đơn vị tham mưu, Đơn vị phối hợp, Thời gian hoàn thành, Lãnh đạo phụ trách. One
 * row per task. A table copied from the document repeats its header on each page; such rows are
 * skipped. The same shape is imported and exported (see shared/ratings/rosterRows.ts).
 */
export const appendixColumns = [
  { key: 'number', vi: 'Stt', en: 'No.', required: false },
  { key: 'content', vi: 'Nội dung', en: 'Task', required: true },
  { key: 'leadBody', vi: 'Đơn vị tham mưu', en: 'Lead body', required: true },
  { key: 'coordinatingBodies', vi: 'Đơn vị phối hợp', en: 'Coordinating bodies', required: false },
  { key: 'deadline', vi: 'Thời gian hoàn thành', en: 'Deadline', required: true },
  { key: 'leader', vi: 'Lãnh đạo phụ trách', en: 'Leader in charge', required: false },
] as const;

type ColumnKey = (typeof appendixColumns)[number]['key'];

export interface ParsedPlanTask {
  /** The task's number as the appendix writes it, without the point after it ("1." → "1"); null when not given. */
  readonly number: string | null;
  readonly content: string;
  /** Đơn vị tham mưu: the body that prepares the task and answers for it. */
  readonly leadBody: string;
  /** Empty when the sheet gives none. */
  readonly coordinatingBodies: string;
  readonly deadline: TaskDeadline;
  /** The deadline as the sheet writes it ("07/2021 Hàng năm"), kept for the printed appendix. */
  readonly deadlineText: string;
  /** Empty when the sheet gives none. */
  readonly leader: string;
}

export interface AppendixTableResult {
  readonly tasks: ParsedPlanTask[];
  readonly errors: RowError[];
}

/** Longest text each column takes, in characters. */
const maxLengths: Readonly<Record<ColumnKey, number>> = {
  number: 20,
  content: 2000,
  leadBody: 500,
  coordinatingBodies: 1000,
  deadline: 200,
  leader: 300,
};

const columnOf = (key: ColumnKey) => appendixColumns.find((column) => column.key === key)!;

const missing: Readonly<Partial<Record<ColumnKey, Bilingual>>> = {
  content: { vi: 'Thiếu nội dung nhiệm vụ.', en: 'The task is missing.' },
  leadBody: { vi: 'Thiếu đơn vị tham mưu.', en: 'The lead body is missing.' },
  deadline: { vi: 'Thiếu thời gian hoàn thành.', en: 'The deadline is missing.' },
};

/** "1." and "1)" are the task numbered 1. */
const taskNumber = (text: string) => text.replace(/[.)]+$/, '').trim();

/**
 * Excel turns a typed "07/2021" into the date 01/07/2021 and shows it as it was typed; the file
 * holds only the date. A date cell on another day than the first is that day; on the first it
 * could be the month or the day, and a deadline is not guessed.
 */
function deadlineFromDateCell(cell: Date): { text: string } | { refused: Bilingual } {
  const day = cellText(cell);
  if (day === '') return { text: '' };
  const [year, month, date] = day.split('-');
  const shown = `${date}/${month}/${year}`;
  if (date !== '01') return { text: shown };
  return {
    refused: {
      vi: `Ô này là ô ngày của Excel (${shown}): không rõ là tháng ${month}/${year} hay ngày ${shown}. Hãy định dạng cột là Văn bản (Text) và gõ lại, ví dụ 07/2021 hoặc 01/07/2021.`,
      en: `This is an Excel date cell (${shown}): it could be the month ${month}/${year} or the day ${shown}. Format the column as Text and type it again, e.g. 07/2021 or 01/07/2021.`,
    },
  };
}

/**
 * Checks every row and every column and collects every problem, in Vietnamese and English, in
 * row order. Callers import nothing while any error remains (see importableAppendix).
 */
export function validateAppendixTable(table: Table): AppendixTableResult {
  const { indexes, errors: headerErrors } = matchColumns(table.headers, appendixColumns);
  if (headerErrors.length > 0) return { tasks: [], errors: headerErrors };
  const errors: RowError[] = [];
  const fail = (row: number, key: ColumnKey, message: Bilingual) =>
    errors.push({ row, column: columnOf(key).vi, message });
  const tasks: ParsedPlanTask[] = [];
  const rowOfNumber = new Map<string, number>();

  table.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (key: ColumnKey): Cell | undefined => {
      const position = indexes.get(key);
      return position === undefined ? undefined : cells[position];
    };
    const text = (key: ColumnKey) => cellText(cell(key));
    const present = appendixColumns.filter((column) => indexes.has(column.key));
    if (present.every((column) => text(column.key) === '')) return;
    const isHeaderAgain = present.every((column) =>
      [column.vi, column.en].some((header) => foldForSearch(header) === foldForSearch(text(column.key))),
    );
    if (isHeaderAgain) return;

    const errorsBefore = errors.length;
    for (const column of present) {
      const length = [...text(column.key)].length;
      const max = maxLengths[column.key];
      if (length > max) {
        fail(row, column.key, {
          vi: `«${column.vi}» dài quá ${max} ký tự (có ${length} ký tự).`,
          en: `“${column.en}” is longer than ${max} characters (${length}).`,
        });
      }
    }
    for (const [key, message] of Object.entries(missing) as Array<[ColumnKey, Bilingual]>) {
      if (text(key) === '') fail(row, key, message);
    }

    const numberText = taskNumber(text('number'));
    if (numberText !== '') {
      const folded = foldForSearch(numberText);
      const earlier = rowOfNumber.get(folded);
      if (earlier !== undefined) {
        fail(row, 'number', {
          vi: `Số thứ tự ${numberText} đã có ở dòng ${earlier}.`,
          en: `The number ${numberText} is already on row ${earlier}.`,
        });
      } else rowOfNumber.set(folded, row);
    }

    const deadlineCell = cell('deadline');
    const fromDateCell = deadlineCell instanceof Date ? deadlineFromDateCell(deadlineCell) : null;
    const deadlineText = fromDateCell && 'text' in fromDateCell ? fromDateCell.text : text('deadline');
    let deadline: TaskDeadline | null = null;
    if (fromDateCell && 'refused' in fromDateCell) fail(row, 'deadline', fromDateCell.refused);
    else if (deadlineText !== '') {
      const parsed = parseTaskDeadline(deadlineText);
      if (parsed.ok) deadline = parsed.deadline;
      else fail(row, 'deadline', parsed.message);
    }

    if (errors.length > errorsBefore || deadline === null) return;
    tasks.push({
      number: numberText === '' ? null : numberText,
      content: text('content'),
      leadBody: text('leadBody'),
      coordinatingBodies: text('coordinatingBodies'),
      deadline,
      deadlineText,
      leader: text('leader'),
    });
  });

  if (tasks.length === 0 && errors.length === 0) {
    fail(1, 'content', { vi: 'Bảng không có nhiệm vụ nào.', en: 'The table lists no task.' });
  }
  return { tasks, errors };
}

/** The tasks to write, or null while any error remains: an import is all or nothing. */
export function importableAppendix(result: AppendixTableResult): ParsedPlanTask[] | null {
  return result.errors.length > 0 ? null : result.tasks;
}

/** The same shape for export: Vietnamese headers, a number written "1." as the appendix does, the deadline as written. */
export function appendixTableForExport(tasks: readonly ParsedPlanTask[]): { headers: string[]; rows: string[][] } {
  return {
    headers: appendixColumns.map((column) => column.vi),
    rows: tasks.map((task) => [
      task.number === null ? '' : /^\d+$/.test(task.number) ? `${task.number}.` : task.number,
      task.content,
      task.leadBody,
      task.coordinatingBodies,
      task.deadlineText,
      task.leader,
    ]),
  };
}
