import { useCallback } from 'react';
import { digestGroups } from '../../shared/results/digestGroups';
import { shareText } from '../../shared/results/shareText';
import type { ReceivedCampaign } from '../../shared/results/receivedResults';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { CampaignResultsView } from './CampaignResultsPage';

const receivedHref = (campaignId: string) => `#/results/received/${campaignId}`;

/** The campaigns the district knows from the sealed results it accepted. */
export function ReceivedCampaignList() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.receivedCampaigns', {}), [session]);
  const campaigns = useLoaded(load, []);
  return (
    <section aria-labelledby="received-campaigns">
      <h2 id="received-campaigns">{t('receivedResults.heading')}</h2>
      <ErrorNotice error={campaigns.error} />
      {campaigns.value.length === 0 ? (
        <p>{t('receivedResults.none')}</p>
      ) : (
        <ul>
          {campaigns.value.map((campaign) => (
            <li key={campaign.campaignId}>
              <a href={receivedHref(campaign.campaignId)}>{campaign.campaignName}</a>{' '}
              <span className="note">
                {t('received.counts', { year: campaign.year, units: campaign.units, contests: campaign.contests })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A received campaign, read-only: where each result came from, then the same aggregates as a campaign counted here. */
export function ReceivedCampaignPage({ campaignId }: { campaignId: string }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.receivedCampaign', { campaignId }), [session, campaignId]);
  const received = useLoaded<ReceivedCampaign | null>(load, null);
  const value = received.value;
  return (
    <>
      <p>
        <a href="#/results">{t('results.back')}</a>
      </p>
      <ErrorNotice error={received.error} />
      {value ? (
        <>
          <p className="notice" role="note">
            {t('received.readOnly')}
          </p>
          <section aria-labelledby="received-sources">
            <h3 id="received-sources">{t('received.sources')}</h3>
            <DataTable
              labels={[
                t('results.subject'),
                t('results.unit'),
                t('received.version'),
                t('received.signer'),
                t('results.digest'),
                t('received.acceptedAt'),
                t('received.otherYears'),
              ]}
            >
              {value.sources.map((source) => (
                <tr key={source.contestId} data-contest={source.contestId}>
                  <th scope="row">{source.subjectName}</th>
                  <td>{source.unitName}</td>
                  <td>
                    {source.sequence === 1
                      ? t('received.seal')
                      : t('received.amendment', { number: source.sequence - 1 })}
                    {source.replaced.map((earlier) => (
                      <div key={earlier.digest} className="note">
                        {t('received.replaces', { digest: digestGroups(earlier.digest).slice(0, 2).join(' ') })}
                      </div>
                    ))}
                  </td>
                  <td>{source.signer}</td>
                  <td>
                    <code>{digestGroups(source.digest).slice(0, 4).join(' ')} …</code>
                  </td>
                  <td>{new Date(source.acceptedAt).toLocaleString('vi-VN')}</td>
                  <td>
                    {source.otherYears.length === 0
                      ? '—'
                      : source.otherYears.map((other) => (
                          <div key={`${other.year}-${other.campaignName}`}>
                            {other.year}:{' '}
                            {other.goodOrBetter === null
                              ? t('results.hiddenFew')
                              : `${shareText(other.goodOrBetter, language)} %`}
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>
          <CampaignResultsView
            value={value.results}
            contestHref={null}
            exportsOf={null}
            summary={{ kind: 'receivedSummary', campaignId }}
          />
        </>
      ) : null}
    </>
  );
}
