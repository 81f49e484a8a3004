import { useCallback } from 'react';
import { campaignStatusLabels, type Campaign, type CampaignStatus } from '../../shared/campaigns/campaignSchemas';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

/** The first page of an area that works on one campaign: the campaigns it applies to, as links. */
export function CampaignChoice({
  area,
  statuses,
  heading,
  empty,
}: {
  /** The links go to #/<area>/<campaign id>. */
  area: string;
  statuses: readonly CampaignStatus[];
  heading: MessageKey;
  empty: MessageKey;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('campaigns.list', {}), [session]);
  const campaigns = useLoaded<Campaign[]>(load, []);
  const shown = campaigns.value.filter((campaign) => statuses.includes(campaign.status));
  const headingId = `${area}-choice`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(heading)}</h2>
      <ErrorNotice error={campaigns.error} />
      {shown.length === 0 ? <p>{t(empty)}</p> : null}
      <ul>
        {shown.map((campaign) => (
          <li key={campaign.id}>
            <a href={`#/${area}/${campaign.id}`}>{campaign.name}</a> — {pick(campaignStatusLabels[campaign.status])}
          </li>
        ))}
      </ul>
    </section>
  );
}
