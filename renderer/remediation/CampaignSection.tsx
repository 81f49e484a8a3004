import type { ReactNode } from 'react';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { CampaignSelect } from './CampaignSelect';
import type { RemediationSectionId } from './remediationRoutes';
import { useCampaignChoice } from './useCampaignChoice';

/**
 * A section that shows one campaign at a time: its heading, the campaign drop-down (the newest
 * unless the address names another) and what it shows of the chosen campaign.
 */
export function CampaignSection({
  section,
  heading,
  routeCampaignId,
  children,
}: {
  section: RemediationSectionId;
  heading: MessageKey;
  routeCampaignId: string | undefined;
  children: (campaignId: string) => ReactNode;
}) {
  const { t } = useLanguage();
  const { campaigns, error, campaignId } = useCampaignChoice(routeCampaignId);
  const headingId = `${section}-heading`;
  let body: ReactNode;
  if (campaigns === null) body = error ? null : <p role="status">{t('overview.loading')}</p>;
  else if (campaignId === null) body = <p>{t('remediation.noCampaign')}</p>;
  else
    body = (
      <>
        <CampaignSelect section={section} campaigns={campaigns} campaignId={campaignId} />
        {children(campaignId)}
      </>
    );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(heading)}</h2>
      <ErrorNotice error={error} />
      {body}
    </section>
  );
}
