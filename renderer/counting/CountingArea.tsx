import { useCallback } from 'react';
import { campaignStatusLabels, type Campaign } from '../../shared/campaigns/campaignSchemas';
import type { SessionUser } from '../../shared/contract/sessionCalls';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../screens/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { CountingDesk } from './CountingDesk';
import { DifferencesScreen } from './DifferencesScreen';
import { EntryScreen } from './EntryScreen';

/**
 * #/counting — campaigns being counted; #/counting/<campaignId> — the desk;
 * #/counting/<campaignId>/key/<batchId> — keying; …/differences/<batchId> — the head settles.
 */
export function CountingArea({
  user,
  section,
  rest,
}: {
  user: SessionUser;
  section: string | null;
  rest: readonly string[];
}) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="counting-heading">
      <h1 id="counting-heading">{t('counting.heading')}</h1>
      {!section ? (
        <CampaignChoice />
      ) : rest[0] === 'key' && rest[1] ? (
        <EntryScreen key={rest[1]} campaignId={section} batchId={rest[1]} />
      ) : rest[0] === 'differences' && rest[1] ? (
        <DifferencesScreen key={rest[1]} campaignId={section} batchId={rest[1]} />
      ) : (
        <CountingDesk key={section} campaignId={section} user={user} />
      )}
    </section>
  );
}

function CampaignChoice() {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('campaigns.list', {}), [session]);
  const campaigns = useLoaded<Campaign[]>(load, []);
  const counting = campaigns.value.filter((campaign) => campaign.status === 'open' || campaign.status === 'counting');
  return (
    <section aria-labelledby="counting-choice">
      <h2 id="counting-choice">{t('counting.chooseCampaign')}</h2>
      {campaigns.error ? <ErrorNotice error={campaigns.error} /> : null}
      {counting.length === 0 ? <p>{t('counting.noCampaign')}</p> : null}
      <ul>
        {counting.map((campaign) => (
          <li key={campaign.id}>
            <a href={`#/counting/${campaign.id}`}>{campaign.name}</a> — {pick(campaignStatusLabels[campaign.status])}
          </li>
        ))}
      </ul>
    </section>
  );
}
