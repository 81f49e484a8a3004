import { contract, mayCall } from '../../shared/contract';
import type { AreaProps } from '../app/areas';
import { CampaignChoice } from '../campaigns/CampaignChoice';
import { useLanguage } from '../i18n/LanguageContext';
import { CampaignResultsPage } from './CampaignResultsPage';
import { ContestResultPage } from './ContestResultPage';
import { DistrictReceiving } from './DistrictReceiving';
import { ReceivedCampaignList, ReceivedCampaignPage } from './ReceivedResults';
import { SigningIdentitySection } from '../signing/SigningIdentitySection';

/**
 * #/results — campaigns, the head's signing identity and the district's package import;
 * #/results/<campaignId> — the campaign's aggregates; …/contest/<contestId> — one contest, its seal;
 * #/results/received/<campaignId> — a campaign known from the sealed results the district received.
 */
export function ResultsArea({ user, section, rest }: AreaProps) {
  const { t } = useLanguage();
  let page;
  if (section === 'received' && rest[0]) page = <ReceivedCampaignPage key={rest[0]} campaignId={rest[0]} />;
  else if (section && rest[0] === 'contest' && rest[1])
    page = <ContestResultPage key={rest[1]} campaignId={section} contestId={rest[1]} user={user} />;
  else if (section) page = <CampaignResultsPage key={section} campaignId={section} />;
  else
    page = (
      <>
        <CampaignChoice
          area="results"
          statuses={['open', 'counting', 'closed']}
          heading="results.chooseCampaign"
          empty="results.noCampaign"
        />
        {mayCall(contract['signing.identity'].access, user.role) ? <SigningIdentitySection /> : null}
        {mayCall(contract['results.inspectPackage'].access, user.role) ? <DistrictReceiving /> : null}
        {mayCall(contract['results.receivedCampaigns'].access, user.role) ? <ReceivedCampaignList /> : null}
      </>
    );
  return (
    <section aria-labelledby="results-heading">
      <h1 id="results-heading">{t('results.heading')}</h1>
      {page}
    </section>
  );
}
