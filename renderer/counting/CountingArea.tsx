import type { AreaProps } from '../app/areas';
import { CampaignChoice } from '../campaigns/CampaignChoice';
import { useLanguage } from '../i18n/LanguageContext';
import { CountingDesk } from './CountingDesk';
import { DifferencesScreen } from './DifferencesScreen';
import { EntryScreen } from './EntryScreen';

/**
 * #/counting — campaigns being counted; #/counting/<campaignId> — the desk;
 * #/counting/<campaignId>/key/<batchId> — keying; …/differences/<batchId> — the head settles.
 */
export function CountingArea({ user, section, rest }: AreaProps) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="counting-heading">
      <h1 id="counting-heading">{t('counting.heading')}</h1>
      {!section ? (
        <CampaignChoice
          area="counting"
          statuses={['open', 'counting']}
          heading="counting.chooseCampaign"
          empty="counting.noCampaign"
        />
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
