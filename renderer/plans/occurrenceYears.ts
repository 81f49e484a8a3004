import type { PlanOccurrence } from '../../shared/plans/planSchemas';
import { dueYear } from './planTaskFilter';

/** A task's occurrences due in one year, with how many are done and how many overdue. */
export interface OccurrenceYear {
  readonly year: number;
  readonly occurrences: readonly PlanOccurrence[];
  readonly done: number;
  readonly overdue: number;
}

/** Done and overdue among occurrences. */
export function occurrenceProgress(occurrences: readonly PlanOccurrence[]): { done: number; overdue: number } {
  return {
    done: occurrences.filter((occurrence) => occurrence.status === 'done').length,
    overdue: occurrences.filter((occurrence) => occurrence.overdue).length,
  };
}

/**
 * A task's occurrences grouped by the year they are due in, in the order given (the core's, by
 * due date): a monthly and quarterly task's 75 occurrences over five years read as five groups.
 */
export function groupByYear(occurrences: readonly PlanOccurrence[]): OccurrenceYear[] {
  const groups: { year: number; occurrences: PlanOccurrence[] }[] = [];
  for (const occurrence of occurrences) {
    const year = dueYear(occurrence);
    const group = groups.find((candidate) => candidate.year === year);
    if (group) group.occurrences.push(occurrence);
    else groups.push({ year, occurrences: [occurrence] });
  }
  return groups.map((group) => ({ ...group, ...occurrenceProgress(group.occurrences) }));
}
