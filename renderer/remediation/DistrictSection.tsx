import type { AreaSectionProps } from '../app/SectionedArea';
import { CampaignSection } from './CampaignSection';
import { DashboardView } from './DashboardView';
import { DistrictView } from './DistrictView';

/**
 * #/plans/district[/<campaignId>] — a campaign across the district beside the year before (plans
 * by status, overdue measures, matches to review, criteria flagged, improved, worsened), then
 * every year at once for the Standing Committee.
 */
export function DistrictSection({ rest }: AreaSectionProps) {
  return (
    <CampaignSection section="district" heading="remediationDistrict.heading" routeCampaignId={rest[0]}>
      {(campaignId) => (
        <>
          <DistrictView key={campaignId} campaignId={campaignId} />
          <DashboardView />
        </>
      )}
    </CampaignSection>
  );
}
