import { useCallback } from 'react';
import type { z } from '../../shared/schema/z';
import type { receivedCampaignSummarySchema } from '../../shared/results/receivedResults';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * A campaign counted here may also have sealed results received from units. The two are kept
 * apart — a tally made here and a result signed elsewhere are different evidence, and adding
 * them could count a unit twice — so the page of one says where the other is.
 */
export function ReceivedAlsoNotice({ campaignId }: { campaignId: string }) {
  const { t } = useLanguage();
  const session = useSession();
  // Whoever reads a campaign's results (results.campaign) may read what was received: the same roles.
  const load = useCallback(() => session.call('results.receivedCampaigns', {}), [session]);
  const received = useLoaded<Array<z.infer<typeof receivedCampaignSummarySchema>>>(load, []).value.find(
    (campaign) => campaign.campaignId === campaignId,
  );
  if (!received) return null;
  return (
    <p className="notice" data-testid="received-also">
      {t('results.receivedAlso', { units: received.units, contests: received.contests })}{' '}
      <a href={`#/results/received/${campaignId}`}>{t('results.receivedAlsoLink')}</a>
    </p>
  );
}
