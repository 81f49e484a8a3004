import { contract, mayCall } from '../../shared/contract';
import { PlanImport } from './PlanImport';
import { PlanList } from './PlanList';
import { PlanPage } from './PlanPage';
import type { PlanSectionProps } from './planSections';

/**
 * #/plans/list — the plans and (the administrator) a new one imported with its appendix;
 * #/plans/list/<planId>[/tasks/<taskId>] — one plan's page, a task's occurrences opened on it.
 */
export function PlansSection({ user, rest }: PlanSectionProps) {
  const [planId, part, taskId] = rest;
  if (planId) return <PlanPage key={planId} planId={planId} taskId={part === 'tasks' ? (taskId ?? null) : null} />;
  return (
    <>
      <PlanList />
      {mayCall(contract['plans.create'].access, user.role) ? <PlanImport /> : null}
    </>
  );
}
