import { randomUUID } from 'node:crypto';
import { message } from '../../shared/i18n/messages';
import { AppError } from '../../shared/errors';
import type { MeasureInput, PlanSource, RecordedStatus } from '../../shared/remediation/remediationSchemas';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of remediation plans: one per contest, its measures in order, its follow-up notes. */

export interface StoredPlan {
  readonly id: string;
  readonly contestId: string;
  readonly source: PlanSource;
  readonly submittedOn: string;
}

export interface StoredMeasure {
  readonly id: string;
  readonly criterionNumber: number | null;
  readonly criterionText: string;
  readonly measures: string;
  readonly deadline: string;
  readonly checker: string;
  readonly doneOn: string | null;
}

export interface StoredNote {
  readonly on: string;
  readonly status: RecordedStatus;
  readonly note: string;
  readonly by: string;
  readonly at: string;
}

const selectPlan = 'SELECT id, contest_id AS contestId, source, submitted_on AS submittedOn FROM remediation_plans';

export function planOf(db: ReadableDB, contestId: string): StoredPlan | null {
  return (db.prepare(`${selectPlan} WHERE contest_id = ?`).get(contestId) as StoredPlan | undefined) ?? null;
}

/** Every plan of a campaign, by contest. */
export function plansOfCampaign(db: ReadableDB, campaignId: string): Map<string, StoredPlan> {
  const rows = db
    .prepare(`${selectPlan} WHERE contest_id IN (SELECT id FROM contests WHERE campaign_id = ?)`)
    .all(campaignId) as StoredPlan[];
  return new Map(rows.map((row) => [row.contestId, row]));
}

export function measuresOf(db: ReadableDB, planId: string): StoredMeasure[] {
  return db
    .prepare(
      `SELECT id, criterion_number AS criterionNumber, criterion_text AS criterionText, measures, deadline, checker,
              done_on AS doneOn
       FROM remediation_measures WHERE plan_id = ? ORDER BY position`,
    )
    .all(planId) as StoredMeasure[];
}

export function notesOf(db: ReadableDB, planId: string): StoredNote[] {
  return db
    .prepare(
      `SELECT n.noted_on AS "on", n.status, n.note, u.full_name AS by, n.created_at AS at
       FROM remediation_notes n JOIN users u ON u.id = n.created_by WHERE n.plan_id = ? ORDER BY n.seq`,
    )
    .all(planId) as StoredNote[];
}

/** The status the latest note recorded. */
export function recordedStatusOf(db: ReadableDB, planId: string): RecordedStatus {
  return db
    .prepare('SELECT status FROM remediation_notes WHERE plan_id = ? ORDER BY seq DESC LIMIT 1')
    .pluck()
    .get(planId) as RecordedStatus;
}

export function addNote(
  db: WritableDB,
  planId: string,
  note: { on: string; status: RecordedStatus; note: string; userId: string },
  now: string,
): void {
  db.prepare(
    `INSERT INTO remediation_notes (plan_id, seq, noted_on, status, note, created_at, created_by)
     VALUES (@planId, (SELECT coalesce(max(seq), 0) + 1 FROM remediation_notes WHERE plan_id = @planId),
             @on, @status, @note, @now, @userId)`,
  ).run({ planId, ...note, now });
}

/**
 * A plan entered (its first note: submitted on the day it was handed in) or corrected: the
 * measures are replaced, a measure given with its id keeps the day it was done.
 */
export function savePlan(
  db: WritableDB,
  contestId: string,
  plan: { source: PlanSource; submittedOn: string; measures: ReadonlyArray<MeasureInput & { criterionText: string }> },
  user: { id: string },
  now: string,
): string {
  const existing = planOf(db, contestId);
  const planId = existing?.id ?? randomUUID();
  if (existing) {
    db.prepare('UPDATE remediation_plans SET source = ?, submitted_on = ? WHERE id = ?').run(
      plan.source,
      plan.submittedOn,
      planId,
    );
  } else {
    db.prepare(
      `INSERT INTO remediation_plans (id, contest_id, source, submitted_on, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(planId, contestId, plan.source, plan.submittedOn, now, user.id);
    addNote(db, planId, { on: plan.submittedOn, status: 'submitted', note: '', userId: user.id }, now);
  }
  const doneOn = new Map(measuresOf(db, planId).map((measure) => [measure.id, measure.doneOn]));
  db.prepare('DELETE FROM remediation_measures WHERE plan_id = ?').run(planId);
  const insert = db.prepare(
    `INSERT INTO remediation_measures
       (id, plan_id, position, criterion_number, criterion_text, measures, deadline, checker, done_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  plan.measures.forEach((measure, index) => {
    const kept = measure.id !== undefined && doneOn.has(measure.id);
    insert.run(
      kept ? measure.id : randomUUID(),
      planId,
      index + 1,
      measure.criterionNumber,
      measure.criterionText,
      measure.measures,
      measure.deadline,
      measure.checker,
      kept ? (doneOn.get(measure.id!) ?? null) : null,
    );
  });
  return planId;
}

export function markMeasure(db: WritableDB, planId: string, measureId: string, doneOn: string | null): void {
  const changed = db
    .prepare('UPDATE remediation_measures SET done_on = ? WHERE plan_id = ? AND id = ?')
    .run(doneOn, planId, measureId).changes;
  if (changed === 0) throw new AppError('NOT_FOUND', { what: message('core.remediation.measure') });
}
