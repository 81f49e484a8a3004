import { useCallback } from 'react';
import { campaignStatusLabels, type Campaign } from '../../shared/campaigns/campaignSchemas';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/contract/sessionCalls';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../screens/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { CampaignResultsPage } from './CampaignResultsPage';
import { ContestResultPage } from './ContestResultPage';
import { PackageImport } from './PackageImport';
import { SigningIdentitySection } from './SigningIdentitySection';

/**
 * #/results — campaigns, the head's signing identity and the district's package import;
 * #/results/<campaignId> — the campaign's aggregates; …/contest/<contestId> — one contest, its seal.
 */
export function ResultsArea({
  user,
  section,
  rest,
}: {
  user: SessionUser;
  section: string | null;
  rest: readonly string[];
}) {
  const { t } = useLanguage();
  let page;
  if (section && rest[0] === 'contest' && rest[1])
    page = <ContestResultPage key={rest[1]} campaignId={section} contestId={rest[1]} user={user} />;
  else if (section) page = <CampaignResultsPage key={section} campaignId={section} />;
  else
    page = (
      <>
        <CampaignChoice />
        {mayCall(contract['signing.identity'].access, user.role) ? <SigningIdentitySection /> : null}
        {mayCall(contract['package.inspect'].access, user.role) ? <PackageImport /> : null}
      </>
    );
  return (
    <section aria-labelledby="results-heading">
      <h1 id="results-heading">{t('results.heading')}</h1>
      {page}
    </section>
  );
}

function CampaignChoice() {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('campaigns.list', {}), [session]);
  const campaigns = useLoaded<Campaign[]>(load, []);
  const counted = campaigns.value.filter((campaign) => campaign.status !== 'draft');
  return (
    <section aria-labelledby="results-choice">
      <h2 id="results-choice">{t('results.chooseCampaign')}</h2>
      {campaigns.error ? <ErrorNotice error={campaigns.error} /> : null}
      {counted.length === 0 ? <p>{t('results.noCampaign')}</p> : null}
      <ul>
        {counted.map((campaign) => (
          <li key={campaign.id}>
            <a href={`#/results/${campaign.id}`}>{campaign.name}</a> — {pick(campaignStatusLabels[campaign.status])}
          </li>
        ))}
      </ul>
    </section>
  );
}
