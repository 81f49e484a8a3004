import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallOutput } from '../../shared/contract';
import { dateText } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { PlanFilters } from './PlanFilters';
import { PlanPrint } from './PlanPrint';
import { plansListHref } from './planRoutes';
import { PlanTasksTable } from './PlanTasksTable';
import { filterPlanTasks, noTaskFilter, planYears, type PlanTaskFilter } from './planTaskFilter';

/**
 * #/plans/list/<planId>[/tasks/<taskId>] — one plan: what it is, how far it is, its tasks in the
 * appendix's order (filtered), and the chosen task's occurrences opened under its row, where each
 * one's status is recorded.
 */
export function PlanPage({ planId, taskId }: { planId: string; taskId: string | null }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('plans.get', { planId }), [session, planId]);
  const detail = useLoaded<CallOutput<'plans.get'> | null>(load, null);
  const [filter, setFilter] = useState<PlanTaskFilter>(noTaskFilter);
  const tasks = detail.value?.tasks;
  const shown = useMemo(() => (tasks ? filterPlanTasks(tasks, filter) : []), [tasks, filter]);

  // Opened from a link or just imported, the plan's page starts at its heading; opened on a task, at the task.
  const heading = useRef<HTMLHeadingElement>(null);
  const openedOnTask = useRef(taskId !== null);
  const loaded = detail.value !== null;
  useEffect(() => {
    if (loaded && !openedOnTask.current) heading.current?.focus();
  }, [loaded]);

  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.value) return <p role="status">{t('overview.loading')}</p>;
  const { plan } = detail.value;
  const issued = [
    plan.number ? t('plan.number', { number: plan.number }) : '',
    t('plan.issued', { date: dateText(plan.issuedOn) }),
    plan.issuer,
  ].filter(Boolean);

  return (
    <article className="plan-page" aria-labelledby="plan-heading">
      <p>
        <a href={plansListHref}>← {t('plan.back')}</a>
      </p>
      <h2 id="plan-heading" ref={heading} tabIndex={-1}>
        {plan.title}
      </h2>
      <p className="campaign-meta">{issued.join(' · ')}</p>
      <p className="campaign-meta">{t('plan.period', { from: dateText(plan.fromDate), to: dateText(plan.toDate) })}</p>
      <p className="plan-progress">{t('plan.progress', plan)}</p>
      <PlanPrint planId={plan.id} />
      <PlanFilters
        filter={filter}
        years={planYears(plan, detail.value.tasks)}
        thisYear={new Date().getFullYear()}
        onChange={setFilter}
      />
      <p role="status" className="table-count">
        {t('plan.shown', { shown: shown.length, total: detail.value.tasks.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('plan.noMatch')}</p>
      ) : (
        <PlanTasksTable planId={plan.id} shown={shown} chosenTaskId={taskId} />
      )}
    </article>
  );
}
