import type { Bilingual } from '../i18n/language';
import { foldForSearch } from '../text/vietnamese';

/**
 * The "Thời gian hoàn thành" of a plan's task, as an office writes it in the appendix of a plan
 * (seed 004, Kế hoạch 35-KH/HU: "07/2021", "Quý III hàng năm", "09/2021 và hàng năm", "Hàng
 * tháng, hàng quý"), read into a value and expanded into the dated occurrences someone must
 * follow up over the plan's years (issue 18). Days are YYYY-MM-DD strings; the arithmetic is on
 * whole calendar days in UTC, so no time zone moves a deadline.
 */

/** A calendar day, YYYY-MM-DD. */
export type IsoDay = string;

export type QuarterNumber = 1 | 2 | 3 | 4;

/** A deadline set once: a day, the end of a month, of a quarter or of a year. */
export type OneOffDeadline =
  | { readonly kind: 'date'; readonly date: IsoDay }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: QuarterNumber }
  | { readonly kind: 'year'; readonly year: number };

/** When in each year a yearly task falls due: 31/12, the end of a fixed month or quarter, or a fixed day. */
export type YearlyDueAt =
  | { readonly at: 'yearEnd' }
  | { readonly at: 'month'; readonly month: number }
  | { readonly at: 'quarter'; readonly quarter: QuarterNumber }
  /** 29/02 falls on 28/02 in a common year. */
  | { readonly at: 'day'; readonly month: number; readonly day: number };

export type RecurringDeadline =
  | { readonly kind: 'monthly' }
  | { readonly kind: 'quarterly' }
  | { readonly kind: 'yearly'; readonly dueAt: YearlyDueAt };

export type SingleDeadline = OneOffDeadline | RecurringDeadline;

/** Several deadlines written in one cell ("09/2021 và hàng năm", "Hàng tháng, hàng quý"); two or more parts. */
export interface DeadlineList {
  readonly kind: 'list';
  readonly parts: readonly SingleDeadline[];
}

export type TaskDeadline = SingleDeadline | DeadlineList;

export type DeadlineParse =
  { readonly ok: true; readonly deadline: TaskDeadline } | { readonly ok: false; readonly message: Bilingual };

export interface DeadlineOccurrence {
  /** Stable across imports, one per period: '2021-07' (a month), '2023-Q3', '2022' (a year), '2021-07-15' (a day). */
  readonly key: string;
  /** As an office writes it: '07/2021', 'Quý III/2023', 'Năm 2022', '15/07/2021'. */
  readonly label: string;
  readonly due: IsoDay;
}

export interface PlanPeriod {
  readonly from: IsoDay;
  readonly to: IsoDay;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

const firstYear = 1900;
const lastYear = 2100;

const pad = (value: number) => String(value).padStart(2, '0');

const isoDay = (year: number, month: number, day: number): IsoDay => `${year}-${pad(month)}-${pad(day)}`;

/** 28, 29, 30 or 31. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const monthEnd = (year: number, month: number) => isoDay(year, month, lastDayOfMonth(year, month));

const quarterEnd = (year: number, quarter: QuarterNumber) => monthEnd(year, quarter * 3);

/** The parts of a real calendar day, or null. */
function dayParts(day: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || date < 1 || date > lastDayOfMonth(year, month)) return null;
  return [year, month, date];
}

