import { useCallback, useState } from 'react';
import { contract, mayCall, type CallOutput } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { criteriaChart, prestigeChart } from '../../shared/results/chartConfigs';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { BallotSourcesTable } from './BallotSourcesTable';
import { CommentsSection } from './CommentsSection';
import { HistorySection } from './HistorySection';
import { ResultChart } from './ResultChart';
import { ResultVersions } from './ResultVersions';
import { SealPanel } from './SealPanel';
import { CorrectionsPanel } from '../corrections/CorrectionsPanel';
import { TallyTable } from './TallyTable';
import { UnanimityNotice } from './UnanimityNotice';

type TallyAnswer = CallOutput<'results.tally'>;

/** One contest: the tally (behind a warning when there are few ballots), charts, comments, history and the seal. */
export function ContestResultPage({
  campaignId,
  contestId,
  user,
}: {
  campaignId: string;
  contestId: string;
  user: SessionUser;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.tally', { contestId }), [session, contestId]);
  const answer = useLoaded<TallyAnswer | null>(load, null);
  const [showFew, setShowFew] = useState(false);
  const value = answer.value;
  const tally = value?.tally;
  const hidden = value?.privacy.fewBallots && !showFew;
  const prestige = tally ? prestigeChart(tally) : null;
  return (
    <>
      <p>
        <a href={`#/results/${campaignId}`}>{t('results.backToCampaign')}</a>
      </p>
      <ErrorNotice error={answer.error} />
      {value && tally ? (
        <>
          <h2>
            {tally.subjectName} — {tally.unitName}
          </h2>
          <p className="campaign-meta">
            {t('results.ballots')}: {t('results.issued')} {tally.ballots.issued}, {t('results.returned')}{' '}
            {tally.ballots.returned}, {t('results.valid')} {tally.ballots.valid}, {t('results.invalid')}{' '}
            {tally.ballots.invalid}
          </p>
          <BallotSourcesTable sources={value.sources} />
          {hidden ? (
            <div className="notice" role="note">
              <p>{t('results.fewWarning', { floor: value.privacy.scoreFloor })}</p>
              <button type="button" onClick={() => setShowFew(true)}>
                {t('results.showAnyway')}
              </button>
            </div>
          ) : (
            <>
              {value.privacy.fewBallots ? (
                <p className="notice" role="note">
                  {t('results.fewShown')}
                </p>
              ) : null}
              <UnanimityNotice privacy={value.privacy} />
              <TallyTable tally={tally} />
              <ResultChart spec={criteriaChart(tally)} />
              {prestige ? <ResultChart spec={prestige} /> : null}
              {mayCall(contract['results.comments'].access, user.role) ? (
                <CommentsSection contestId={contestId} />
              ) : null}
              {mayCall(contract['results.history'].access, user.role) ? <HistorySection contestId={contestId} /> : null}
            </>
          )}
          <ResultVersions key={`versions-${value.seal?.id ?? 'unsealed'}`} contestId={contestId} />
          <SealPanel
            key={`seal-${value.seal?.id ?? 'unsealed'}`}
            contestId={contestId}
            unitId={tally.unitId}
            user={user}
            onChanged={answer.reload}
          />
          {value.seal ? (
            <CorrectionsPanel
              contestId={contestId}
              campaignId={campaignId}
              unitId={tally.unitId}
              user={user}
              onChanged={answer.reload}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
