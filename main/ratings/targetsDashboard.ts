import {
  computeRatingTargets,
  ratingTargetSeries,
  ratingTargetSetForYear,
  type RatingTargetSet,
  type RatingTargetsReport,
} from '../../shared/ratings/ratingTargets';
import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { foldForSearch } from '../../shared/text/vietnamese';
import type { ReadableDB } from '../vault';
import { listEntries, listRounds } from './roundStore';
import { listTargetSets } from './targetStore';

/** A year's targets measured against its round's decided levels (none counted without a round). */
function reportOf(
  db: ReadableDB,
  sets: readonly RatingTargetSet[],
  year: number,
  roundId: string | null,
): RatingTargetsReport {
  const set = ratingTargetSetForYear(sets, year);
  const entries = roundId ? listEntries(db, roundId) : [];
  const units = new Map(entries.map((entry) => [foldForSearch(entry.unitName), entry.unitName]));
  return computeRatingTargets({
    year,
    targets: set?.targets ?? [],
    levels: entries.map((entry) => ({
      subjectId: entry.subjectId,
      kind: entry.kind,
      unitId: foldForSearch(entry.unitName),
      level: entry.decidedLevel,
    })),
    units: [...units].map(([id, name]) => ({ id, name })),
  });
}

/** The dashboard of one year, and every year with a round for the year-over-year view. */
export function ratingTargetsDashboard(db: ReadableDB, year: number): RatingTargetsDashboard {
  const rounds = listRounds(db);
  // Read once: every year's report and the dashboard's own set come from the same sets.
  const sets = listTargetSets(db);
  const round = rounds.find((candidate) => candidate.year === year) ?? null;
  const report = reportOf(db, sets, year, round?.id ?? null);
  const series = ratingTargetSeries(rounds.map((candidate) => reportOf(db, sets, candidate.year, candidate.id)));
  return {
    year,
    targetSet: ratingTargetSetForYear(sets, year),
    roundId: round?.id ?? null,
    results: report.results.map((result) => ({
      ...result,
      pendingSubjectIds: [...result.pendingSubjectIds],
      unitsBelow: [...result.unitsBelow],
    })),
    series: series.map((entry) => ({ ...entry, points: [...entry.points] })),
  };
}
