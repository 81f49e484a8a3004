import { campaignStatusLabels, type Campaign } from '../../shared/campaigns/campaignSchemas';
import { fail, type Failure } from '../../shared/errors';

/** Setup may change only while the campaign is being prepared: the refusal otherwise. */
export function lockedCampaign(campaign: Campaign): Failure<'CAMPAIGN_LOCKED'> | null {
  return campaign.status === 'draft'
    ? null
    : fail('CAMPAIGN_LOCKED', { status: campaignStatusLabels[campaign.status] });
}
