import { campaignStatusLabels, type Campaign } from '../../shared/campaigns/campaignSchemas';
import { AppError } from '../../shared/errors';

/** Setup may change only while the campaign is being prepared. */
export function requireDraft(campaign: Campaign): void {
  if (campaign.status !== 'draft')
    throw new AppError('CAMPAIGN_LOCKED', { status: campaignStatusLabels[campaign.status] });
}
