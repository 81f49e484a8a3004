import type { RemediationDashboard } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/** The criteria most often flagged across the district, with how many people per year. */
export function MostFlaggedTable({
  years,
  mostFlagged,
}: {
  years: RemediationDashboard['years'];
  mostFlagged: RemediationDashboard['mostFlagged'];
}) {
  const { t } = useLanguage();
  return (
    <DataTable
      className="remediation-most-flagged"
      caption={t('remediationDashboard.mostFlaggedCaption')}
      labels={[t('remediationDashboard.criterion'), ...years.map((year) => String(year.campaign.year))]}
    >
      {mostFlagged.map((criterion) => (
        <tr key={criterion.text}>
          <th scope="row">{criterion.text}</th>
          {years.map((year, index) => (
            <td key={year.campaign.id} className="figure">
              {criterion.perYear[index] ?? 0}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
