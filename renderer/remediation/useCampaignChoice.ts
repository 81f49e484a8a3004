import { useCallback } from 'react';
import type { Campaign } from '../../shared/campaigns/campaignSchemas';
import { useLoaded } from '../forms/useLoaded';
import { useSession } from '../session/SessionContext';

/**
 * The campaigns to choose from (campaigns.list, newest first) and the one shown: the one named in
 * the address, or else the newest. Null while the list is loading or when there is none.
 */
export function useCampaignChoice(routeCampaignId: string | undefined) {
  const session = useSession();
  const load = useCallback(() => session.call('campaigns.list', {}), [session]);
  const campaigns = useLoaded<Campaign[] | null>(load, null);
  const campaignId = routeCampaignId ?? campaigns.value?.[0]?.id ?? null;
  return { campaigns: campaigns.value, error: campaigns.error, campaignId };
}
