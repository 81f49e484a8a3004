import { randomUUID } from 'node:crypto';
import { ballotEntrySchema, type BallotEntry } from '../../shared/counting/ballot';
import type { FieldName, FieldValue } from '../../shared/counting/compareKeyings';
import type { AuditVerdict } from '../../shared/counting/keyingAudit';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of the keying-quality audit (migration 021): samples, their blind keying, differences and verdicts. */

export interface AuditRecord {
  readonly batchId: string;
  readonly algorithm: 'sha256-ctr-fisher-yates-v1';
  readonly seed: string;
  readonly ballotCount: number;
  readonly positions: readonly number[];
  readonly drawnBy: string;
  readonly drawnByLogin: string;
  readonly drawnAt: string;
  readonly auditorId: string | null;
  readonly auditorLogin: string | null;
  readonly finished: boolean;
  readonly fieldsCompared: number | null;
}

type AuditRow = {
  batch_id: string;
  algorithm: 'sha256-ctr-fisher-yates-v1';
  seed: string;
  ballot_count: number;
  positions: string;
  drawn_by: string;
  drawn_by_login: string;
  drawn_at: string;
  auditor_id: string | null;
  auditor_login: string | null;
  finished_at: string | null;
  fields_compared: number | null;
};

const auditColumns = `a.batch_id, a.algorithm, a.seed, a.ballot_count, a.positions, a.drawn_by,
  d.login AS drawn_by_login, a.drawn_at, a.auditor_id, k.login AS auditor_login, a.finished_at, a.fields_compared`;
const auditTables = 'keying_audits a JOIN users d ON d.id = a.drawn_by LEFT JOIN users k ON k.id = a.auditor_id';

const toRecord = (row: AuditRow): AuditRecord => ({
  batchId: row.batch_id,
  algorithm: row.algorithm,
  seed: row.seed,
  ballotCount: row.ballot_count,
  positions: JSON.parse(row.positions) as number[],
  drawnBy: row.drawn_by,
  drawnByLogin: row.drawn_by_login,
  drawnAt: row.drawn_at,
  auditorId: row.auditor_id,
  auditorLogin: row.auditor_login,
  finished: row.finished_at !== null,
  fieldsCompared: row.fields_compared,
});

export function auditOf(db: ReadableDB, batchId: string): AuditRecord | null {
  const row = db.prepare(`SELECT ${auditColumns} FROM ${auditTables} WHERE a.batch_id = ?`).get(batchId) as
    AuditRow | undefined;
  return row ? toRecord(row) : null;
}

export function insertAudit(
  db: WritableDB,
  audit: { batchId: string; seed: string; ballotCount: number; positions: readonly number[] },
  by: { userId: string; at: string },
): void {
  db.prepare(
    `INSERT INTO keying_audits (batch_id, algorithm, seed, ballot_count, positions, drawn_by, drawn_at)
     VALUES (?, 'sha256-ctr-fisher-yates-v1', ?, ?, ?, ?, ?)`,
  ).run(audit.batchId, audit.seed, audit.ballotCount, JSON.stringify(audit.positions), by.userId, by.at);
}

export function startAudit(db: WritableDB, batchId: string, userId: string, at: string): void {
  db.prepare('UPDATE keying_audits SET auditor_id = ?, started_at = ? WHERE batch_id = ?').run(userId, at, batchId);
}

export function finishAudit(db: WritableDB, batchId: string, fieldsCompared: number, at: string): void {
  db.prepare('UPDATE keying_audits SET finished_at = ?, fields_compared = ? WHERE batch_id = ?').run(
    at,
    fieldsCompared,
    batchId,
  );
}

export function insertAuditBallot(
  db: WritableDB,
  batchId: string,
  position: number,
  entry: BallotEntry,
  figures: { keystrokes: number; activeMs: number },
): void {
  db.prepare(
    'INSERT INTO keying_audit_ballots (batch_id, position, entry, keystrokes, active_ms) VALUES (?, ?, ?, ?, ?)',
  ).run(batchId, position, JSON.stringify(entry), figures.keystrokes, figures.activeMs);
}

export function deleteAuditBallot(db: WritableDB, batchId: string, position: number): void {
  db.prepare('DELETE FROM keying_audit_ballots WHERE batch_id = ? AND position = ?').run(batchId, position);
}

