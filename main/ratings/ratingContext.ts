import type { RatingContext } from '../../shared/ratings/ratingRules';
import type { RatingRound } from '../../shared/ratings/ratingSchemas';
import type { ReadableDB } from '../vault';
import { recordsForRules } from './recordStore';
import { listEntries } from './roundStore';

/** What the rules check a decision of the round against: its subjects, its levels so far, the records. */
export function decisionContext(db: ReadableDB, round: RatingRound): RatingContext {
  const entries = listEntries(db, round.id);
  return {
    round: { id: round.id, year: round.year },
    subjects: entries.map((entry) => ({
      id: entry.subjectId,
      kind: entry.kind,
      name: entry.name,
      organisationId: entry.organisationId,
      headOf: entry.headOf,
    })),
    decided: entries.flatMap((entry) =>
      entry.decidedLevel ? [{ subjectId: entry.subjectId, level: entry.decidedLevel }] : [],
    ),
    records: recordsForRules(db),
  };
}
