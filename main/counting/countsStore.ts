import type { Conference, ContestCountsInput } from '../../shared/counting/countingSchemas';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of conference records and of the counts of each contest. */

export function getConference(db: ReadableDB, unitId: string): Conference | null {
  const row = db
    .prepare('SELECT held_on, place, chair, committee, convened, present FROM conferences WHERE unit_id = ?')
    .get(unitId) as
    { held_on: string; place: string; chair: string; committee: string; convened: number; present: number } | undefined;
  if (!row) return null;
  return {
    heldOn: row.held_on,
    place: row.place,
    chair: row.chair,
    committee: JSON.parse(row.committee) as Conference['committee'],
    convened: row.convened,
    present: row.present,
  };
}

export function saveConference(db: WritableDB, unitId: string, conference: Conference, now: string): void {
  db.prepare(
    `INSERT INTO conferences (unit_id, held_on, place, chair, committee, convened, present, updated_at)
     VALUES (@unitId, @heldOn, @place, @chair, @committee, @convened, @present, @now)
     ON CONFLICT (unit_id) DO UPDATE SET held_on = excluded.held_on, place = excluded.place, chair = excluded.chair,
       committee = excluded.committee, convened = excluded.convened, present = excluded.present, updated_at = excluded.updated_at`,
  ).run({ ...conference, committee: JSON.stringify(conference.committee), unitId, now });
}

interface CountsRow {
  issued: number;
  returned: number;
  not_returned: number;
  valid: number;
  invalid_not_official: number;
  invalid_blank: number;
  invalid_identifying: number;
  invalid_other: number;
}

export function getCounts(db: ReadableDB, contestId: string): ContestCountsInput | null {
  const row = db.prepare('SELECT * FROM contest_counts WHERE contest_id = ?').get(contestId) as CountsRow | undefined;
  if (!row) return null;
  return {
    issued: row.issued,
    returned: row.returned,
    notReturned: row.not_returned,
    valid: row.valid,
    invalid: {
      notOfficial: row.invalid_not_official,
      blank: row.invalid_blank,
      identifying: row.invalid_identifying,
      other: row.invalid_other,
    },
  };
}

export function saveCounts(db: WritableDB, contestId: string, counts: ContestCountsInput, now: string): void {
  db.prepare(
    `INSERT INTO contest_counts (contest_id, issued, returned, not_returned, valid, invalid_not_official, invalid_blank,
       invalid_identifying, invalid_other, updated_at)
     VALUES (@contestId, @issued, @returned, @notReturned, @valid, @notOfficial, @blank, @identifying, @other, @now)
     ON CONFLICT (contest_id) DO UPDATE SET issued = excluded.issued, returned = excluded.returned,
       not_returned = excluded.not_returned, valid = excluded.valid, invalid_not_official = excluded.invalid_not_official,
       invalid_blank = excluded.invalid_blank, invalid_identifying = excluded.invalid_identifying,
       invalid_other = excluded.invalid_other, updated_at = excluded.updated_at`,
  ).run({ contestId, ...counts, ...counts.invalid, now });
}

export function acknowledgements(db: ReadableDB, contestId: string): Record<string, string> {
  const rows = db
    .prepare('SELECT rule, reason FROM warning_acknowledgements WHERE contest_id = ?')
    .all(contestId) as Array<{ rule: string; reason: string }>;
  return Object.fromEntries(rows.map((row) => [row.rule, row.reason]));
}

export function acknowledge(
  db: WritableDB,
  contestId: string,
  rule: string,
  reason: string,
  userId: string,
  now: string,
): void {
  db.prepare(
    `INSERT INTO warning_acknowledgements (contest_id, rule, reason, user_id, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (contest_id, rule) DO UPDATE SET reason = excluded.reason, user_id = excluded.user_id, at = excluded.at`,
  ).run(contestId, rule, reason, userId, now);
}

export function isCountingClosed(db: ReadableDB, contestId: string): boolean {
  return db.prepare('SELECT 1 FROM counting_closed WHERE contest_id = ?').get(contestId) !== undefined;
}

export function closeCounting(db: WritableDB, contestId: string, userId: string, now: string): void {
  db.prepare('INSERT INTO counting_closed (contest_id, closed_by, closed_at) VALUES (?, ?, ?)').run(
    contestId,
    userId,
    now,
  );
}
