import type { PlanTask } from '../../shared/plans/planSchemas';

/**
 * How a task is named on the screen: its number as the appendix writes it, or, for an appendix
 * without numbers, its place in it (1 for the first), so every task has a name to be told apart by.
 */
export function taskNumberOf(task: Pick<PlanTask, 'number'>, index: number): string {
  return task.number ?? String(index + 1);
}
