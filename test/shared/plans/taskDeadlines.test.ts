import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandDeadline,
  isOverdue,
  lastDayOfMonth,
  normalisedDeadlineText,
  overdueOccurrences,
  parseTaskDeadline,
  type DeadlineOccurrence,
  type SingleDeadline,
  type TaskDeadline,
} from '../../../shared/plans/taskDeadlines';

/** Kế hoạch 35-KH/HU ngày 05/5/2021, giai đoạn 2021 - 2025 (seed 004). */
const plan = { from: '2021-05-05', to: '2025-12-31' };

function parsed(text: string): TaskDeadline {
  const result = parseTaskDeadline(text);
  if (!result.ok) throw new Error(`${text}: ${result.message.en}`);
  return result.deadline;
}

function refusal(text: string) {
  const result = parseTaskDeadline(text);
  if (result.ok) throw new Error(`${text} was read as ${JSON.stringify(result.deadline)}`);
  return result.message;
}

const expanded = (text: string, period = plan) => expandDeadline(parsed(text), period);
const dues = (occurrences: readonly DeadlineOccurrence[]) => occurrences.map((occurrence) => occurrence.due);
const keys = (occurrences: readonly DeadlineOccurrence[]) => occurrences.map((occurrence) => occurrence.key);

describe('reading every deadline of seed 004’s appendix', () => {
  it.each<[string, TaskDeadline, string]>([
    ['07/2021', { kind: 'month', year: 2021, month: 7 }, '07/2021'],
    ['Quý III/2023', { kind: 'quarter', year: 2023, quarter: 3 }, 'Quý III/2023'],
    ['Quý III/2025', { kind: 'quarter', year: 2025, quarter: 3 }, 'Quý III/2025'],
    ['Quý III hàng năm', { kind: 'yearly', dueAt: { at: 'quarter', quarter: 3 } }, 'Quý III hàng năm'],
    ['Tháng 9 hàng năm', { kind: 'yearly', dueAt: { at: 'month', month: 9 } }, 'Tháng 9 hàng năm'],
    ['Hàng năm', { kind: 'yearly', dueAt: { at: 'yearEnd' } }, 'Hàng năm'],
    [
      'Hàng tháng, hàng quý',
      { kind: 'list', parts: [{ kind: 'monthly' }, { kind: 'quarterly' }] },
      'Hàng tháng, hàng quý',
    ],
    [
      '09/2021 và hàng năm',
      {
        kind: 'list',
        parts: [
          { kind: 'month', year: 2021, month: 9 },
          { kind: 'yearly', dueAt: { at: 'month', month: 9 } },
        ],
      },
      '09/2021 và hàng năm',
    ],
    [
      '07/2021 và Hàng năm',
      {
        kind: 'list',
        parts: [
          { kind: 'month', year: 2021, month: 7 },
          { kind: 'yearly', dueAt: { at: 'month', month: 7 } },
        ],
      },
      '07/2021 và hàng năm',
    ],
    [
      '07/2021 Hàng năm',
      {
        kind: 'list',
        parts: [
          { kind: 'month', year: 2021, month: 7 },
          { kind: 'yearly', dueAt: { at: 'month', month: 7 } },
        ],
      },
      '07/2021 và hàng năm',
    ],
  ])('“%s”', (text, deadline, normalised) => {
    expect(parsed(text)).toEqual(deadline);
    expect(normalisedDeadlineText(deadline)).toBe(normalised);
  });

  it('reads the other one-off forms: a day, a year, Arabic quarters', () => {
    expect(parsed('15/07/2021')).toEqual({ kind: 'date', date: '2021-07-15' });
    expect(parsed('Năm 2023')).toEqual({ kind: 'year', year: 2023 });
    expect(parsed('Quý 2/2024')).toEqual({ kind: 'quarter', year: 2024, quarter: 2 });
    expect(parsed('Hàng quý')).toEqual({ kind: 'quarterly' });
    expect(parsed('Hàng tháng')).toEqual({ kind: 'monthly' });
    expect(normalisedDeadlineText(parsed('15/7/2021'))).toBe('15/07/2021');
    expect(normalisedDeadlineText(parsed('năm 2023'))).toBe('Năm 2023');
    expect(normalisedDeadlineText(parsed('Quý 4/2024'))).toBe('Quý IV/2024');
  });

  it('takes diacritics, case, spaces and punctuation as they come', () => {
    const yearlyThirdQuarter = parsed('Quý III hàng năm');
    for (const text of ['  quý   iii  HÀNG NĂM. ', 'Quy III hang nam', 'Quý 3 hằng năm', 'QUÝ III HÀNG NĂM']) {
      expect(parsed(text), text).toEqual(yearlyThirdQuarter);
    }
    const july = parsed('07/2021');
    for (const text of ['7/2021', '07 / 2021', '07-2021', '07.2021', 'Tháng 7/2021', 'tháng 07 năm 2021', '07/2021.']) {
      expect(parsed(text), text).toEqual(july);
    }
    const day = parsed('15/07/2021');
    for (const text of ['ngày 15/7/2021', '15-07-2021', '15.07.2021', '2021-07-15']) {
      expect(parsed(text), text).toEqual(day);
    }
    expect(parsed('Quý III năm 2023')).toEqual(parsed('Quý III/2023'));
    expect(parsed('- Hàng tháng; hàng quý')).toEqual(parsed('Hàng tháng, hàng quý'));
    expect(parsed('Hàng tháng + hàng quý')).toEqual(parsed('Hàng tháng, hàng quý'));
    expect(parsed('Hàng tháng hàng quý')).toEqual(parsed('Hàng tháng, hàng quý'));
    expect(parsed('07/2021, hàng năm')).toEqual(parsed('07/2021 và hàng năm'));
    expect(parsed('09/2021 và tháng 9 hàng năm')).toEqual(parsed('09/2021 và hàng năm'));
  });

  it('a bare “hàng năm” after a one-off deadline takes its place in the year; elsewhere it is 31/12', () => {
    expect(parsed('Quý III/2023 và hàng năm')).toEqual({
      kind: 'list',
      parts: [
        { kind: 'quarter', year: 2023, quarter: 3 },
        { kind: 'yearly', dueAt: { at: 'quarter', quarter: 3 } },
      ],
    });
    expect(parsed('15/07/2021 và hàng năm')).toEqual({
      kind: 'list',
      parts: [
        { kind: 'date', date: '2021-07-15' },
        { kind: 'yearly', dueAt: { at: 'day', month: 7, day: 15 } },
      ],
    });
    expect(normalisedDeadlineText(parsed('15/07/2021 và hàng năm'))).toBe('15/07/2021 và hàng năm');
    expect(parsed('Hàng tháng, hàng năm')).toEqual({
      kind: 'list',
      parts: [{ kind: 'monthly' }, { kind: 'yearly', dueAt: { at: 'yearEnd' } }],
    });
    expect(normalisedDeadlineText(parsed('07/2021 và tháng 12 hàng năm'))).toBe('07/2021 và tháng 12 hàng năm');
  });

  it('a deadline written twice in one cell counts once', () => {
    expect(parsed('Hàng quý, hàng quý')).toEqual({ kind: 'quarterly' });
  });
});

