import { useCallback } from 'react';
import { mostFlaggedChart, plansByStatusChart } from '../../shared/remediation/remediationCharts';
import type { RemediationDashboard } from '../../shared/remediation/remediationSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ResultChart } from '../results/ResultChart';
import { useSession } from '../session/SessionContext';
import { MostFlaggedTable } from './MostFlaggedTable';
import { overdueTasksHref } from './remediationRoutes';
import { YearsTable } from './YearsTable';

/**
 * For the Standing Committee, every year at once: plans by status per year, the plan tasks
 * overdue, and the criteria most often flagged; each chart with its numbers in a table beside it.
 */
export function DashboardView() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('remediation.dashboard', {}), [session]);
  const dashboard = useLoaded<RemediationDashboard | null>(load, null);
  const value = dashboard.value;
  return (
    <section aria-labelledby="remediation-dashboard-heading">
      <h3 id="remediation-dashboard-heading">{t('remediationDashboard.heading')}</h3>
      <ErrorNotice error={dashboard.error} />
      {value ? (
        <>
          <p data-overdue-tasks={value.overdueTasks}>
            {t('remediationDashboard.overdueTasks', { count: value.overdueTasks })}{' '}
            <a href={overdueTasksHref}>{t('remediationDashboard.toOverdue')}</a>
          </p>
          {value.years.length === 0 ? (
            <p>{t('remediationDashboard.noYears')}</p>
          ) : (
            <div className="chart-beside-table">
              <YearsTable years={value.years} />
              <ResultChart spec={plansByStatusChart(value)} />
            </div>
          )}
          <h4>{t('remediationDashboard.mostFlaggedHeading')}</h4>
          {value.mostFlagged.length === 0 ? (
            <p>{t('remediationDashboard.noneFlagged')}</p>
          ) : (
            <div className="chart-beside-table">
              <MostFlaggedTable years={value.years} mostFlagged={value.mostFlagged} />
              <ResultChart spec={mostFlaggedChart(value)} />
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
