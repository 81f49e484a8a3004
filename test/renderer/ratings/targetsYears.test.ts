import { describe, expect, it } from 'vitest';
import { defaultTargetYear, targetYearChoices, yearFromText } from '../../../renderer/ratings/targetsYears';

describe('the targets dashboard’s year', () => {
  it('opens on the latest year with a round, else on the current year', () => {
    expect(defaultTargetYear([2023, 2025, 2024], 2026)).toBe(2025);
    expect(defaultTargetYear([], 2026)).toBe(2026);
  });

  it('reads a year from the address only when it is one the core takes (2000–2100)', () => {
    expect(yearFromText('2025')).toBe(2025);
    expect(yearFromText(' 2000 ')).toBe(2000);
    expect(yearFromText('2100')).toBe(2100);
    for (const text of [undefined, '', '1999', '2101', '25', '2025a', '20.25', '-2025'])
      expect(yearFromText(text)).toBeNull();
  });

  it('offers the years with a round, the current year, the years of the sets and the year shown, newest first', () => {
    const choices = targetYearChoices({
      roundYears: [2024, 2025],
      sets: [{ fromYear: 2021, toYear: 2023 }],
      currentYear: 2026,
      shown: 2019,
    });
    expect(choices).toEqual([
      { year: 2026, hasRound: false },
      { year: 2025, hasRound: true },
      { year: 2024, hasRound: true },
      { year: 2023, hasRound: false },
      { year: 2022, hasRound: false },
      { year: 2021, hasRound: false },
      { year: 2019, hasRound: false },
    ]);
  });

  it('lists only the first and last year of a plan that spans decades, and never a year the core refuses', () => {
    const years = targetYearChoices({
      roundYears: [],
      sets: [{ fromYear: 2000, toYear: 2100 }],
      currentYear: 2026,
      shown: 2026,
    }).map((choice) => choice.year);
    expect(years).toEqual([2100, 2026, 2000]);
  });
});
