import { useCallback } from 'react';
import type { RemediationDistrict } from '../../shared/remediation/remediationSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { PrintPanel } from '../print/PrintPanel';
import { InfoRow } from '../forms/InfoRow';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { DistrictCriteria } from './DistrictCriteria';
import { sectionHref } from './remediationRoutes';
import { StatusCountsTable } from './StatusCountsTable';

/** One campaign across the district: the counts, the plans by status and the criteria flagged this year and last. */
export function DistrictView({ campaignId }: { campaignId: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('remediation.district', { campaignId }), [session, campaignId]);
  const district = useLoaded<RemediationDistrict | null>(load, null);
  if (district.error) return <ErrorNotice error={district.error} />;
  if (!district.value) return <p role="status">{t('overview.loading')}</p>;
  const value = district.value;
  return (
    <>
      <p>
        {value.previousCampaign
          ? t('remediationDistrict.previous', { campaign: value.previousCampaign.name })
          : t('remediationDistrict.noPrevious')}
      </p>
      <dl className="info-list remediation-counts">
        <InfoRow label={t('remediationDistrict.sealed')}>{value.sealed}</InfoRow>
        <InfoRow label={t('remediationDistrict.needingPlans')}>{value.needingPlans}</InfoRow>
        <InfoRow label={t('remediationDistrict.overdueMeasures')}>{value.overdueMeasures}</InfoRow>
        <InfoRow label={t('remediationDistrict.pendingMatches')}>
          {value.pendingMatches}
          {value.pendingMatches > 0 ? (
            <>
              {' · '}
              <a href={sectionHref('matches', campaignId)}>{t('remediationDistrict.toMatches')}</a>
            </>
          ) : null}
        </InfoRow>
      </dl>
      <StatusCountsTable counts={value.byStatus} caption={t('remediationDistrict.byStatusCaption')} />
      <DistrictCriteria criteria={value.criteria} />
      <PrintPanel document={{ kind: 'remediationReport', campaignId }} label={t('remediationDistrict.print')} />
    </>
  );
}
