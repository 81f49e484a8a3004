import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import type { ParsedPlanTask } from '../../shared/plans/appendixRows';
import type { OccurrenceStatus, PlanFields } from '../../shared/plans/planSchemas';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of plans, their tasks and the status recorded per occurrence of a task's deadline. */

export interface StoredPlan extends PlanFields {
  readonly id: string;
  readonly createdAt: string;
}

export interface StoredTask {
  readonly id: string;
  readonly planId: string;
  readonly number: string | null;
  readonly content: string;
  readonly leadBody: string;
  readonly coordinatingBodies: string;
  readonly deadlineText: string;
  readonly leader: string;
}

export interface StoredStatus {
  readonly status: OccurrenceStatus;
  readonly note: string;
  readonly updatedAt: string;
}

const planColumns = `id, title, number, issued_on AS issuedOn, issuer, from_date AS fromDate, to_date AS toDate,
  created_at AS createdAt`;
const taskColumns = `id, plan_id AS planId, number, content, lead_body AS leadBody,
  coordinating_bodies AS coordinatingBodies, deadline_text AS deadlineText, leader`;

export function listPlans(db: ReadableDB): StoredPlan[] {
  return db.prepare(`SELECT ${planColumns} FROM plans ORDER BY issued_on DESC, created_at DESC`).all() as StoredPlan[];
}

export function getPlan(db: ReadableDB, planId: string): StoredPlan {
  const plan = db.prepare(`SELECT ${planColumns} FROM plans WHERE id = ?`).get(planId) as StoredPlan | undefined;
  if (!plan) throw new AppError('NOT_FOUND', { what: message('core.plans.plan') });
  return plan;
}

export function tasksOf(db: ReadableDB, planId: string): StoredTask[] {
  return db
    .prepare(`SELECT ${taskColumns} FROM plan_tasks WHERE plan_id = ? ORDER BY position`)
    .all(planId) as StoredTask[];
}

export function getTask(db: ReadableDB, planId: string, taskId: string): StoredTask {
  const task = db.prepare(`SELECT ${taskColumns} FROM plan_tasks WHERE id = ? AND plan_id = ?`).get(taskId, planId) as
    StoredTask | undefined;
  if (!task) throw new AppError('NOT_FOUND', { what: message('core.plans.task') });
  return task;
}

/** The statuses recorded for a plan's tasks: task id → occurrence key → status. */
export function statusesOf(db: ReadableDB, planId: string): Map<string, Map<string, StoredStatus>> {
  const rows = db
    .prepare(
      `SELECT s.task_id AS taskId, s.occurrence_key AS key, s.status, s.note, s.updated_at AS updatedAt
       FROM plan_task_statuses s JOIN plan_tasks t ON t.id = s.task_id WHERE t.plan_id = ?`,
    )
    .all(planId) as Array<StoredStatus & { taskId: string; key: string }>;
  const byTask = new Map<string, Map<string, StoredStatus>>();
  for (const { taskId, key, ...status } of rows) {
    const ofTask = byTask.get(taskId) ?? new Map<string, StoredStatus>();
    ofTask.set(key, status);
    byTask.set(taskId, ofTask);
  }
  return byTask;
}

export function insertPlan(db: WritableDB, fields: PlanFields, tasks: readonly ParsedPlanTask[], now: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO plans (id, title, number, issued_on, issuer, from_date, to_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, fields.title, fields.number, fields.issuedOn, fields.issuer, fields.fromDate, fields.toDate, now);
  const insert = db.prepare(
    `INSERT INTO plan_tasks (id, plan_id, position, number, content, lead_body, coordinating_bodies, deadline_text, leader)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  tasks.forEach((task, index) =>
    insert.run(
      randomUUID(),
      id,
      index + 1,
      task.number,
      task.content,
      task.leadBody,
      task.coordinatingBodies,
      task.deadlineText,
      task.leader,
    ),
  );
  return id;
}

export function saveStatus(
  db: WritableDB,
  entry: { taskId: string; key: string; status: OccurrenceStatus; note: string; userId: string },
  now: string,
): void {
  db.prepare(
    `INSERT INTO plan_task_statuses (task_id, occurrence_key, status, note, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (task_id, occurrence_key) DO UPDATE SET status = excluded.status, note = excluded.note,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(entry.taskId, entry.key, entry.status, entry.note, now, entry.userId);
}