describe('refusing what is not understood, never guessing', () => {
  it.each([
    'Cuối năm',
    'Thường xuyên',
    'Hàng tuần',
    'Trước 30/6',
    '2023',
    'Quý III',
    'Quý V/2023',
    'Tháng 9',
    '07/2021 và',
    '07/2021 hoặc 08/2021',
    'Hàng năm 2023',
    'Hàng tháng năm 2023',
    'Hàng năm 07/2021',
    '07/2021 08/2021',
  ])('“%s” is refused with the forms that are understood', (text) => {
    const message = refusal(text);
    expect(message.vi).toContain(`Không hiểu thời gian hoàn thành «${text}»`);
    expect(message.vi).toContain('Quý III hàng năm');
    expect(message.vi).toContain('«09/2021 và hàng năm»');
    expect(message.en).toContain(`The deadline “${text}” is not understood`);
    expect(message.en).toContain('Hàng tháng (monthly)');
  });

  it('says what is wrong with a month, a day or a year that does not exist', () => {
    expect(refusal('13/2021').vi).toBe('Thời gian hoàn thành «13/2021»: Không có tháng 13; tháng từ 1 đến 12.');
    expect(refusal('Tháng 13 hàng năm').en).toContain('There is no month 13');
    expect(refusal('31/02/2021').vi).toBe('Thời gian hoàn thành «31/02/2021»: Ngày 31/02/2021 không có thật.');
    expect(refusal('29/02/2023').en).toBe('The deadline “29/02/2023”: The day 29/02/2023 does not exist.');
    expect(refusal('31/04/2022').vi).toContain('Ngày 31/04/2022 không có thật');
    expect(refusal('Ngày 30/02 hàng năm').vi).toContain('Ngày 30/02 không có thật');
    expect(refusal('07/1850').en).toContain('The year 1850 is outside 1900–2100');
  });

  it('an empty deadline is refused on its own terms', () => {
    expect(refusal('  ')).toEqual({ vi: 'Chưa ghi thời gian hoàn thành.', en: 'No deadline is written.' });
  });
});

