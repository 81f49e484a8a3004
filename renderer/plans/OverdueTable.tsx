import type { CallOutput } from '../../shared/contract';
import { occurrenceStatusLabels } from '../../shared/plans/planSchemas';
import { DataTable } from '../forms/DataTable';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import { daysBetween } from './daysLate';
import { planHref } from './planRoutes';

type OverdueItem = CallOutput<'plans.overdue'>[number];

/**
 * The overdue occurrences in the core's order (the earliest due first): the plan, the task (the
 * way to its occurrences on the plan's page), who answers for it, the period, the due day, how
 * many days late on the day asked about, and where it stands.
 */
export function OverdueTable({ items, asOf }: { items: readonly OverdueItem[]; asOf: string }) {
  const { t, pick } = useLanguage();
  return (
    <DataTable
      className="overdue-list"
      caption={t('overdueList.caption', { date: dateText(asOf) })}
      labels={[
        t('overdueList.plan'),
        t('overdueList.task'),
        t('overdueList.leadBody'),
        t('overdueList.leader'),
        t('overdueList.label'),
        t('overdueList.due'),
        t('overdueList.late'),
        t('overdueList.status'),
      ]}
    >
      {items.map((item) => (
        <tr key={`${item.taskId}-${item.key}`} data-task={item.taskNumber ?? undefined} data-occurrence={item.key}>
          <td>
            <a href={planHref(item.planId)}>{item.planNumber || item.planTitle}</a>
          </td>
          <th scope="row">
            <a href={planHref(item.planId, item.taskId)}>
              {item.taskNumber ? `${item.taskNumber}. ${item.content}` : item.content}
            </a>
          </th>
          <td>{item.leadBody}</td>
          <td>{item.leader}</td>
          <td className="nowrap">{item.label}</td>
          <td className="nowrap">{dateText(item.due)}</td>
          <td className="figure">{t('overdueList.days', { days: daysBetween(item.due, asOf) })}</td>
          <td data-status={item.status}>{pick(occurrenceStatusLabels[item.status])}</td>
        </tr>
      ))}
    </DataTable>
  );
}
