import type { AreaSectionProps } from '../app/SectionedArea';
import { CampaignSection } from './CampaignSection';
import { MatchesView } from './MatchesView';

/**
 * #/plans/matches[/<campaignId>] — each person of a campaign found in last year's campaign: the
 * uncertain matches first, to confirm or reject, then those decided.
 */
export function MatchesSection({ user, rest }: AreaSectionProps) {
  return (
    <CampaignSection section="matches" heading="remediationMatches.heading" routeCampaignId={rest[0]}>
      {(campaignId) => <MatchesView key={campaignId} campaignId={campaignId} user={user} />}
    </CampaignSection>
  );
}
