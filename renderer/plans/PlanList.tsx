import { useCallback } from 'react';
import type { PlanSummary } from '../../shared/plans/planSchemas';
import { DataTable } from '../forms/DataTable';
import { dateText } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { planHref } from './planRoutes';

/** Every plan, newest first: its title (the way to its page), number, issue, period and how far its tasks are. */
export function PlanList() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('plans.list', {}), [session]);
  const plans = useLoaded<PlanSummary[]>(load, []);
  return (
    <section aria-labelledby="plan-list-heading">
      <h2 id="plan-list-heading">{t('planList.heading')}</h2>
      <ErrorNotice error={plans.error} />
      {plans.value.length === 0 ? (
        <p>{t('planList.none')}</p>
      ) : (
        <DataTable
          className="plan-list"
          labels={[
            t('planList.title'),
            t('planList.number'),
            t('planList.issuedOn'),
            t('planList.issuer'),
            t('planList.period'),
            t('planList.tasks'),
            t('planList.done'),
            t('planList.overdue'),
          ]}
        >
          {plans.value.map((plan) => (
            <tr key={plan.id} data-plan={plan.number}>
              <th scope="row">
                <a href={planHref(plan.id)}>{plan.title}</a>
              </th>
              <td>{plan.number}</td>
              <td>{dateText(plan.issuedOn)}</td>
              <td>{plan.issuer}</td>
              <td className="nowrap">
                {t('planList.periodText', { from: dateText(plan.fromDate), to: dateText(plan.toDate) })}
              </td>
              <td className="figure">{plan.tasks}</td>
              <td className="figure">{t('planList.doneOf', plan)}</td>
              <td className="figure">{plan.overdue}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
