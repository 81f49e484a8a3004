import type { AreaSectionProps } from '../app/SectionedArea';
import { CampaignSection } from './CampaignSection';
import { PeopleList } from './PeopleList';
import { RemediationPlanPage } from './RemediationPlanPage';

/**
 * #/plans/remediation[/<campaignId>] — after the sealed results (issue 18): a campaign's people
 * and where their remediation plans stand; #/plans/remediation/<campaignId>/<contestId> — one
 * person's plan, its follow-up and the comparison with last year.
 */
export function RemediationSection({ user, rest }: AreaSectionProps) {
  const [campaignId, contestId] = rest;
  if (campaignId && contestId)
    return <RemediationPlanPage key={contestId} campaignId={campaignId} contestId={contestId} user={user} />;
  return (
    <CampaignSection section="remediation" heading="remediationList.heading" routeCampaignId={campaignId}>
      {(chosen) => <PeopleList key={chosen} campaignId={chosen} />}
    </CampaignSection>
  );
}
