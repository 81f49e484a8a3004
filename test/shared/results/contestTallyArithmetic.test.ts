import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contestTally, type RowCounts, type TallyInput } from '../../../shared/results/contestTallyArithmetic';
import { contestTallySchema } from '../../../shared/results/resultSchemas';

const id = (digit: string) =>
  `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`;
const levels4 = ['Rất tốt', 'Tốt', 'Trung bình', 'Yếu kém'];
const prestige4 = ['Uy tín rất cao', 'Uy tín cao', 'Uy tín thấp', 'Uy tín rất thấp'];

const row = (levels: number[], blank = 0, multi = 0): RowCounts => ({ levels, blank, multi });

/** A contest's input with one criterion and no prestige unless given: only the counts vary. */
function input(overrides: Partial<TallyInput> & { valid: number; invalid?: number; returned?: number }): TallyInput {
  const { valid, invalid = 0, returned = valid + invalid, ...rest } = overrides;
  return {
    facts: {
      contestId: id('1'),
      campaignId: id('2'),
      campaignName: 'Lấy ý kiến góp ý người đứng đầu năm 2023',
      year: 2023,
      unitId: id('3'),
      unitName: 'THCS Ngọc Lâm',
      unitType: 'Trường THCS',
      subjectName: 'Dương Văn Khải',
      positions: ['Bí thư Chi bộ', 'Hiệu trưởng'],
      templateVersionId: id('4'),
      levelNames: levels4,
      prestigeLevelNames: prestige4,
    },
    scale: 'levels4',
    criteriaTexts: ['Tiêu chí một'],
    rows: [row([valid, 0, 0, 0])],
    prestige: null,
    ballots: { issued: returned, returned, valid, invalid },
    base: 'returned',
    threshold: 2000,
    ...rest,
  };
}

const shareSum = (shares: { levels: number[]; blank: number; multi: number; invalid: number }) =>
  shares.levels.reduce((total, share) => total + share, 0) + shares.blank + shares.multi + shares.invalid;

