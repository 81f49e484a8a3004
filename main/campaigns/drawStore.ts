import { randomUUID } from 'node:crypto';
import { drawMeetingSchema, drawRecordSchema, type DrawMeeting, type DrawRecord } from '../../shared/draws/drawRecord';
import type { ReadableDB, WritableDB } from '../vault';
import { canonicalJson } from '../../shared/canonicalJson';

/** The SQL of draws: one per campaign, kept as the exact record that anyone can recompute. */

export interface HeldDraw {
  readonly id: string;
  readonly heldAt: string;
  readonly record: DrawRecord;
  readonly meeting: DrawMeeting;
}

export function getDraw(db: ReadableDB, campaignId: string): HeldDraw | null {
  const row = db.prepare('SELECT id, record, meeting, held_at FROM draws WHERE campaign_id = ?').get(campaignId) as
    { id: string; record: string; meeting: string; held_at: string } | undefined;
  if (!row) return null;
  return {
    id: row.id,
    heldAt: row.held_at,
    record: drawRecordSchema.parse(JSON.parse(row.record)),
    meeting: drawMeetingSchema.parse(JSON.parse(row.meeting)),
  };
}

export function insertDraw(
  db: WritableDB,
  campaignId: string,
  record: DrawRecord,
  meeting: DrawMeeting,
  heldAt: string,
): HeldDraw {
  const id = randomUUID();
  db.prepare('INSERT INTO draws (id, campaign_id, record, meeting, held_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    campaignId,
    canonicalJson(record),
    canonicalJson(meeting),
    heldAt,
  );
  return { id, heldAt, record, meeting };
}
