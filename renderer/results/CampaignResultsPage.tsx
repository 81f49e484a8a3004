import { useCallback } from 'react';
import type { CampaignResults } from '../../shared/results/resultSchemas';
import { districtOverviewChart } from '../../shared/results/chartConfigs';
import { scoreFloor } from '../../shared/results/privacyFloors';
import { shareText } from '../../shared/results/shareText';
import { DataTable } from '../forms/DataTable';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { Printable } from '../../shared/print/printables';
import { ExportButtons } from './ExportButtons';
import { ReceivedAlsoNotice } from './ReceivedAlsoNotice';
import { ResultChart } from './ResultChart';
import { SummaryTable } from './SummaryTable';

/** A campaign's results: per contest, per unit, per unit type and district-wide, with exports and prints. */
export function CampaignResultsPage({ campaignId }: { campaignId: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.campaign', { campaignId }), [session, campaignId]);
  const results = useLoaded<CampaignResults | null>(load, null);
  return (
    <>
      <p>
        <a href="#/results">{t('results.back')}</a>
      </p>
      <ErrorNotice error={results.error} />
      <ReceivedAlsoNotice campaignId={campaignId} />
      {results.value ? (
        <CampaignResultsView
          value={results.value}
          contestHref={(contestId) => `#/results/${campaignId}/contest/${contestId}`}
          exportsOf={campaignId}
          summary={{ kind: 'districtSummary', campaignId }}
        />
      ) : null}
    </>
  );
}

/**
 * The tables, lists, chart and prints of a campaign's aggregates, whether counted here or
 * received from units: a contest links to its page where there is one, exports where the
 * campaign is this vault's own.
 */
export function CampaignResultsView({
  value,
  contestHref,
  exportsOf,
  summary,
}: {
  value: CampaignResults;
  contestHref: ((contestId: string) => string) | null;
  exportsOf: string | null;
  summary: Printable;
}) {
  const { t, language } = useLanguage();
  return (
    <>
      <h2>{value.campaignName}</h2>
      {value.contests.length === 0 ? <p role="status">{t('results.noneClosed')}</p> : null}
      <section aria-labelledby="results-contests">
        <h3 id="results-contests">{t('results.byContest')}</h3>
        <DataTable
          labels={[
            t('results.subject'),
            t('results.unit'),
            t('results.validBallots'),
            t('results.goodOrBetter'),
            t('results.lowShare'),
            t('results.flaggedCriteria'),
            t('results.prestigeLow'),
            t('results.sealed'),
          ]}
        >
          {value.contests.map((row) => (
            <tr key={row.contestId}>
              <th scope="row">
                {contestHref ? <a href={contestHref(row.contestId)}>{row.subjectName}</a> : row.subjectName}
              </th>
              <td>{row.unitName}</td>
              <td>{row.validBallots}</td>
              <td>{row.goodOrBetter === null ? t('results.hiddenFew') : shareText(row.goodOrBetter, language)}</td>
              <td>{row.lowShare === null ? t('results.hiddenFew') : shareText(row.lowShare, language)}</td>
              <td>{row.flaggedCriteria ?? '—'}</td>
              <td>{row.prestigeLowShare === null ? '—' : shareText(row.prestigeLowShare, language)}</td>
              <td>
                {row.sealed ? t('results.yes') : t('results.no')}
                {row.sequence !== null && row.sequence > 1 ? (
                  <span className="note" data-earlier-versions={row.earlier.length}>
                    {' '}
                    {t('corrections.title', { number: row.sequence - 1 })}
                    {row.earlier.map((earlier) => (
                      <span key={earlier.sequence}>
                        {'; '}
                        {t('corrections.earlierVersion', {
                          sequence: earlier.sequence,
                          share:
                            earlier.goodOrBetter === null
                              ? t('results.hiddenFew')
                              : `${shareText(earlier.goodOrBetter, language)} ${t('results.goodOrBetter')}`,
                        })}
                      </span>
                    ))}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
        {exportsOf ? <ExportButtons campaignId={exportsOf} view="contests" label={t('results.byContest')} /> : null}
        {exportsOf ? <ExportButtons campaignId={exportsOf} view="criteria" label={t('results.criteriaAll')} /> : null}
        {exportsOf ? <ExportButtons campaignId={exportsOf} view="prestige" label={t('results.prestigeAll')} /> : null}
      </section>
      {value.contests.length > 0 ? (
        <>
          <section aria-labelledby="results-groups">
            <h3 id="results-groups">{t('results.groups')}</h3>
            <SummaryTable caption={t('results.byUnit')} rows={value.byUnit} />
            {exportsOf ? <ExportButtons campaignId={exportsOf} view="byUnit" label={t('results.byUnit')} /> : null}
            <SummaryTable caption={t('results.byUnitType')} rows={[...value.byUnitType, value.district]} />
            {exportsOf ? (
              <ExportButtons campaignId={exportsOf} view="byUnitType" label={t('results.byUnitType')} />
            ) : null}
            <ResultChart spec={districtOverviewChart(value)} />
          </section>
          <section aria-labelledby="results-criteria">
            <h3 id="results-criteria">{t('results.topBottom')}</h3>
            <div className="two-lists">
              <ol aria-label={t('results.top')}>
                {value.topCriteria.map((row) => (
                  <li key={row.text}>
                    {row.text} — {shareText(row.goodOrBetter, language)} %
                  </li>
                ))}
              </ol>
              <ol aria-label={t('results.bottom')}>
                {value.bottomCriteria.map((row) => (
                  <li key={row.text}>
                    {row.text} — {shareText(row.lowShare, language)} %
                  </li>
                ))}
              </ol>
            </div>
          </section>
          <section aria-labelledby="results-ranking">
            <h3 id="results-ranking">{t('results.ranking')}</h3>
            <DataTable labels={[t('results.rank'), t('results.subject'), t('results.goodOrBetter')]}>
              {value.ranking.map((row) => (
                <tr key={row.contestId}>
                  <td>{row.rank}</td>
                  <th scope="row">{row.label}</th>
                  <td>{shareText(row.goodOrBetter, language)}</td>
                </tr>
              ))}
            </DataTable>
            {value.ranking.length < value.contests.length ? (
              <p className="notice" role="note">
                {t('results.unranked', {
                  count: value.contests.length - value.ranking.length,
                  floor: scoreFloor,
                })}
              </p>
            ) : null}
            {exportsOf ? <ExportButtons campaignId={exportsOf} view="ranking" label={t('results.ranking')} /> : null}
          </section>
          <section aria-labelledby="results-everything">
            <h3 id="results-everything">{t('results.everything')}</h3>
            {exportsOf ? <ExportButtons campaignId={exportsOf} view="all" label={t('results.everything')} /> : null}
            <PrintPanel document={summary} label={t('results.print.district')} />
          </section>
        </>
      ) : null}
    </>
  );
}