describe('contestTally: the arithmetic of one contest', () => {
  it('counts and shares blanks and several marks beside the levels (base: valid ballots)', () => {
    const tally = contestTally(input({ valid: 8, base: 'valid', rows: [row([3, 2, 1, 0], 1, 1)] }));
    expect(tally.baseCount).toBe(8);
    expect(tally.criteria[0]).toEqual({
      number: 1,
      text: 'Tiêu chí một',
      levels: [3, 2, 1, 0],
      blank: 1,
      multi: 1,
      shares: { levels: [3750, 2500, 1250, 0], blank: 1250, multi: 1250, invalid: 0 },
      goodOrBetter: 6250,
      lowShare: 1250,
      flagged: false,
    });
    expect(contestTallySchema.parse(tally)).toEqual(tally);
  });

  it('base "returned": invalid ballots are one more part of every row, so each row adds up to 100.00 %', () => {
    // 5, 4, 2, 1 of 12 valid plus 1 invalid = 13: floors 3846 + 3076 + 1538 + 769 + 769 = 9998.
    const tally = contestTally(input({ valid: 12, invalid: 1, rows: [row([5, 4, 2, 1])] }));
    expect(tally.baseCount).toBe(13);
    expect(tally.criteria[0]!.shares).toEqual({ levels: [3846, 3077, 1539, 769], blank: 0, multi: 0, invalid: 769 });
    // Derived shares come from the counts, rounded once: 9 of 13 = 69.23 %, 3 of 13 = 23.07 %
    // (summing the rounded level shares gave 23.08 %).
    expect(tally.criteria[0]!.goodOrBetter).toBe(6923);
    expect(tally.criteria[0]!.lowShare).toBe(2307);
    expect(shareSum(tally.criteria[0]!.shares)).toBe(10_000);
  });

  it('base "valid": the same ballots over the 12 valid ones, the invalid share is 0', () => {
    // 5, 4, 2, 1 of 12: 4166.67, 3333.33, 1666.67, 833.33; the two .67 round up.
    const tally = contestTally(input({ valid: 12, invalid: 1, base: 'valid', rows: [row([5, 4, 2, 1])] }));
    expect(tally.baseCount).toBe(12);
    expect(tally.ballots).toEqual({ issued: 13, returned: 13, valid: 12, invalid: 1 });
    expect(tally.criteria[0]!.shares).toEqual({ levels: [4167, 3333, 1667, 833], blank: 0, multi: 0, invalid: 0 });
    expect(tally.criteria[0]!.goodOrBetter).toBe(7500);
    expect(tally.criteria[0]!.lowShare).toBe(2500);
  });

  it('flags a criterion whose low share reaches the threshold exactly, and not one ballot below', () => {
    const flagged = (low: number, threshold = 2000, base: 'returned' | 'valid' = 'returned', invalid = 0) =>
      contestTally(
        input({ valid: 20 - invalid, invalid, base, threshold, rows: [row([10, 10 - low - invalid, low, 0])] }),
      ).criteria[0]!.flagged;
    expect(flagged(4)).toBe(true); // 4 of 20 = 20.00 %
    expect(flagged(3)).toBe(false); // 15.00 %
    expect(flagged(4, 2001)).toBe(false); // 20.00 % < 20.01 %
    expect(flagged(5, 2500)).toBe(true);
    expect(flagged(4, 2500)).toBe(false);
    // Trung bình and Yếu kém both count as low.
    expect(contestTally(input({ valid: 20, rows: [row([16, 0, 2, 2])] })).criteria[0]!.flagged).toBe(true);
    expect(contestTally(input({ valid: 20, rows: [row([17, 0, 1, 2])] })).criteria[0]!.flagged).toBe(false);
    // The base moves the line: 4 low of 19 valid + 1 invalid is 20 % of returned, 21.05 % of valid.
    expect(flagged(4, 2000, 'returned', 1)).toBe(true);
    expect(flagged(3, 2000, 'valid', 1)).toBe(false); // 3 of 19 = 15.79 %
    expect(flagged(4, 2100, 'valid', 1)).toBe(true);
    expect(flagged(4, 2100, 'returned', 1)).toBe(false);
  });

  it('compares the exact low share with the threshold, and shows the share that agrees (19.996 % shows 19.99 %)', () => {
    const tally = contestTally(input({ valid: 5001, base: 'valid', rows: [row([4001, 0, 1000, 0])] }));
    expect(tally.criteria[0]!.lowShare).toBe(1999);
    expect(tally.criteria[0]!.flagged).toBe(false);
  });

  it('good or better is the share of its own count, not a sum of rounded shares (2 of 7 is 28.57 %)', () => {
    const tally = contestTally(input({ valid: 7, base: 'valid', rows: [row([1, 1, 1, 4])] }));
    // The level shares still add up to 100 % (both .57 remainders take the missing hundredths) …
    expect(tally.criteria[0]!.shares.levels).toEqual([1429, 1429, 1428, 5714]);
    // … but good or better is 2 of 7, not 14.29 + 14.29.
    expect(tally.criteria[0]!.goodOrBetter).toBe(2857);
  });

  it('property: the flag and the shown low share agree, and every derived share is its count over the base', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(400), { minLength: 4, maxLength: 4 }),
        fc.nat(50),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom<'returned' | 'valid'>('returned', 'valid'),
        (levels, invalid, threshold, base) => {
          const valid = levels.reduce((total, count) => total + count, 0);
          const tally = contestTally(input({ valid, invalid, base, threshold, rows: [row(levels)] }));
          const criterion = tally.criteria[0]!;
          const baseCount = tally.baseCount;
          expect(criterion.flagged).toBe(baseCount > 0 && criterion.lowShare >= threshold);
          const exact = (count: number) => (baseCount === 0 ? 0 : Math.floor((count * 10_000) / baseCount));
          expect(criterion.lowShare).toBe(exact(levels[2]! + levels[3]!));
          expect(criterion.goodOrBetter).toBe(exact(levels[0]! + levels[1]!));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('prestige: low is Uy tín thấp + rất thấp; more than half and two thirds at their boundaries', () => {
    const prestige = (levels: number[], valid: number, invalid = 0) =>
      contestTally(input({ valid, invalid, prestige: row(levels), rows: [row([valid, 0, 0, 0])] })).prestige!;
    // 10 ballots: 5 low is half (not more), 6 is more than half.
    expect(prestige([3, 2, 4, 1], 10)).toMatchObject({
      low: 5,
      lowShare: 5000,
      lowOverHalf: false,
      lowTwoThirds: false,
    });
    expect(prestige([2, 2, 4, 2], 10)).toMatchObject({
      low: 6,
      lowShare: 6000,
      lowOverHalf: true,
      lowTwoThirds: false,
    });
    // 9 ballots: 6 low is exactly two thirds, 5 is not.
    expect(prestige([3, 0, 3, 3], 9)).toMatchObject({ low: 6, lowShare: 6666, lowOverHalf: true, lowTwoThirds: true });
    expect(prestige([4, 0, 3, 2], 9)).toMatchObject({ low: 5, lowOverHalf: true, lowTwoThirds: false });
    // 12: 8 is two thirds; 7 is over half only.
    expect(prestige([4, 0, 8, 0], 12)).toMatchObject({ lowOverHalf: true, lowTwoThirds: true });
    expect(prestige([5, 0, 0, 7], 12)).toMatchObject({ lowOverHalf: true, lowTwoThirds: false });
    // Base "returned": an invalid ballot counts in the base, so 6 low of 8 valid + 1 invalid is 2/3 of 9.
    expect(prestige([2, 0, 3, 3], 8, 1)).toMatchObject({ low: 6, lowOverHalf: true, lowTwoThirds: true });
    // … and 4 of 7 valid + 1 invalid is half of 8, not more.
    expect(prestige([3, 0, 2, 2], 7, 1)).toMatchObject({ low: 4, lowOverHalf: false });
  });

  it('prestige: blank and several marks are shared like any row; no prestige row gives null', () => {
    const tally = contestTally(input({ valid: 4, prestige: row([1, 1, 0, 0], 1, 1) }));
    expect(tally.prestige!.shares).toEqual({ levels: [2500, 2500, 0, 0], blank: 2500, multi: 2500, invalid: 0 });
    expect(tally.prestige!.low).toBe(0);
    expect(contestTally(input({ valid: 4 })).prestige).toBeNull();
  });

  it('points10: "good or better" is 8–10, low is 1–4; 5–7 is neither', () => {
    const scored = (score: number) => {
      const levels = Array.from({ length: 10 }, (_, index) => (index === score - 1 ? 10 : 0));
      return contestTally(input({ valid: 10, scale: 'points10', rows: [row(levels)] })).criteria[0]!;
    };
    for (const score of [8, 9, 10]) expect(scored(score)).toMatchObject({ goodOrBetter: 10_000, lowShare: 0 });
    for (const score of [5, 6, 7])
      expect(scored(score)).toMatchObject({ goodOrBetter: 0, lowShare: 0, flagged: false });
    for (const score of [1, 2, 3, 4])
      expect(scored(score)).toMatchObject({ goodOrBetter: 0, lowShare: 10_000, flagged: true });
    const spread = contestTally(input({ valid: 10, scale: 'points10', rows: [row([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])] }))
      .criteria[0]!;
    expect(spread).toMatchObject({ goodOrBetter: 3000, lowShare: 4000, flagged: true });
    expect(spread.shares.levels).toEqual(Array.from({ length: 10 }, () => 1000));
  });

  it('a zero base gives zero shares and no flag; invalid ballots alone are 100 % of returned', () => {
    const empty = contestTally(
      input({ valid: 0, rows: [row([0, 0, 0, 0])], prestige: row([0, 0, 0, 0]), threshold: 1 }),
    );
    expect(empty.baseCount).toBe(0);
    expect(empty.criteria[0]).toMatchObject({
      shares: { levels: [0, 0, 0, 0], blank: 0, multi: 0, invalid: 0 },
      goodOrBetter: 0,
      lowShare: 0,
      flagged: false,
    });
    expect(empty.prestige).toMatchObject({ low: 0, lowOverHalf: false, lowTwoThirds: false });

    const validBase = contestTally(input({ valid: 0, invalid: 3, base: 'valid', rows: [row([0, 0, 0, 0])] }));
    expect(validBase.baseCount).toBe(0);
    expect(validBase.criteria[0]!.shares.invalid).toBe(0);

    const returnedBase = contestTally(input({ valid: 0, invalid: 3, rows: [row([0, 0, 0, 0])] }));
    expect(returnedBase.baseCount).toBe(3);
    expect(returnedBase.criteria[0]!.shares).toEqual({ levels: [0, 0, 0, 0], blank: 0, multi: 0, invalid: 10_000 });
    expect(returnedBase.criteria[0]!.flagged).toBe(false);
  });

  it('numbers criteria from 1 and carries the facts through', () => {
    const tally = contestTally(
      input({
        valid: 2,
        criteriaTexts: ['Một', 'Hai'],
        rows: [row([2, 0, 0, 0]), row([0, 2, 0, 0]), row([0, 0, 2, 0])],
      }),
    );
    expect(tally.criteria.map((criterion) => [criterion.number, criterion.text])).toEqual([
      [1, 'Một'],
      [2, 'Hai'],
      [3, ''],
    ]);
    expect(tally).toMatchObject({
      unitName: 'THCS Ngọc Lâm',
      positions: ['Bí thư Chi bộ', 'Hiệu trưởng'],
      threshold: 2000,
    });
  });

  it('property: per row, levels + blank + several marks = valid ballots, and the shares add up to 10000', () => {
    const mark = fc.constantFrom<number | '*'>(0, 1, 2, 3, 4, '*');
    const contest = fc.record({
      width: fc.integer({ min: 1, max: 18 }),
      ballots: fc.array(fc.array(mark, { minLength: 19, maxLength: 19 }), { maxLength: 60 }),
      invalid: fc.nat({ max: 10 }),
      base: fc.constantFrom<'returned' | 'valid'>('returned', 'valid'),
      threshold: fc.integer({ min: 1, max: 10_000 }),
    });
    fc.assert(
      fc.property(contest, ({ width, ballots, invalid, base, threshold }) => {
        // Column `width` of each generated ballot is its prestige.
        const count = (column: number): RowCounts => {
          const marks = ballots.map((ballot) => ballot[column]!);
          return {
            levels: [1, 2, 3, 4].map((level) => marks.filter((value) => value === level).length),
            blank: marks.filter((value) => value === 0).length,
            multi: marks.filter((value) => value === '*').length,
          };
        };
        const tally = contestTally(
          input({
            valid: ballots.length,
            invalid,
            base,
            threshold,
            criteriaTexts: Array.from({ length: width }, (_, index) => `Tiêu chí ${index + 1}`),
            rows: Array.from({ length: width }, (_, column) => count(column)),
            prestige: count(width),
          }),
        );
        expect(contestTallySchema.parse(tally)).toEqual(tally);
        const baseCount = ballots.length + (base === 'returned' ? invalid : 0);
        expect(tally.baseCount).toBe(baseCount);
        for (const tallied of [...tally.criteria, tally.prestige!]) {
          const marked = tallied.levels.reduce((total, value) => total + value, 0) + tallied.blank + tallied.multi;
          expect(marked).toBe(ballots.length);
          expect(shareSum(tallied.shares)).toBe(baseCount === 0 ? 0 : 10_000);
          if (base === 'valid') expect(tallied.shares.invalid).toBe(0);
        }
        for (const criterion of tally.criteria) {
          const low = criterion.levels[2]! + criterion.levels[3]!;
          expect(criterion.flagged).toBe(baseCount > 0 && low / baseCount >= threshold / 10_000);
        }
      }),
      { numRuns: 300 },
    );
  });
});
