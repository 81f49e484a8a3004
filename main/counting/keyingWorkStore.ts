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
  /** Its valid ballots: compared field by field unless another keying's ballot there is not valid. */
  readonly validBallots: number;
}

export function keyingWorkOf(db: ReadableDB, campaignId: string): KeyingWork[] {
  return (
    db
      .prepare(
        `SELECT k.id, k.batch_id, k.pass, k.user_id, u.login, k.session_id, k.started_at, t.verified_at, v.content,
           count(b.position) AS ballots, coalesce(sum(b.keystrokes), 0) AS keystrokes,
           coalesce(sum(b.active_ms), 0) AS active_ms, coalesce(sum(json_extract(b.entry, '$.valid')), 0) AS valid_ballots
         FROM keyings k JOIN users u ON u.id = k.user_id
         JOIN batches t ON t.id = k.batch_id JOIN contests c ON c.id = t.contest_id
         JOIN template_versions v ON v.id = c.template_version_id
         LEFT JOIN keyed_ballots b ON b.keying_id = k.id
         WHERE c.campaign_id = ?
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
      valid_ballots: number;
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
    validBallots: row.valid_ballots,
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
