import {
  remediationStatuses,
  remediationStatusLabels,
  type StatusCounts,
} from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/** How many plans stand at each status, one row a status. */
export function StatusCountsTable({ counts, caption }: { counts: StatusCounts; caption: string }) {
  const { t, pick } = useLanguage();
  return (
    <DataTable
      className="remediation-status-counts"
      caption={caption}
      labels={[t('remediationDistrict.statusColumn'), t('remediationDistrict.peopleColumn')]}
    >
      {remediationStatuses.map((status) => (
        <tr key={status} data-status={status}>
          <th scope="row">{pick(remediationStatusLabels[status])}</th>
          <td className="figure">{counts[status]}</td>
        </tr>
      ))}
    </DataTable>
  );
}
