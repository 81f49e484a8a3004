import type { PlanFields } from '../../shared/plans/planSchemas';
import { isoDay } from '../forms/dayMonthYear';

/** The plan's fields as typed in "Nhập kế hoạch", the dates dd/mm/yyyy. */
export interface PlanDraft {
  title: string;
  number: string;
  issuedOn: string;
  issuer: string;
  fromDate: string;
  toDate: string;
}

export const emptyPlanDraft: PlanDraft = { title: '', number: '', issuedOn: '', issuer: '', fromDate: '', toDate: '' };

/** The plan as the core takes it: the texts trimmed, the dates as ISO days. */
export function planFieldsOf(draft: PlanDraft): PlanFields {
  return {
    title: draft.title.trim(),
    number: draft.number.trim(),
    issuedOn: isoDay(draft.issuedOn),
    issuer: draft.issuer.trim(),
    fromDate: isoDay(draft.fromDate),
    toDate: isoDay(draft.toDate),
  };
}

/**
 * Whether the period ends no earlier than it starts, as the core requires; a date that does not
 * read yet is its own field's problem, not the period's.
 */
export function periodInOrder(fromText: string, toText: string): boolean {
  const from = isoDay(fromText);
  const to = isoDay(toText);
  return from === '' || to === '' || from <= to;
}
