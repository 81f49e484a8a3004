import { useCallback } from 'react';
import type { CampaignRef } from '../../shared/remediation/remediationSchemas';
import { useLoaded } from '../forms/useLoaded';
import { useSession } from '../session/SessionContext';

/**
 * The feedback campaigns to choose from (remediation.campaigns, newest first; a rating vote's is not one) and the one shown: the one named in
 * the address, or else the newest. Null while the list is loading or when there is none.
 */
export function useCampaignChoice(routeCampaignId: string | undefined) {
  const session = useSession();
  const load = useCallback(() => session.call('remediation.campaigns', {}), [session]);
  const campaigns = useLoaded<CampaignRef[] | null>(load, null);
  const campaignId = routeCampaignId ?? campaigns.value?.[0]?.id ?? null;
  return { campaigns: campaigns.value, error: campaigns.error, campaignId };
}
