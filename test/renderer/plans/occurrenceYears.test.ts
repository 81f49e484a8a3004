import { describe, expect, it } from 'vitest';
import { occurrence } from '../../fixtures/plans/planOccurrences';
import type { PlanOccurrence } from '../../../shared/plans/planSchemas';
import { groupByYear, occurrenceProgress } from '../../../renderer/plans/occurrenceYears';

/** Task 4 of seed 004 ("Hàng tháng, hàng quý") from 05/2021: months and quarters, in the core's order. */
function monthlyAndQuarterly(): PlanOccurrence[] {
  const occurrences: PlanOccurrence[] = [];
  for (let year = 2021; year <= 2025; year += 1) {
    for (let month = year === 2021 ? 5 : 1; month <= 12; month += 1) {
      const mm = String(month).padStart(2, '0');
      occurrences.push(occurrence(`${year}-${mm}`, `${year}-${mm}-28`));
      if (month % 3 === 0) occurrences.push(occurrence(`${year}-Q${month / 3}`, `${year}-${mm}-28`));
    }
  }
  return occurrences;
}

describe('a task’s occurrences by year', () => {
  it('read a monthly and quarterly task’s 75 occurrences as five years', () => {
    const occurrences = monthlyAndQuarterly();
    expect(occurrences).toHaveLength(75);
    const years = groupByYear(occurrences);
    expect(years.map((group) => [group.year, group.occurrences.length])).toEqual([
      [2021, 11],
      [2022, 16],
      [2023, 16],
      [2024, 16],
      [2025, 16],
    ]);
    expect(years.flatMap((group) => group.occurrences)).toEqual(occurrences);
  });

  it('count per year those done and those overdue', () => {
    const years = groupByYear([
      occurrence('2021-Q3', '2021-09-30', { status: 'done' }),
      occurrence('2022-Q3', '2022-09-30', { overdue: true }),
      occurrence('2022-Q4', '2022-12-31', { status: 'inProgress', overdue: true }),
    ]);
    expect(years).toEqual([
      expect.objectContaining({ year: 2021, done: 1, overdue: 0 }),
      expect.objectContaining({ year: 2022, done: 0, overdue: 2 }),
    ]);
    expect(occurrenceProgress(years.flatMap((group) => group.occurrences))).toEqual({ done: 1, overdue: 2 });
  });
});
