import { describe, expect, it } from 'vitest';
import type { RatingTargetPoint, RatingTargetSeries } from '../../../shared/ratings/ratingTargets';
import { yearOverYearGrid } from '../../../renderer/ratings/targetsYearOverYear';

const point = (year: number, share: number, meeting: number, counted: number): RatingTargetPoint => ({
  year,
  share,
  meeting,
  counted,
  actualShare: counted === 0 ? null : Math.floor((20000 * meeting + counted) / (2 * counted)),
  met: counted === 0 ? null : meeting * 10000 >= share * counted,
});

const cells: RatingTargetSeries = {
  targetId: 'CT03a',
  title: { vi: 'Chi bộ', en: 'Cells' },
  points: [point(2023, 9700, 30, 31), point(2024, 9700, 38, 40), point(2025, 9000, 39, 40)],
};
const ownTarget: RatingTargetSeries = {
  targetId: 'CT09',
  title: { vi: 'Chỉ tiêu riêng', en: 'Own target' },
  points: [point(2024, 8000, 1, 2)],
};

describe('the targets year over year', () => {
  it('has one column per year any target was measured in, oldest first, and a row per target', () => {
    const grid = yearOverYearGrid([cells, ownTarget]);
    expect(grid.years).toEqual([2023, 2024, 2025]);
    expect(grid.rows.map((row) => row.targetId)).toEqual(['CT03a', 'CT09']);
    expect(grid.rows[1]!.cells.map((cell) => cell?.point.year ?? null)).toEqual([null, 2024, null]);
  });

  it('tells the target share where it changed from the target’s previous year, and gives the first year’s', () => {
    const [row] = yearOverYearGrid([cells]).rows;
    expect(row!.firstShare).toBe(9700);
    expect(row!.cells.map((cell) => cell!.shareChanged)).toEqual([false, false, true]);
  });

  it('compares a changed target with the previous year it was measured in, across a year without it', () => {
    const gappy: RatingTargetSeries = { ...ownTarget, points: [point(2023, 8000, 1, 1), point(2025, 8500, 1, 1)] };
    const grid = yearOverYearGrid([cells, gappy]);
    expect(grid.rows[1]!.cells.map((cell) => cell?.shareChanged ?? null)).toEqual([false, null, true]);
  });

  it('is empty without any round', () => {
    expect(yearOverYearGrid([])).toEqual({ years: [], rows: [] });
  });
});
