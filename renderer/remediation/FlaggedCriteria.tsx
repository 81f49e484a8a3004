import type { RemediationView } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsShare } from '../ratings/TargetsShare';

/**
 * What the sealed result flagged, which the plan must answer: each criterion with its share of
 * Trung bình + Yếu kém, and low prestige when more than half the votes said so.
 */
export function FlaggedCriteria({ view }: { view: RemediationView }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="remediation-flagged-heading">
      <h3 id="remediation-flagged-heading">{t('remediationPlan.flaggedHeading')}</h3>
      {view.lowPrestige ? (
        <p className="notice broken" data-low-prestige>
          {t('remediationPlan.lowPrestige')}
        </p>
      ) : null}
      {view.flagged.length === 0 ? (
        <p>{t('remediationPlan.noneFlagged')}</p>
      ) : (
        <DataTable
          className="remediation-flagged"
          caption={t('remediationPlan.flaggedCaption')}
          labels={[t('remediationPlan.number'), t('remediationPlan.criterion'), t('remediationPlan.lowShare')]}
        >
          {view.flagged.map((criterion) => (
            <tr key={criterion.number} data-criterion={criterion.number}>
              <td className="figure">{criterion.number}</td>
              <th scope="row">{criterion.text}</th>
              <td className="figure">
                <TargetsShare share={criterion.lowShare} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
