import type { z } from '../../shared/schema/z';
import type { summaryRowSchema } from '../../shared/results/resultSchemas';
import { scoreFloor } from '../../shared/results/privacyFloors';
import { shareText } from '../../shared/results/shareText';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

type SummaryRow = z.infer<typeof summaryRowSchema>;

/** A table of groups (units, unit types, the district); (*) marks a group that leaves contests under the floor out. */
export function SummaryTable({ caption, rows }: { caption: string; rows: readonly SummaryRow[] }) {
  const { t, language } = useLanguage();
  const share = (value: number | null) => (value === null ? '—' : shareText(value, language));
  return (
    <>
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
            <th scope="row">
              {row.label}
              {row.suppressed > 0 ? ' (*)' : ''}
            </th>
            <td>{row.contests}</td>
            <td>{row.validBallots}</td>
            <td>{share(row.goodOrBetter)}</td>
            <td>{share(row.lowShare)}</td>
            <td>{row.flaggedCriteria ?? '—'}</td>
            <td>{share(row.prestigeLowShare)}</td>
          </tr>
        ))}
      </DataTable>
      {rows.some((row) => row.suppressed > 0) ? (
        <p className="notice" role="note">
          {t('results.suppressedNote', { floor: scoreFloor })}
        </p>
      ) : null}
    </>
  );
}
