import type { z } from '../../shared/schema/z';
import type { summaryRowSchema } from '../../shared/results/resultSchemas';
import { shareText } from '../../shared/results/shareText';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

type SummaryRow = z.infer<typeof summaryRowSchema>;

/** A table of groups (units, unit types, the district) with the figures every group has. */
export function SummaryTable({ caption, rows }: { caption: string; rows: readonly SummaryRow[] }) {
  const { t, language } = useLanguage();
  return (
    <DataTable
      caption={caption}
      labels={[
        t('results.group'),
        t('results.contests'),
        t('results.validBallots'),
        t('results.goodOrBetter'),
        t('results.lowShare'),
        t('results.flaggedCriteria'),
        t('results.prestigeLow'),
      ]}
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          <td>{row.contests}</td>
          <td>{row.validBallots}</td>
          <td>{shareText(row.goodOrBetter, language)}</td>
          <td>{shareText(row.lowShare, language)}</td>
          <td>{row.flaggedCriteria}</td>
          <td>{row.prestigeLowShare === null ? '—' : shareText(row.prestigeLowShare, language)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
