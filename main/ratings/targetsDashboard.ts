import {
  computeRatingTargets,
  ratingTargetSeries,
  ratingTargetSetForYear,
  type RatingTargetsReport,
} from '../../shared/ratings/ratingTargets';
import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { foldForSearch } from '../../shared/text/vietnamese';
import type { ReadableDB } from '../vault';
import { listEntries, listRounds } from './roundStore';
import { listTargetSets } from './targetStore';

/** A year's targets measured against its round's decided levels (none counted without a round). */
function reportOf(db: ReadableDB, year: number, roundId: string | null): RatingTargetsReport {
  const set = ratingTargetSetForYear(listTargetSets(db), year);
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
  const round = rounds.find((candidate) => candidate.year === year) ?? null;
  const report = reportOf(db, year, round?.id ?? null);
  const series = ratingTargetSeries(rounds.map((candidate) => reportOf(db, candidate.year, candidate.id)));
  return {
    year,
    targetSet: ratingTargetSetForYear(listTargetSets(db), year),
    roundId: round?.id ?? null,
    results: report.results.map((result) => ({
      ...result,
      pendingSubjectIds: [...result.pendingSubjectIds],
      unitsBelow: [...result.unitsBelow],
    })),
    series: series.map((entry) => ({ ...entry, points: [...entry.points] })),
  };
}
