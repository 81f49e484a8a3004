import type { RecordedStatus, RemediationStatus } from './remediationSchemas';

/**
 * Where a plan stands on a day. What was recorded holds, except that a plan submitted or in
 * progress with a measure not done by its deadline is overdue (quá hạn) without anyone having to
 * say so; a plan recorded as done is done.
 */
export function effectiveStatus(
  recorded: RecordedStatus | null,
  measures: ReadonlyArray<{ readonly overdue: boolean }>,
): RemediationStatus {
  if (recorded === null) return 'notSubmitted';
  if (recorded === 'done') return 'done';
  return measures.some((measure) => measure.overdue) ? 'overdue' : recorded;
}

/** A measure is overdue when it is not done and its deadline is before the day. */
export const measureOverdue = (measure: { deadline: string; doneOn: string | null }, asOf: string): boolean =>
  measure.doneOn === null && measure.deadline < asOf;