function requireDay(day: string, what: string): [number, number, number] {
  const parts = dayParts(day);
  if (!parts) throw new RangeError(`${what} is not a calendar day (YYYY-MM-DD): ${day}`);
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Writing

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;

const roman = (quarter: QuarterNumber) => romanQuarters[quarter - 1]!;

const dayLabel = (day: IsoDay) => {
  const [year, month, date] = requireDay(day, 'A deadline');
  return `${pad(date)}/${pad(month)}/${year}`;
};
const monthLabel = (year: number, month: number) => `${pad(month)}/${year}`;
const quarterLabel = (year: number, quarter: QuarterNumber) => `Quý ${roman(quarter)}/${year}`;
const yearLabel = (year: number) => `Năm ${year}`;

function singleText(deadline: SingleDeadline): string {
  switch (deadline.kind) {
    case 'date':
      return dayLabel(deadline.date);
    case 'month':
      return monthLabel(deadline.year, deadline.month);
    case 'quarter':
      return quarterLabel(deadline.year, deadline.quarter);
    case 'year':
      return yearLabel(deadline.year);
    case 'monthly':
      return 'Hàng tháng';
    case 'quarterly':
      return 'Hàng quý';
    case 'yearly': {
      const { dueAt } = deadline;
      if (dueAt.at === 'month') return `Tháng ${dueAt.month} hàng năm`;
      if (dueAt.at === 'quarter') return `Quý ${roman(dueAt.quarter)} hàng năm`;
      if (dueAt.at === 'day') return `Ngày ${pad(dueAt.day)}/${pad(dueAt.month)} hàng năm`;
      return 'Hàng năm';
    }
  }
}

const isOneOff = (deadline: SingleDeadline): deadline is OneOffDeadline =>
  deadline.kind === 'date' || deadline.kind === 'month' || deadline.kind === 'quarter' || deadline.kind === 'year';

/** "09/2021 và hàng năm" means every September: a bare "hàng năm" after a one-off deadline takes its place in the year. */
function yearlyAfter(first: OneOffDeadline): YearlyDueAt {
  switch (first.kind) {
    case 'date': {
      const [, month, day] = requireDay(first.date, 'A deadline');
      return { at: 'day', month, day };
    }
    case 'month':
      return { at: 'month', month: first.month };
    case 'quarter':
      return { at: 'quarter', quarter: first.quarter };
    case 'year':
      return { at: 'yearEnd' };
  }
}

const sameDueAt = (a: YearlyDueAt, b: YearlyDueAt) => JSON.stringify(a) === JSON.stringify(b);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The canonical Vietnamese writing: "07/2021", "Quý III hàng năm", "09/2021 và hàng năm",
 * "Hàng tháng, hàng quý". Reading it back gives the same deadline.
 */
export function normalisedDeadlineText(deadline: TaskDeadline): string {
  if (deadline.kind !== 'list') return singleText(deadline);
  let text = '';
  deadline.parts.forEach((part, index) => {
    const previous = index > 0 ? deadline.parts[index - 1] : undefined;
    if (!previous) text = singleText(part);
    else if (isOneOff(previous) && part.kind === 'yearly' && sameDueAt(part.dueAt, yearlyAfter(previous))) {
      text += ' và hàng năm';
    } else if (isOneOff(previous) && !isOneOff(part)) text += ` và ${lowerFirst(singleText(part))}`;
    else text += `, ${lowerFirst(singleText(part))}`;
  });
  return text;
}

// ---------------------------------------------------------------------------------------------
// Reading

const understoodForms: Bilingual = {
  vi:
    '07/2021 (một tháng), 15/07/2021 (một ngày), Quý III/2023 (một quý), Năm 2023, Hàng tháng, Hàng quý, ' +
    'Hàng năm (31/12), Quý III hàng năm, Tháng 9 hàng năm, và ghép: «09/2021 và hàng năm», «Hàng tháng, hàng quý»',
  en:
    '07/2021 (a month), 15/07/2021 (a day), Quý III/2023 (a quarter), Năm 2023 (a year), Hàng tháng (monthly), ' +
    'Hàng quý (quarterly), Hàng năm (yearly, by 31/12), Quý III hàng năm (the third quarter each year), ' +
    'Tháng 9 hàng năm (September each year), and combinations such as “09/2021 và hàng năm” or “Hàng tháng, hàng quý”',
};

const notUnderstood = (text: string): Bilingual => ({
  vi: `Không hiểu thời gian hoàn thành «${text}». Các cách ghi được hiểu: ${understoodForms.vi}.`,
  en: `The deadline “${text}” is not understood. The forms understood: ${understoodForms.en}.`,
});

type Term = SingleDeadline | { readonly kind: 'bareYearly' } | { readonly refused: Bilingual };

const quarterOf = (written: string): QuarterNumber =>
  (/^\d$/.test(written) ? Number(written) : romanQuarters.indexOf(written.toUpperCase() as 'I') + 1) as QuarterNumber;

function checkYear(year: number): Bilingual | null {
  return year < firstYear || year > lastYear
    ? {
        vi: `Năm ${year} nằm ngoài khoảng ${firstYear}–${lastYear}.`,
        en: `The year ${year} is outside ${firstYear}–${lastYear}.`,
      }
    : null;
}

function checkMonth(month: number): Bilingual | null {
  return month < 1 || month > 12
    ? { vi: `Không có tháng ${month}; tháng từ 1 đến 12.`, en: `There is no month ${month}; months run from 1 to 12.` }
    : null;
}

function dateTerm(year: number, month: number, day: number): Term {
  const refused = checkYear(year) ?? checkMonth(month);
  if (refused) return { refused };
  if (day < 1 || day > lastDayOfMonth(year, month)) {
    const written = `${pad(day)}/${pad(month)}/${year}`;
    return { refused: { vi: `Ngày ${written} không có thật.`, en: `The day ${written} does not exist.` } };
  }
  return { kind: 'date', date: isoDay(year, month, day) };
}

function monthTerm(year: number, month: number): Term {
  const refused = checkYear(year) ?? checkMonth(month);
  return refused ? { refused } : { kind: 'month', year, month };
}

function yearlyDayTerm(month: number, day: number): Term {
  const refused = checkMonth(month);
  if (refused) return { refused };
  // A leap year: 29/02 is a day that exists every fourth year, and falls on 28/02 in the others.
  if (day < 1 || day > lastDayOfMonth(2024, month)) {
    const written = `${pad(day)}/${pad(month)}`;
    return { refused: { vi: `Ngày ${written} không có thật.`, en: `The day ${written} does not exist.` } };
  }
  return { kind: 'yearly', dueAt: { at: 'day', month, day } };
}

/** Between numbers: 07/2021, 07-2021, 07.2021, with spaces or not. */
const sep = String.raw`\s*[/.\-]\s*`;
const quarterWord = String.raw`(iv|i{1,3}|[1-4])`;
/** A term ends at the end, a space or a list separator: "07/2021 hàng năm", "Hàng tháng, hàng quý". */
const end = String.raw`(?=$|[\s,;+&])`;

type TermReader = readonly [RegExp, (match: RegExpExecArray) => Term];

/** Tried in this order at each position of the folded text (no diacritics, lower case, single spaces). */
const termSources: readonly TermReader[] = [
  [/hang thang/, () => ({ kind: 'monthly' })],
  [/hang quy/, () => ({ kind: 'quarterly' })],
  [/hang nam/, () => ({ kind: 'bareYearly' })],
  [
    new RegExp(String.raw`quy ${quarterWord} hang nam`),
    (match) => ({ kind: 'yearly', dueAt: { at: 'quarter', quarter: quarterOf(match[1]!) } }),
  ],
  [
    /thang (\d{1,2}) hang nam/,
    (match) => {
      const month = Number(match[1]);
      const refused = checkMonth(month);
      return refused ? { refused } : { kind: 'yearly', dueAt: { at: 'month', month } };
    },
  ],
  [
    new RegExp(String.raw`(?:ngay )?(\d{1,2})${sep}(\d{1,2}) hang nam`),
    (match) => yearlyDayTerm(Number(match[2]), Number(match[1])),
  ],
  [/(\d{4})-(\d{2})-(\d{2})/, (match) => dateTerm(Number(match[1]), Number(match[2]), Number(match[3]))],
  [
    new RegExp(String.raw`(?:ngay )?(\d{1,2})${sep}(\d{1,2})${sep}(\d{4})`),
    (match) => dateTerm(Number(match[3]), Number(match[2]), Number(match[1])),
  ],
  [new RegExp(String.raw`(?:thang )?(\d{1,2})${sep}(\d{4})`), (match) => monthTerm(Number(match[2]), Number(match[1]))],
  [/thang (\d{1,2}) nam (\d{4})/, (match) => monthTerm(Number(match[2]), Number(match[1]))],
  [
    new RegExp(String.raw`quy ${quarterWord}(?:${sep}| nam )(\d{4})`),
    (match) => {
      const year = Number(match[2]);
      const refused = checkYear(year);
      return refused ? { refused } : { kind: 'quarter', year, quarter: quarterOf(match[1]!) };
    },
  ],
  [
    /nam (\d{4})/,
    (match) => {
      const year = Number(match[1]);
      const refused = checkYear(year);
      return refused ? { refused } : { kind: 'year', year };
    },
  ],
];
const terms: readonly TermReader[] = termSources.map(([pattern, build]) => [
  new RegExp(`${pattern.source}${end}`, 'y'),
  build,
]);

/**
 * Between two deadlines of a list: a comma, a semicolon, "+", "&", "và"; or just a space before a
 * recurring one ("07/2021 Hàng năm"). A one-off deadline after a space only ("Hàng tháng năm
 * 2023": monthly in 2023, or monthly and the year 2023?) is not guessed.
 */
const listSeparator = /\s*(?:[,;+&]\s*)*(?:va\s+)?/y;

/**
 * Reads a deadline written in Vietnamese, diacritics, case and extra spaces aside ("hằng năm"
 * and "hàng năm" alike). Anything it does not recognise is refused with the forms it does
 * understand: a deadline is never guessed.
 */
export function parseTaskDeadline(written: string): DeadlineParse {
  const shown = written.normalize('NFC').replace(/\s+/g, ' ').trim();
  // "07/2021." or "- Hàng năm": a list mark or a full stop around the deadline is not part of it.
  const text = foldForSearch(written)
    .replace(/^[\s\-–•*+]+/, '')
    .replace(/[\s.,;]+$/, '');
  if (text === '') {
    return { ok: false, message: { vi: 'Chưa ghi thời gian hoàn thành.', en: 'No deadline is written.' } };
  }
  const parts: SingleDeadline[] = [];
  let position = 0;
  let spaceOnly = false;
  while (position < text.length) {
    let matched: RegExpExecArray | null = null;
    let term: Term | undefined;
    for (const [pattern, build] of terms) {
      pattern.lastIndex = position;
      matched = pattern.exec(text);
      if (matched) {
        term = build(matched);
        break;
      }
    }
    if (!matched || !term) return { ok: false, message: notUnderstood(shown) };
    if ('refused' in term) {
      return {
        ok: false,
        message: {
          vi: `Thời gian hoàn thành «${shown}»: ${term.refused.vi}`,
          en: `The deadline “${shown}”: ${term.refused.en}`,
        },
      };
    }
    const previous = parts.at(-1);
    if (spaceOnly && term.kind !== 'bareYearly' && isOneOff(term)) {
      return { ok: false, message: notUnderstood(shown) };
    }
    const part: SingleDeadline =
      term.kind === 'bareYearly'
        ? { kind: 'yearly', dueAt: previous && isOneOff(previous) ? yearlyAfter(previous) : { at: 'yearEnd' } }
        : term;
    if (!parts.some((earlier) => JSON.stringify(earlier) === JSON.stringify(part))) parts.push(part);
    position += matched[0].length;
    listSeparator.lastIndex = position;
    const separator = listSeparator.exec(text)![0];
    spaceOnly = separator.trim() === '';
    position += separator.length;
  }
  const deadline: TaskDeadline = parts.length === 1 ? parts[0]! : { kind: 'list', parts };
  return { ok: true, deadline };
}

// ---------------------------------------------------------------------------------------------
// Expanding over a plan's period

/** Day, month, quarter, year: on the same due date, the shorter period's occurrence comes first. */
type Span = 'day' | 'month' | 'quarter' | 'year';
const spanRank: Readonly<Record<Span, number>> = { day: 0, month: 1, quarter: 2, year: 3 };

interface RankedOccurrence extends DeadlineOccurrence {
  readonly span: Span;
}

const dayOccurrence = (due: IsoDay): RankedOccurrence => ({ key: due, label: dayLabel(due), due, span: 'day' });

const monthOccurrence = (year: number, month: number): RankedOccurrence => ({
  key: `${year}-${pad(month)}`,
  label: monthLabel(year, month),
  due: monthEnd(year, month),
  span: 'month',
});

const quarterOccurrence = (year: number, quarter: QuarterNumber): RankedOccurrence => ({
  key: `${year}-Q${quarter}`,
  label: quarterLabel(year, quarter),
  due: quarterEnd(year, quarter),
  span: 'quarter',
});

const yearOccurrence = (year: number): RankedOccurrence => ({
  key: String(year),
  label: yearLabel(year),
  due: isoDay(year, 12, 31),
  span: 'year',
});

function yearlyOccurrence(year: number, dueAt: YearlyDueAt): RankedOccurrence {
  switch (dueAt.at) {
    case 'yearEnd':
      return yearOccurrence(year);
    case 'month':
      return monthOccurrence(year, dueAt.month);
    case 'quarter':
      return quarterOccurrence(year, dueAt.quarter);
    case 'day':
      return dayOccurrence(isoDay(year, dueAt.month, Math.min(dueAt.day, lastDayOfMonth(year, dueAt.month))));
  }
}

function singleOccurrences(deadline: SingleDeadline, period: PlanPeriod, years: number[]): RankedOccurrence[] {
  const inPeriod = (occurrence: RankedOccurrence) => occurrence.due >= period.from && occurrence.due <= period.to;
  switch (deadline.kind) {
    case 'date':
      return [dayOccurrence(deadline.date)];
    case 'month':
      return [monthOccurrence(deadline.year, deadline.month)];
    case 'quarter':
      return [quarterOccurrence(deadline.year, deadline.quarter)];
    case 'year':
      return [yearOccurrence(deadline.year)];
    case 'monthly':
      return years
        .flatMap((year) => Array.from({ length: 12 }, (_, index) => monthOccurrence(year, index + 1)))
        .filter(inPeriod);
    case 'quarterly':
      return years
        .flatMap((year) => ([1, 2, 3, 4] as const).map((quarter) => quarterOccurrence(year, quarter)))
        .filter(inPeriod);
    case 'yearly':
      return years.map((year) => yearlyOccurrence(year, deadline.dueAt)).filter(inPeriod);
  }
}

/**
 * The occurrences of a deadline over a plan's period, in date order (on the same day, a month's
 * before a quarter's before a year's), each period once ("09/2021 và hàng năm" gives September
 * 2021 once). A recurring deadline has an occurrence for each month, quarter or year whose due
 * date (its last day, or the fixed day) falls within the period, both ends included: a plan from
 * 05/5/2021 reports monthly from 05/2021 (due 31/05/2021). A one-off deadline is listed even when
 * it falls outside the period: the plan set it, and a follow-up must not lose it.
 */
export function expandDeadline(deadline: TaskDeadline, period: PlanPeriod): DeadlineOccurrence[] {
  const [fromYear] = requireDay(period.from, 'The start of the plan');
  const [toYear] = requireDay(period.to, 'The end of the plan');
  if (period.from > period.to) throw new RangeError(`The plan ends (${period.to}) before it starts (${period.from})`);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, index) => fromYear + index);
  const parts = deadline.kind === 'list' ? deadline.parts : [deadline];
  const byKey = new Map<string, RankedOccurrence>();
  for (const part of parts) {
    for (const occurrence of singleOccurrences(part, period, years)) {
      if (!byKey.has(occurrence.key)) byKey.set(occurrence.key, occurrence);
    }
  }
  return [...byKey.values()]
    .sort(
      (a, b) =>
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        spanRank[a.span] - spanRank[b.span] ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .map(({ key, label, due }) => ({ key, label, due }));
}

// ---------------------------------------------------------------------------------------------
// Follow-up

/** Overdue: not done, and its due day is past (due on the day itself is not late yet). */
export function isOverdue(occurrence: DeadlineOccurrence, today: IsoDay, done: boolean): boolean {
  requireDay(today, 'Today');
  return !done && occurrence.due < today;
}

/** The occurrences overdue on `today`, in their order; `doneKeys` holds the keys of those done. */
export function overdueOccurrences(
  occurrences: readonly DeadlineOccurrence[],
  today: IsoDay,
  doneKeys: ReadonlySet<string>,
): DeadlineOccurrence[] {
  return occurrences.filter((occurrence) => isOverdue(occurrence, today, doneKeys.has(occurrence.key)));
}
