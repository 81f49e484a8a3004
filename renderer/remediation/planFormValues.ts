import type { PlanInput, PlanSource, RemediationView } from '../../shared/remediation/remediationSchemas';
import { dateText, isoDay } from '../forms/dayMonthYear';

/** A measure's criterion as the form's drop-down holds it: a row's number, "other", or nothing chosen yet. */
export const otherCriterion = 'other';

/** One measure as typed, the deadline dd/mm/yyyy. */
export interface MeasureValues {
  /** The saved measure's id (empty for a new one), so a measure keeps the day it was done. */
  id: string;
  criterion: string;
  /** What an "other" measure remedies, in the person's words. */
  criterionText: string;
  measures: string;
  deadline: string;
  checker: string;
}

export interface PlanFormValues {
  source: PlanSource;
  submittedOn: string;
  measures: MeasureValues[];
}

export const emptyMeasure = (criterion = ''): MeasureValues => ({
  id: '',
  criterion,
  criterionText: '',
  measures: '',
  deadline: '',
  checker: '',
});

/**
 * The form as it opens: the plan as saved; or, for a plan not entered yet, received on paper
 * today with one measure per criterion flagged (one blank measure when only prestige was low).
 */
export function planFormValuesOf(view: RemediationView, today: string): PlanFormValues {
  if (view.plan)
    return {
      source: view.plan.source,
      submittedOn: dateText(view.plan.submittedOn),
      measures: view.plan.measures.map((measure) => ({
        id: measure.id,
        criterion: measure.criterionNumber === null ? otherCriterion : String(measure.criterionNumber),
        criterionText: measure.criterionNumber === null ? measure.criterionText : '',
        measures: measure.measures,
        deadline: dateText(measure.deadline),
        checker: measure.checker,
      })),
    };
  const flagged = view.flagged.map((criterion) => emptyMeasure(String(criterion.number)));
  return { source: 'paper', submittedOn: dateText(today), measures: flagged.length > 0 ? flagged : [emptyMeasure()] };
}

/** The plan as the core takes it, from values the form has checked (texts trimmed, dates as ISO days). */
export function planInputOf(contestId: string, values: PlanFormValues): PlanInput {
  return {
    contestId,
    source: values.source,
    submittedOn: isoDay(values.submittedOn),
    measures: values.measures.map((measure) => {
      const other = measure.criterion === otherCriterion;
      return {
        ...(measure.id ? { id: measure.id } : {}),
        criterionNumber: other ? null : Number(measure.criterion),
        criterionText: other ? measure.criterionText.trim() : '',
        measures: measure.measures.trim(),
        deadline: isoDay(measure.deadline),
        checker: measure.checker.trim(),
      };
    }),
  };
}
