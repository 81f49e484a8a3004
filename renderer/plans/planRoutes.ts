/** The places of the plans area: #/plans/list, a plan's page, and one task's occurrences opened on it. */
export const plansListHref = '#/plans/list';

export function planHref(planId: string, taskId?: string): string {
  return taskId ? `#/plans/list/${planId}/tasks/${taskId}` : `#/plans/list/${planId}`;
}
