import {
  defaultRatingTargetSet,
  ratingTargetSetSchema,
  type RatingTargetSet,
} from '../../shared/ratings/ratingTargets';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of the district's target sets: seed 004's plan until the district sets its own. */

export function listTargetSets(db: ReadableDB): RatingTargetSet[] {
  const rows = db.prepare('SELECT content FROM rating_target_sets ORDER BY position').pluck().all() as string[];
  if (rows.length === 0) return [defaultRatingTargetSet()];
  return rows.map((content) => ratingTargetSetSchema.parse(JSON.parse(content)));
}

export function replaceTargetSets(db: WritableDB, sets: readonly RatingTargetSet[]): void {
  db.prepare('DELETE FROM rating_target_sets').run();
  const insert = db.prepare('INSERT INTO rating_target_sets (position, content) VALUES (?, ?)');
  sets.forEach((set, index) => insert.run(index + 1, JSON.stringify(set)));
}
