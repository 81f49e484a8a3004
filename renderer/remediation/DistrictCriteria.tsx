import type { RemediationDistrict } from '../../shared/remediation/remediationSchemas';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * Per criterion (by its wording, across forms): how many people it was flagged for this year and
 * last, and among those matched to last year how many had it in their plan, improved, worsened.
 */
export function DistrictCriteria({ criteria }: { criteria: RemediationDistrict['criteria'] }) {
  const { t } = useLanguage();
  if (criteria.length === 0) return <p>{t('remediationDistrict.noCriteria')}</p>;
  return (
    <DataTable
      className="remediation-district-criteria"
      caption={t('remediationDistrict.criteriaCaption')}
      labels={[
        t('remediationDistrict.criterion'),
        t('remediationDistrict.flaggedThisYear'),
        t('remediationDistrict.flaggedLastYear'),
        t('remediationDistrict.inPlans'),
        t('remediationDistrict.improved'),
        t('remediationDistrict.worsened'),
      ]}
    >
      {criteria.map((criterion) => (
        <tr key={criterion.text}>
          <th scope="row">{criterion.text}</th>
          <td className="figure">{criterion.flaggedThisYear}</td>
          <td className="figure">{criterion.flaggedLastYear}</td>
          <td className="figure">{criterion.inPlans}</td>
          <td className="figure">{criterion.improved}</td>
          <td className="figure">{criterion.worsened}</td>
        </tr>
      ))}
    </DataTable>
  );
}
