import { randomUUID } from 'node:crypto';
import type { ShortcomingRecord } from '../../shared/ratings/ratingRules';
import type { RatingRecord } from '../../shared/ratings/ratingSchemas';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of shortcomings and disciplinary measures (rating_records). */

interface RecordRow {
  id: string;
  subject_id: string;
  subject_name: string;
  kind: 'shortcoming' | 'discipline';
  year: number;
  description: string;
  counted_in_round_id: string | null;
  counted_in_year: number | null;
}

const recordSelect = `SELECT r.*, s.name AS subject_name, o.year AS counted_in_year FROM rating_records r
  JOIN rating_subjects s ON s.id = r.subject_id LEFT JOIN rating_rounds o ON o.id = r.counted_in_round_id`;

function recordView(row: RecordRow): RatingRecord {
  return {
    id: row.id,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    kind: row.kind,
    year: row.year,
    description: row.description,
    countedInRoundId: row.counted_in_round_id,
    countedInYear: row.counted_in_year,
  };
}

export function listRecords(db: ReadableDB, subjectId?: string): RatingRecord[] {
  const where = subjectId ? 'WHERE r.subject_id = ?' : '';
  return (
    db
      .prepare(`${recordSelect} ${where} ORDER BY r.year DESC, r.created_at DESC`)
      .all(...(subjectId ? [subjectId] : [])) as RecordRow[]
  ).map(recordView);
}

export function getRecord(db: ReadableDB, recordId: string): RatingRecord | null {
  const row = db.prepare(`${recordSelect} WHERE r.id = ?`).get(recordId) as RecordRow | undefined;
  return row ? recordView(row) : null;
}

export function insertRecord(
  db: WritableDB,
  record: { subjectId: string; kind: 'shortcoming' | 'discipline'; year: number; description: string },
  now: string,
): string {
  const id = randomUUID();
  db.prepare(
    'INSERT INTO rating_records (id, subject_id, kind, year, description, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, record.subjectId, record.kind, record.year, record.description, now);
  return id;
}

/** The records as the rules see them. */
export function recordsForRules(db: ReadableDB): ShortcomingRecord[] {
  return listRecords(db).map((record) => ({
    id: record.id,
    subjectId: record.subjectId,
    kind: record.kind,
    year: record.year,
    countedInRoundId: record.countedInRoundId,
  }));
}
