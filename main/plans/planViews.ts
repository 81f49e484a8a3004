import { expandDeadline, isOverdue, normalisedDeadlineText, parseTaskDeadline } from '../../shared/plans/taskDeadlines';
import type { OverdueOccurrence, PlanSummary, PlanTask } from '../../shared/plans/planSchemas';
import type { ReadableDB } from '../vault';
import {
  getPlan,
  listPlans,
  statusesOf,
  tasksOf,
  type StoredPlan,
  type StoredStatus,
  type StoredTask,
} from './planStore';

/**
 * A task's occurrences from its deadline as written (checked when the plan was imported, so it
 * always reads) over the plan's period, with the status recorded for each and whether it is
 * overdue on the day asked about.
 */
export function taskView(
  plan: StoredPlan,
  task: StoredTask,
  statuses: ReadonlyMap<string, StoredStatus>,
  asOf: string,
): PlanTask {
  const parsed = parseTaskDeadline(task.deadlineText);
  if (!parsed.ok) throw new Error(`task ${task.id}: a stored deadline that does not read: ${task.deadlineText}`);
  const occurrences = expandDeadline(parsed.deadline, { from: plan.fromDate, to: plan.toDate }).map((occurrence) => {
    const recorded = statuses.get(occurrence.key);
    const status = recorded?.status ?? 'notStarted';
    return {
      ...occurrence,
      status,
      note: recorded?.note ?? '',
      updatedAt: recorded?.updatedAt ?? null,
      overdue: isOverdue(occurrence, asOf, status === 'done'),
    };
  });
  return {
    id: task.id,
    number: task.number,
    content: task.content,
    leadBody: task.leadBody,
    coordinatingBodies: task.coordinatingBodies,
    deadlineText: task.deadlineText,
    deadline: normalisedDeadlineText(parsed.deadline),
    leader: task.leader,
    occurrences,
  };
}

export function planTasks(db: ReadableDB, plan: StoredPlan, asOf: string): PlanTask[] {
  const statuses = statusesOf(db, plan.id);
  return tasksOf(db, plan.id).map((task) => taskView(plan, task, statuses.get(task.id) ?? new Map(), asOf));
}

export function planSummary(plan: StoredPlan, tasks: readonly PlanTask[]): PlanSummary {
  const occurrences = tasks.flatMap((task) => task.occurrences);
  return {
    ...plan,
    tasks: tasks.length,
    occurrences: occurrences.length,
    done: occurrences.filter((occurrence) => occurrence.status === 'done').length,
    overdue: occurrences.filter((occurrence) => occurrence.overdue).length,
  };
}

export function planDetail(db: ReadableDB, planId: string, asOf: string) {
  const plan = getPlan(db, planId);
  const tasks = planTasks(db, plan, asOf);
  return { plan: planSummary(plan, tasks), tasks };
}

/** Every occurrence not done and due before the day, across plans, the oldest first. */
export function overdueOccurrences(db: ReadableDB, asOf: string): OverdueOccurrence[] {
  return listPlans(db)
    .flatMap((plan) =>
      planTasks(db, plan, asOf).flatMap((task) =>
        task.occurrences
          .filter((occurrence) => occurrence.overdue)
          .map(({ key, label, due, status }) => ({
            planId: plan.id,
            planTitle: plan.title,
            planNumber: plan.number,
            taskId: task.id,
            taskNumber: task.number,
            content: task.content,
            leadBody: task.leadBody,
            leader: task.leader,
            key,
            label,
            due,
            status,
          })),
      ),
    )
    .sort((a, b) => a.due.localeCompare(b.due));
}
