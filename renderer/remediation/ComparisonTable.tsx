import type { CriterionComparison } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsShare } from '../ratings/TargetsShare';

/** Per criterion: last year's and this year's share of Trung bình + Yếu kém, in last year's plan, and the change. */
export function ComparisonTable({ criteria }: { criteria: readonly CriterionComparison[] }) {
  const { t } = useLanguage();
  return (
    <DataTable
      className="remediation-comparison"
      caption={t('remediationCompare.caption')}
      labels={[
        t('remediationCompare.criterion'),
        t('remediationCompare.lastShare'),
        t('remediationCompare.thisShare'),
        t('remediationCompare.inPlan'),
        t('remediationCompare.change'),
      ]}
    >
      {criteria.map((row) => (
        <tr key={row.number} data-criterion={row.number} data-change={row.change ?? undefined}>
          <th scope="row">{t('remediationMeasures.numbered', { number: row.number, text: row.text })}</th>
          <td className="figure">
            <TargetsShare share={row.lastShare} />
          </td>
          <td className="figure">
            <TargetsShare share={row.thisShare} />
          </td>
          <td>{row.inPlan ? t('remediation.yes') : t('remediation.no')}</td>
          <td>{row.change ? t(`remediationCompare.change.${row.change}`) : '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
