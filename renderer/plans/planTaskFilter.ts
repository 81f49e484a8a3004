import type { PlanOccurrence, PlanTask } from '../../shared/plans/planSchemas';
import { matchesWordStarts } from '../../shared/text/vietnamese';

export interface PlanTaskFilter {
  /** Word starts of the task's content or its lead body, diacritics optional ("boi duong" finds "bồi dưỡng"). */
  readonly search: string;
  readonly onlyOverdue: boolean;
  /** Only the occurrences due in this year; null for every year. */
  readonly year: number | null;
}

export const noTaskFilter: PlanTaskFilter = { search: '', onlyOverdue: false, year: null };

/** A task the filter leaves, with the occurrences it leaves of it, and the task's place in the appendix. */
export interface ShownTask {
  readonly task: PlanTask;
  /** The task's place in the appendix (0 for the first), which names a task without a number. */
  readonly index: number;
  readonly occurrences: readonly PlanOccurrence[];
}

/** The year an occurrence is due in. */
export const dueYear = (occurrence: Pick<PlanOccurrence, 'due'>): number => Number(occurrence.due.slice(0, 4));

/**
 * The tasks as the filter leaves them, in the appendix's order. The search matches a task's
 * content or lead body; "only overdue" and the year choose occurrences, and a task none of whose
 * occurrences is left is left out too (a monthly task keeps only the months asked about).
 */
export function filterPlanTasks(tasks: readonly PlanTask[], filter: PlanTaskFilter): ShownTask[] {
  const choosing = filter.onlyOverdue || filter.year !== null;
  return tasks.flatMap((task, index) => {
    if (!matchesWordStarts(`${task.content} ${task.leadBody}`, filter.search)) return [];
    const occurrences = task.occurrences.filter(
      (occurrence) =>
        (!filter.onlyOverdue || occurrence.overdue) && (filter.year === null || dueYear(occurrence) === filter.year),
    );
    return choosing && occurrences.length === 0 ? [] : [{ task, index, occurrences }];
  });
}

/**
 * The years to choose occurrences by: those of the plan's period ("2021" … "2025" for
 * 05/05/2021–31/12/2025), and any other an occurrence is due in (a dated task the appendix sets
 * outside the period is kept, not lost), in order.
 */
export function planYears(period: { fromDate: string; toDate: string }, tasks: readonly PlanTask[]): number[] {
  const first = Number(period.fromDate.slice(0, 4));
  const last = Number(period.toDate.slice(0, 4));
  const years = new Set(Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => first + offset));
  for (const task of tasks) for (const occurrence of task.occurrences) years.add(dueYear(occurrence));
  return [...years].sort((a, b) => a - b);
}
