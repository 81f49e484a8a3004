import { useCallback } from 'react';
import type { ContestView } from '../../shared/campaigns/campaignSchemas';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { CampaignSectionProps } from './CampaignPage';
import { DataTable } from '../forms/DataTable';

export function ContestsSection({ campaign, editable, reload }: CampaignSectionProps) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(
    () => session.call('campaigns.contests', { campaignId: campaign.id }),
    [session, campaign.id],
  );
  const contests = useLoaded<ContestView[]>(load, []);
  const generating = useSubmission();

  const generate = async () => {
    const result = await generating.submit(() =>
      session.call('campaigns.generateContests', { campaignId: campaign.id }),
    );
    if (result.ok) {
      contests.reload();
      reload();
    }
  };

  return (
    <section aria-labelledby="contests-heading">
      <h3 id="contests-heading">{t('contests.heading')}</h3>
      <p>{t('contests.explain')}</p>
      {editable ? (
        <button type="button" onClick={() => void generate()} disabled={generating.pending}>
          {t('contests.generate')}
        </button>
      ) : null}
      <ErrorNotice error={generating.error} />
      <ErrorNotice error={contests.error} />
      {contests.value.length === 0 ? (
        <p>{t('contests.none')}</p>
      ) : (
        <>
          <p role="status">{t('contests.count', { count: contests.value.length })}</p>
          <DataTable labels={[t('units.unit'), t('units.person'), t('units.positions'), t('campaigns.template')]}>
            {contests.value.map((contest) => (
              <tr key={contest.id}>
                <td>{contest.unitName}</td>
                <td>{contest.subjectName}</td>
                <td>{contest.positions.join('; ')}</td>
                <td>
                  <a href={`#/campaigns/templates/${contest.templateVersionId}`}>
                    {contest.templateName} — {t('templates.version', { version: contest.templateVersion })}
                  </a>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
