import { randomUUID } from 'node:crypto';
import { drawMeetingSchema, drawRecordSchema, type DrawMeeting, type DrawRecord } from '../../shared/draws/drawRecord';
import { drawExclusionSchema, type DrawExclusion } from '../../shared/draws/drawSchemas';
import type { ReadableDB, WritableDB } from '../vault';
import { canonicalJson } from '../../shared/canonicalJson';

/** The SQL of draws: one per campaign, kept as the exact record that anyone can recompute. */

export interface HeldDraw {
  readonly id: string;
  readonly heldAt: string;
  readonly record: DrawRecord;
  readonly meeting: DrawMeeting;
  readonly excluded: DrawExclusion[] | null;
}

export function getDraw(db: ReadableDB, campaignId: string): HeldDraw | null {
  const row = db
    .prepare('SELECT id, record, meeting, held_at, excluded FROM draws WHERE campaign_id = ?')
    .get(campaignId) as
    { id: string; record: string; meeting: string; held_at: string; excluded: string | null } | undefined;
  if (!row) return null;
  return {
    id: row.id,
    heldAt: row.held_at,
    record: drawRecordSchema.parse(JSON.parse(row.record)),
    meeting: drawMeetingSchema.parse(JSON.parse(row.meeting)),
    excluded: row.excluded === null ? null : drawExclusionSchema.array().parse(JSON.parse(row.excluded)),
  };
}

export function insertDraw(
  db: WritableDB,
  campaignId: string,
  record: DrawRecord,
  meeting: DrawMeeting,
  heldAt: string,
  excluded: DrawExclusion[] | null,
): HeldDraw {
  const id = randomUUID();
  db.prepare('INSERT INTO draws (id, campaign_id, record, meeting, held_at, excluded) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    campaignId,
    canonicalJson(record),
    canonicalJson(meeting),
    heldAt,
    excluded === null ? null : canonicalJson(excluded),
  );
  return { id, heldAt, record, meeting, excluded };
}
