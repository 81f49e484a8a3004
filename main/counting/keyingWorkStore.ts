import type { ReadableDB } from '../vault';

/** The SQL of the keyer statistics: what each keying of a campaign holds and how it was keyed. */

export interface KeyingWork {
  readonly keyingId: string;
  readonly batchId: string;
  readonly pass: number;
  readonly userId: string;
  readonly userLogin: string;
  readonly sessionId: string;
  readonly startedAt: string;
  readonly verified: boolean;
  /** The form's content (JSON), for its number of rows. */
  readonly form: string;
  readonly ballots: number;
  readonly keystrokes: number;
  readonly activeMs: number;
  /**
   * Ballots at a paper position where every keying of the batch holds a valid ballot: there
   * compareKeyings compares field by field; elsewhere it compares the whole ballot, one field.
   */
  readonly comparedByField: number;
}

export function keyingWorkOf(db: ReadableDB, campaignId: string): KeyingWork[] {
  return (
    db
      .prepare(
        `WITH campaign_keyings AS (
           SELECT k.id, k.batch_id, k.pass, k.user_id, k.session_id, k.started_at, t.verified_at, v.content,
             (SELECT count(*) FROM keyings x WHERE x.batch_id = k.batch_id) AS passes
           FROM keyings k JOIN batches t ON t.id = k.batch_id JOIN contests c ON c.id = t.contest_id
           JOIN template_versions v ON v.id = c.template_version_id
           WHERE c.campaign_id = ?
         ),
         keyed AS (
           SELECT b.keying_id, b.keystrokes, b.active_ms, k.passes,
             sum(json_extract(b.entry, '$.valid')) OVER (PARTITION BY k.batch_id, b.position) AS valid_here
           FROM campaign_keyings k JOIN keyed_ballots b ON b.keying_id = k.id
         )
         SELECT k.id, k.batch_id, k.pass, k.user_id, u.login, k.session_id, k.started_at, k.verified_at, k.content,
           count(b.keying_id) AS ballots, coalesce(sum(b.keystrokes), 0) AS keystrokes,
           coalesce(sum(b.active_ms), 0) AS active_ms, coalesce(sum(b.valid_here = b.passes), 0) AS compared_by_field
         FROM campaign_keyings k JOIN users u ON u.id = k.user_id LEFT JOIN keyed AS b ON b.keying_id = k.id
         GROUP BY k.id ORDER BY k.started_at, k.pass`,
      )
      .all(campaignId) as Array<{
      id: string;
      batch_id: string;
      pass: number;
      user_id: string;
      login: string;
      session_id: string;
      started_at: string;
      verified_at: string | null;
      content: string;
      ballots: number;
      keystrokes: number;
      active_ms: number;
      compared_by_field: number;
    }>
  ).map((row) => ({
    keyingId: row.id,
    batchId: row.batch_id,
    pass: row.pass,
    userId: row.user_id,
    userLogin: row.login,
    sessionId: row.session_id,
    startedAt: row.started_at,
    verified: row.verified_at !== null,
    form: row.content,
    ballots: row.ballots,
    keystrokes: row.keystrokes,
    activeMs: row.active_ms,
    comparedByField: row.compared_by_field,
  }));
}

/** The form (its content, JSON) a batch's contest is keyed on. */
export function batchForm(db: ReadableDB, batchId: string): string {
  return db
    .prepare(
      `SELECT v.content FROM batches t JOIN contests c ON c.id = t.contest_id
       JOIN template_versions v ON v.id = c.template_version_id WHERE t.id = ?`,
    )
    .pluck()
    .get(batchId) as string;
}
