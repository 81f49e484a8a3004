import type { Bilingual } from '../../shared/i18n/language';
import type { RatingTargetPoint, RatingTargetSeries } from '../../shared/ratings/ratingTargets';

export interface YearOverYearCell {
  readonly point: RatingTargetPoint;
  /** The target share differs from the one of the target's previous year: the cell says the new one. */
  readonly shareChanged: boolean;
}

export interface YearOverYearRow {
  readonly targetId: string;
  readonly title: Bilingual;
  /** The target share of its first year (later changes are told in their cells). */
  readonly firstShare: number;
  /** One per column year; null where the target was not measured that year. */
  readonly cells: readonly (YearOverYearCell | null)[];
}

export interface YearOverYearGrid {
  /** Every year any target was measured in, oldest first: the columns. */
  readonly years: readonly number[];
  readonly rows: readonly YearOverYearRow[];
}

/** The year-over-year series as a table: one row per target, one column per year with a round. */
export function yearOverYearGrid(series: readonly RatingTargetSeries[]): YearOverYearGrid {
  const years = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.year)))].sort((a, b) => a - b);
  const rows = series
    .filter((entry) => entry.points.length > 0)
    .map((entry): YearOverYearRow => {
      const byYear = new Map(entry.points.map((point) => [point.year, point]));
      let previousShare: number | null = null;
      const cells = years.map((year) => {
        const point = byYear.get(year);
        if (!point) return null;
        const shareChanged = previousShare !== null && point.share !== previousShare;
        previousShare = point.share;
        return { point, shareChanged };
      });
      return { targetId: entry.targetId, title: entry.title, firstShare: entry.points[0]!.share, cells };
    });
  return { years, rows };
}
