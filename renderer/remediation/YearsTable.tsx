import { remediationStatuses, remediationStatusLabels } from '../../shared/remediation/remediationSchemas';
import type { RemediationDashboard } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/** One row a year: its campaign, results sealed, people needing a plan, and plans by status. */
export function YearsTable({ years }: { years: RemediationDashboard['years'] }) {
  const { t, pick } = useLanguage();
  return (
    <DataTable
      className="remediation-years"
      caption={t('remediationDashboard.yearsCaption')}
      labels={[
        t('remediationDashboard.year'),
        t('remediationDashboard.sealed'),
        t('remediationDashboard.needingPlans'),
        ...remediationStatuses.map((status) => pick(remediationStatusLabels[status])),
      ]}
    >
      {years.map((year) => (
        <tr key={year.campaign.id} data-year={year.campaign.year}>
          <th scope="row">
            {year.campaign.year} <span className="note">{year.campaign.name}</span>
          </th>
          <td className="figure">{year.sealed}</td>
          <td className="figure">{year.needingPlans}</td>
          {remediationStatuses.map((status) => (
            <td key={status} className="figure" data-status={status}>
              {year.byStatus[status]}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