describe('month ends', () => {
  it('February has 29 days in a leap year, 28 otherwise; 1900 was not a leap year, 2000 was', () => {
    expect([2023, 2024, 2025, 1900, 2000].map((year) => lastDayOfMonth(year, 2))).toEqual([28, 29, 28, 28, 29]);
  });

  it('30-day and 31-day months', () => {
    expect(Array.from({ length: 12 }, (_, index) => lastDayOfMonth(2022, index + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('expanding over the plan, 05/5/2021 – 31/12/2025', () => {
  it('“Hàng tháng”: 56 months, 05/2021 (due 31/05/2021) to 12/2025', () => {
    const months = expanded('Hàng tháng');
    expect(months).toHaveLength(56);
    expect(months[0]).toEqual({ key: '2021-05', label: '05/2021', due: '2021-05-31' });
    expect(months.at(-1)).toEqual({ key: '2025-12', label: '12/2025', due: '2025-12-31' });
    expect(months.find((month) => month.key === '2024-02')?.due).toBe('2024-02-29');
    expect(months.find((month) => month.key === '2023-02')?.due).toBe('2023-02-28');
    expect(months.find((month) => month.key === '2022-04')?.due).toBe('2022-04-30');
    expect(months.find((month) => month.key === '2022-06')?.due).toBe('2022-06-30');
    expect(months.find((month) => month.key === '2022-11')?.due).toBe('2022-11-30');
    expect(months.filter((month) => month.key.startsWith('2022'))).toHaveLength(12);
  });

  it('“Hàng quý”: 19 quarters, Quý II/2021 (due 30/06/2021) to Quý IV/2025, each due on its last day', () => {
    const quarters = expanded('Hàng quý');
    expect(quarters).toHaveLength(19);
    expect(quarters[0]).toEqual({ key: '2021-Q2', label: 'Quý II/2021', due: '2021-06-30' });
    expect(quarters.filter((quarter) => quarter.key.startsWith('2022'))).toEqual([
      { key: '2022-Q1', label: 'Quý I/2022', due: '2022-03-31' },
      { key: '2022-Q2', label: 'Quý II/2022', due: '2022-06-30' },
      { key: '2022-Q3', label: 'Quý III/2022', due: '2022-09-30' },
      { key: '2022-Q4', label: 'Quý IV/2022', due: '2022-12-31' },
    ]);
  });

  it('“Hàng năm”: 31/12 of 2021 … 2025', () => {
    expect(expanded('Hàng năm')).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((year) => ({ key: `${year}`, label: `Năm ${year}`, due: `${year}-12-31` })),
    );
  });

  it('“Quý III hàng năm”: 5 occurrences, each due 30/09', () => {
    expect(expanded('Quý III hàng năm')).toEqual(
      [2021, 2022, 2023, 2024, 2025].map((year) => ({
        key: `${year}-Q3`,
        label: `Quý III/${year}`,
        due: `${year}-09-30`,
      })),
    );
  });

  it('“Tháng 9 hàng năm”: 5 occurrences, each due 30/09', () => {
    expect(keys(expanded('Tháng 9 hàng năm'))).toEqual(['2021-09', '2022-09', '2023-09', '2024-09', '2025-09']);
    expect(dues(expanded('Tháng 9 hàng năm'))).toEqual([
      '2021-09-30',
      '2022-09-30',
      '2023-09-30',
      '2024-09-30',
      '2025-09-30',
    ]);
  });

  it('“09/2021 và hàng năm”: 09/2021 … 09/2025, 2021 once', () => {
    const occurrences = expanded('09/2021 và hàng năm');
    expect(occurrences.map((occurrence) => occurrence.label)).toEqual([
      '09/2021',
      '09/2022',
      '09/2023',
      '09/2024',
      '09/2025',
    ]);
    expect(dues(occurrences)).toEqual(['2021-09-30', '2022-09-30', '2023-09-30', '2024-09-30', '2025-09-30']);
  });

  it('“07/2021 Hàng năm”: 5 occurrences due 31/07, the first inside the plan since it starts in May', () => {
    expect(dues(expanded('07/2021 Hàng năm'))).toEqual([
      '2021-07-31',
      '2022-07-31',
      '2023-07-31',
      '2024-07-31',
      '2025-07-31',
    ]);
  });

  it('“Hàng tháng, hàng quý”: 75 occurrences (56 + 19); on a quarter’s last day the month’s report comes first', () => {
    const occurrences = expanded('Hàng tháng, hàng quý');
    expect(occurrences).toHaveLength(75);
    expect(keys(occurrences).slice(0, 5)).toEqual(['2021-05', '2021-06', '2021-Q2', '2021-07', '2021-08']);
    expect(keys(occurrences).slice(-2)).toEqual(['2025-12', '2025-Q4']);
  });

  it('one-off deadlines: one occurrence each, also outside the period', () => {
    expect(expanded('07/2021')).toEqual([{ key: '2021-07', label: '07/2021', due: '2021-07-31' }]);
    expect(expanded('Quý III/2023')).toEqual([{ key: '2023-Q3', label: 'Quý III/2023', due: '2023-09-30' }]);
    expect(expanded('Quý I/2024')).toEqual([{ key: '2024-Q1', label: 'Quý I/2024', due: '2024-03-31' }]);
    expect(expanded('Năm 2022')).toEqual([{ key: '2022', label: 'Năm 2022', due: '2022-12-31' }]);
    expect(expanded('15/07/2021')).toEqual([{ key: '2021-07-15', label: '15/07/2021', due: '2021-07-15' }]);
    expect(expanded('02/2024')).toEqual([{ key: '2024-02', label: '02/2024', due: '2024-02-29' }]);
    expect(expanded('Quý IV/2020')).toEqual([{ key: '2020-Q4', label: 'Quý IV/2020', due: '2020-12-31' }]);
    expect(expanded('07/2021 và hàng năm', { from: '2021-08-01', to: '2025-12-31' })).toHaveLength(5);
  });

  it('a fixed day every year: 29/02 falls on 28/02 in common years', () => {
    expect(dues(expanded('Ngày 29/02 hàng năm', { from: '2021-01-01', to: '2025-12-31' }))).toEqual([
      '2021-02-28',
      '2022-02-28',
      '2023-02-28',
      '2024-02-29',
      '2025-02-28',
    ]);
    expect(dues(expanded('15/07/2021 và hàng năm'))).toEqual([
      '2021-07-15',
      '2022-07-15',
      '2023-07-15',
      '2024-07-15',
      '2025-07-15',
    ]);
  });

  it('a period includes both of its ends', () => {
    expect(keys(expanded('Hàng tháng', { from: '2021-05-31', to: '2021-07-31' }))).toEqual([
      '2021-05',
      '2021-06',
      '2021-07',
    ]);
    expect(keys(expanded('Hàng tháng', { from: '2021-06-01', to: '2021-07-30' }))).toEqual(['2021-06']);
    expect(expanded('Hàng năm', { from: '2021-05-05', to: '2025-12-30' })).toHaveLength(4);
  });

  it('a period that is not a pair of calendar days in order is a bug', () => {
    expect(() => expandDeadline({ kind: 'monthly' }, { from: '2021-02-30', to: '2025-12-31' })).toThrow(RangeError);
    expect(() => expandDeadline({ kind: 'monthly' }, { from: '2025-01-01', to: '2021-12-31' })).toThrow(RangeError);
  });
});

describe('overdue', () => {
  const thirdQuarters = expanded('Quý III hàng năm');

  it('not done and due before today; due today is not late yet', () => {
    const third2023 = thirdQuarters.find((occurrence) => occurrence.key === '2023-Q3')!;
    expect(isOverdue(third2023, '2023-09-30', false)).toBe(false);
    expect(isOverdue(third2023, '2023-10-01', false)).toBe(true);
    expect(isOverdue(third2023, '2023-10-01', true)).toBe(false);
  });

  it('lists the occurrences past due and not done, in their order', () => {
    expect(keys(overdueOccurrences(thirdQuarters, '2023-10-01', new Set(['2021-Q3'])))).toEqual(['2022-Q3', '2023-Q3']);
    expect(overdueOccurrences(thirdQuarters, '2021-09-30', new Set())).toEqual([]);
    expect(overdueOccurrences(expanded('Hàng tháng'), '2026-01-01', new Set())).toHaveLength(56);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const year = fc.integer({ min: 2015, max: 2030 });
const month = fc.integer({ min: 1, max: 12 });
const quarter = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const dayOf = (y: number, m: number) => fc.integer({ min: 1, max: lastDayOfMonth(y, m) });
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const oneOff: fc.Arbitrary<SingleDeadline> = fc.oneof(
  fc
    .tuple(year, month)
    .chain(([y, m]) => dayOf(y, m).map((d): SingleDeadline => ({ kind: 'date', date: iso(y, m, d) }))),
  fc.tuple(year, month).map(([y, m]): SingleDeadline => ({ kind: 'month', year: y, month: m })),
  fc.tuple(year, quarter).map(([y, q]): SingleDeadline => ({ kind: 'quarter', year: y, quarter: q })),
  year.map((y): SingleDeadline => ({ kind: 'year', year: y })),
);

const recurring: fc.Arbitrary<SingleDeadline> = fc.oneof(
  fc.constant<SingleDeadline>({ kind: 'monthly' }),
  fc.constant<SingleDeadline>({ kind: 'quarterly' }),
  fc.constant<SingleDeadline>({ kind: 'yearly', dueAt: { at: 'yearEnd' } }),
  month.map((m): SingleDeadline => ({ kind: 'yearly', dueAt: { at: 'month', month: m } })),
  quarter.map((q): SingleDeadline => ({ kind: 'yearly', dueAt: { at: 'quarter', quarter: q } })),
  month.chain((m) =>
    dayOf(2024, m).map((d): SingleDeadline => ({ kind: 'yearly', dueAt: { at: 'day', month: m, day: d } })),
  ),
);

const deadline: fc.Arbitrary<TaskDeadline> = fc.oneof(
  oneOff,
  recurring,
  fc
    .uniqueArray(fc.oneof(oneOff, recurring), { minLength: 2, maxLength: 3, selector: (part) => JSON.stringify(part) })
    .map((parts): TaskDeadline => ({ kind: 'list', parts })),
);

const day = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((time) => new Date(time).toISOString().slice(0, 10));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const isRealDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

describe('properties of the expansion', () => {
  it('occurrences are in date order, with unique keys and real due dates', () => {
    fc.assert(
      fc.property(deadline, period, (written, within) => {
        const occurrences = expandDeadline(written, within);
        expect(dues(occurrences)).toEqual([...dues(occurrences)].sort());
        expect(new Set(keys(occurrences)).size).toBe(occurrences.length);
        expect(occurrences.every((occurrence) => isRealDay(occurrence.due))).toBe(true);
      }),
    );
  });

  it('a recurring deadline’s occurrences fall within the period; a one-off deadline gives one, wherever it falls', () => {
    fc.assert(
      fc.property(recurring, period, (written, within) => {
        for (const occurrence of expandDeadline(written, within)) {
          expect(occurrence.due >= within.from && occurrence.due <= within.to).toBe(true);
        }
      }),
    );
    fc.assert(fc.property(oneOff, period, (written, within) => expandDeadline(written, within).length === 1));
  });

  it('a month every month, a quarter every quarter: the counts match the calendar', () => {
    fc.assert(
      fc.property(period, (within) => {
        const months = expandDeadline({ kind: 'monthly' }, within);
        const quarters = expandDeadline({ kind: 'quarterly' }, within);
        const [fromYear, fromMonth] = within.from.split('-').map(Number) as [number, number];
        const [toYear, toMonth, toDay] = within.to.split('-').map(Number) as [number, number, number];
        const firstMonth = fromYear * 12 + fromMonth;
        const lastMonth = toYear * 12 + toMonth - (toDay === lastDayOfMonth(toYear, toMonth) ? 0 : 1);
        expect(months.length).toBe(Math.max(0, lastMonth - firstMonth + 1));
        // Every quarter's end is also a month's end in the period.
        const monthDues = new Set(dues(months));
        expect(quarters.every((occurrence) => monthDues.has(occurrence.due))).toBe(true);
      }),
    );
  });
});

/** The forms of the appendix written in the ways offices vary them. */
const oneOffForm: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(year, month).map(([y, m]) => `${String(m).padStart(2, '0')}/${y}`),
  fc.tuple(year, month).map(([y, m]) => `Tháng ${m}/${y}`),
  fc.tuple(year, month).chain(([y, m]) => dayOf(y, m).map((d) => `${d}/${m}/${y}`)),
  fc.tuple(year, fc.constantFrom('I', 'II', 'III', 'IV', '1', '4')).map(([y, q]) => `Quý ${q}/${y}`),
  year.map((y) => `Năm ${y}`),
);
const recurringForm: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Hàng tháng', 'Hàng quý', 'Hàng năm', 'hằng năm'),
  fc.constantFrom('I', 'II', 'III', 'IV').map((q) => `Quý ${q} hàng năm`),
  month.map((m) => `Tháng ${m} hàng năm`),
);
const writtenForm: fc.Arbitrary<string> = fc.oneof(
  oneOffForm,
  recurringForm,
  fc.tuple(oneOffForm, recurringForm).map(([first, then]) => `${first} ${then}`),
);
const listSeparator = fc.constantFrom(', ', ' và ', '; ', ' + ', ' ,  và ');
const variant = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.toUpperCase(),
  (text) => text.toLowerCase(),
  (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  (text) => `  ${text.replace(/ /g, '   ')}. `,
);

describe('properties of reading and writing', () => {
  it('every writing of the understood forms is read, and its normalised text reads back to the same deadline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(writtenForm, listSeparator), { minLength: 1, maxLength: 3 }),
        variant,
        (pieces, vary) => {
          const text = vary(pieces.map(([form, separator], index) => (index === 0 ? '' : separator) + form).join(''));
          const result = parseTaskDeadline(text);
          expect(result.ok, text).toBe(true);
          if (!result.ok) return;
          const normalised = normalisedDeadlineText(result.deadline);
          expect(parseTaskDeadline(normalised), normalised).toEqual({ ok: true, deadline: result.deadline });
        },
      ),
    );
  });

  it('text that is not a deadline is refused, never read as one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        fc.pre(!/\d|h[aà]ng|n[aă]m|qu[yý]|th[aá]ng/i.test(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
        expect(parseTaskDeadline(text).ok).toBe(false);
      }),
    );
  });
});
