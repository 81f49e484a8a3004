import type { CampaignRef } from '../../shared/remediation/remediationSchemas';
import { voteCampaignIds } from '../ratings';
import type { ReadableDB } from '../vault';
import { campaignsByYear, type FeedbackCampaign } from './matchStore';

/** The feedback campaigns on unit heads, oldest first: a rating vote's campaign is not one. */
export function feedbackCampaigns(db: ReadableDB): FeedbackCampaign[] {
  const votes = voteCampaignIds(db);
  return campaignsByYear(db).filter((campaign) => !votes.has(campaign.id));
}

export const campaignRef = ({ id, name, year }: FeedbackCampaign): CampaignRef => ({ id, name, year });

/**
 * Last year's campaign for this one: the one it was copied from, or else the latest feedback
 * campaign of an earlier year. Null for the first.
 */
export function previousCampaign(db: ReadableDB, campaignId: string): FeedbackCampaign | null {
  const campaigns = feedbackCampaigns(db);
  const current = campaigns.find((campaign) => campaign.id === campaignId);
  if (!current) return null;
  const copiedFrom = campaigns.find((campaign) => campaign.id === current.copiedFrom);
  if (copiedFrom && copiedFrom.year < current.year) return copiedFrom;
  return campaigns.filter((campaign) => campaign.year < current.year).at(-1) ?? null;
}
