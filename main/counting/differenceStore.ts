import { randomUUID } from 'node:crypto';
import type { Difference, FieldName, FieldValue } from '../../shared/counting/compareKeyings';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of double-entry differences and how the head settled each. */

export interface StoredDifference extends Difference {
  readonly id: string;
  readonly resolution: string | null;
  readonly value: FieldValue | undefined;
  readonly resolvedBy: string | null;
}

export function insertDifferences(db: WritableDB, batchId: string, differences: readonly Difference[]): void {
  const insert = db.prepare('INSERT INTO mismatches (id, batch_id, position, field, keyed) VALUES (?, ?, ?, ?, ?)');
  for (const difference of differences)
    insert.run(randomUUID(), batchId, difference.position, difference.field, JSON.stringify(difference.keyed));
}

export function differencesOf(db: ReadableDB, batchId: string): StoredDifference[] {
  const rows = db
    .prepare(
      'SELECT id, position, field, keyed, resolution, resolved_value, resolved_by FROM mismatches WHERE batch_id = ? ORDER BY position, rowid',
    )
    .all(batchId) as Array<{
    id: string;
    position: number;
    field: FieldName;
    keyed: string;
    resolution: string | null;
    resolved_value: string | null;
    resolved_by: string | null;
  }>;
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    field: row.field,
    keyed: JSON.parse(row.keyed) as FieldValue[],
    resolution: row.resolution,
    value: row.resolved_value === null ? undefined : (JSON.parse(row.resolved_value) as FieldValue),
    resolvedBy: row.resolved_by,
  }));
}

export function resolveDifference(
  db: WritableDB,
  id: string,
  resolution: string,
  value: FieldValue,
  userId: string,
  now: string,
): void {
  db.prepare(
    'UPDATE mismatches SET resolution = ?, resolved_value = ?, resolved_by = ?, resolved_at = ? WHERE id = ?',
  ).run(resolution, JSON.stringify(value), userId, now, id);
}

/** Differences that give way to a fresh comparison (a return answered). */
export function deleteDifferences(db: WritableDB, ids: readonly string[]): void {
  const remove = db.prepare('DELETE FROM mismatches WHERE id = ?');
  for (const id of ids) remove.run(id);
}

export function unresolvedCount(db: ReadableDB, batchIds: readonly string[]): number {
  if (batchIds.length === 0) return 0;
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM mismatches WHERE resolution IS NULL AND batch_id IN (${batchIds.map(() => '?').join(',')})`,
      )
      .get(...batchIds) as {
      n: number;
    }
  ).n;
}