/** The audit's keying, by paper position, in paper order. */
export function auditBallots(db: ReadableDB, batchId: string): Array<{ position: number; entry: BallotEntry }> {
  return (
    db
      .prepare('SELECT position, entry FROM keying_audit_ballots WHERE batch_id = ? ORDER BY position')
      .all(batchId) as Array<{ position: number; entry: string }>
  ).map((row) => ({ position: row.position, entry: ballotEntrySchema.parse(JSON.parse(row.entry)) }));
}

export function auditBallotCount(db: ReadableDB, batchId: string): number {
  return db.prepare('SELECT count(*) FROM keying_audit_ballots WHERE batch_id = ?').pluck().get(batchId) as number;
}

export interface AuditDifference {
  readonly id: string;
  readonly position: number;
  readonly field: FieldName;
  readonly verifiedValue: FieldValue;
  readonly auditValue: FieldValue;
  readonly verdict: AuditVerdict | null;
  readonly judgedByLogin: string | null;
}

export function insertAuditDifferences(
  db: WritableDB,
  batchId: string,
  differences: ReadonlyArray<Pick<AuditDifference, 'position' | 'field' | 'verifiedValue' | 'auditValue'>>,
): void {
  const insert = db.prepare(
    `INSERT INTO keying_audit_differences (id, batch_id, position, field, verified_value, audit_value)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const difference of differences)
    insert.run(
      randomUUID(),
      batchId,
      difference.position,
      difference.field,
      JSON.stringify(difference.verifiedValue),
      JSON.stringify(difference.auditValue),
    );
}

export function auditDifferencesOf(db: ReadableDB, batchId: string): AuditDifference[] {
  return (
    db
      .prepare(
        `SELECT f.id, f.position, f.field, f.verified_value, f.audit_value, f.verdict, u.login AS judged_by
         FROM keying_audit_differences f LEFT JOIN users u ON u.id = f.judged_by
         WHERE f.batch_id = ? ORDER BY f.position, f.rowid`,
      )
      .all(batchId) as Array<{
      id: string;
      position: number;
      field: FieldName;
      verified_value: string;
      audit_value: string;
      verdict: AuditVerdict | null;
      judged_by: string | null;
    }>
  ).map((row) => ({
    id: row.id,
    position: row.position,
    field: row.field,
    verifiedValue: JSON.parse(row.verified_value) as FieldValue,
    auditValue: JSON.parse(row.audit_value) as FieldValue,
    verdict: row.verdict,
    judgedByLogin: row.judged_by,
  }));
}

export function judgeAuditDifference(
  db: WritableDB,
  differenceId: string,
  verdict: AuditVerdict,
  userId: string,
  at: string,
): void {
  db.prepare('UPDATE keying_audit_differences SET verdict = ?, judged_by = ?, judged_at = ? WHERE id = ?').run(
    verdict,
    userId,
    at,
    differenceId,
  );
}

/** Every audit of a campaign with where its batch stands: contest, unit, person assessed, desk, batch number. */
export interface CampaignAuditRow extends AuditRecord {
  readonly contestId: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly subjectName: string;
  readonly batchNumber: number;
  /** The desk whose package brought the batch; null for a batch keyed here. */
  readonly desk: string | null;
  readonly differences: number;
  readonly judged: number;
  readonly residualErrors: number;
}

export function auditsOfCampaign(db: ReadableDB, campaignId: string, contestId?: string): CampaignAuditRow[] {
  const rows = db
    .prepare(
      `SELECT ${auditColumns}, b.contest_id, u.id AS unit_id, u.name AS unit_name, s.full_name AS subject_name,
         b.number AS batch_number, dk.name AS desk,
         (SELECT count(*) FROM keying_audit_differences f WHERE f.batch_id = a.batch_id) AS differences,
         (SELECT count(*) FROM keying_audit_differences f WHERE f.batch_id = a.batch_id AND f.verdict IS NOT NULL) AS judged,
         (SELECT count(*) FROM keying_audit_differences f WHERE f.batch_id = a.batch_id AND f.verdict = 'verifiedWrong')
           AS residual_errors
       FROM ${auditTables}
       JOIN batches b ON b.id = a.batch_id JOIN contests c ON c.id = b.contest_id
       JOIN subjects s ON s.id = c.subject_id JOIN units u ON u.id = s.unit_id
       LEFT JOIN desk_batches m ON m.batch_id = b.id LEFT JOIN desks dk ON dk.kit_id = m.kit_id
       WHERE c.campaign_id = ? AND (? IS NULL OR c.id = ?)
       ORDER BY u.position, c.position, b.number`,
    )
    .all(campaignId, contestId ?? null, contestId ?? null) as Array<
    AuditRow & {
      contest_id: string;
      unit_id: string;
      unit_name: string;
      subject_name: string;
      batch_number: number;
      desk: string | null;
      differences: number;
      judged: number;
      residual_errors: number;
    }
  >;
  return rows.map((row) => ({
    ...toRecord(row),
    contestId: row.contest_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    subjectName: row.subject_name,
    batchNumber: row.batch_number,
    desk: row.desk,
    differences: row.differences,
    judged: row.judged,
    residualErrors: row.residual_errors,
  }));
}

/**
 * Every judged difference of a campaign's audits, for the operator statistics: where it was, the
 * verdict, who keyed the audit and who keyed the batch (in pass order) — so an error can be laid
 * at a keyer's door.
 */
export interface AuditJudgement {
  readonly batchId: string;
  readonly position: number;
  readonly field: FieldName;
  readonly verdict: AuditVerdict;
  /** The verified value the audit keying differed from: a keyer who keyed it shares a residual error. */
  readonly verifiedValue: FieldValue;
  readonly auditorId: string;
  readonly keyerIds: readonly string[];
}

export function auditJudgementsOf(db: ReadableDB, campaignId: string): AuditJudgement[] {
  const keyersOf = db.prepare('SELECT user_id FROM keyings WHERE batch_id = ? ORDER BY pass').pluck();
  return (
    db
      .prepare(
        `SELECT f.batch_id, f.position, f.field, f.verdict, f.verified_value, a.auditor_id
         FROM keying_audit_differences f JOIN keying_audits a ON a.batch_id = f.batch_id
         JOIN batches b ON b.id = f.batch_id JOIN contests c ON c.id = b.contest_id
         WHERE c.campaign_id = ? AND f.verdict IS NOT NULL
         ORDER BY c.position, b.number, f.position, f.rowid`,
      )
      .all(campaignId) as Array<{
      batch_id: string;
      position: number;
      field: FieldName;
      verdict: AuditVerdict;
      verified_value: string;
      auditor_id: string;
    }>
  ).map((row) => ({
    batchId: row.batch_id,
    position: row.position,
    field: row.field,
    verdict: row.verdict,
    verifiedValue: JSON.parse(row.verified_value) as FieldValue,
    auditorId: row.auditor_id,
    keyerIds: keyersOf.all(row.batch_id) as string[],
  }));
}

/** One audit's sample keying, for the operator statistics: who keyed it, when, how much and how fast. */
export interface AuditKeyingFigures {
  readonly batchId: string;
  readonly auditorId: string;
  readonly auditorLogin: string;
  readonly startedAt: string;
  readonly ballots: number;
  readonly keystrokes: number;
  readonly activeMs: number;
  /** The fields compared with the verified ballots once the sample is keyed; null until then. */
  readonly fieldsCompared: number | null;
}

export function auditKeyingsOf(db: ReadableDB, campaignId: string): AuditKeyingFigures[] {
  return (
    db
      .prepare(
        `SELECT a.batch_id, a.auditor_id, u.login, a.started_at, a.fields_compared, count(s.position) AS ballots,
           coalesce(sum(s.keystrokes), 0) AS keystrokes, coalesce(sum(s.active_ms), 0) AS active_ms
         FROM keying_audits a JOIN users u ON u.id = a.auditor_id
         JOIN batches b ON b.id = a.batch_id JOIN contests c ON c.id = b.contest_id
         LEFT JOIN keying_audit_ballots s ON s.batch_id = a.batch_id
         WHERE c.campaign_id = ? GROUP BY a.batch_id ORDER BY a.started_at`,
      )
      .all(campaignId) as Array<{
      batch_id: string;
      auditor_id: string;
      login: string;
      started_at: string;
      fields_compared: number | null;
      ballots: number;
      keystrokes: number;
      active_ms: number;
    }>
  ).map((row) => ({
    batchId: row.batch_id,
    auditorId: row.auditor_id,
    auditorLogin: row.login,
    startedAt: row.started_at,
    ballots: row.ballots,
    keystrokes: row.keystrokes,
    activeMs: row.active_ms,
    fieldsCompared: row.fields_compared,
  }));
}
