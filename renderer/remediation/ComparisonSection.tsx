import { useCallback } from 'react';
import type { Comparison } from '../../shared/remediation/remediationSchemas';
import { remediationStatusLabels } from '../../shared/remediation/remediationSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { ComparisonTable } from './ComparisonTable';
import { sectionHref } from './remediationRoutes';

/**
 * The person's criteria this year beside last year's: whom last year they were matched to (or
 * that the match waits for review, with the way there), and per criterion both shares, whether it
 * was in last year's plan and whether it improved.
 */
export function ComparisonSection({ campaignId, contestId }: { campaignId: string; contestId: string }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('remediation.comparison', { contestId }), [session, contestId]);
  const comparison = useLoaded<Comparison | null>(load, null);
  const value = comparison.value;
  let matchedTo = null;
  if (value?.previous)
    matchedTo = (
      <p data-matched>
        {t('remediationCompare.matchedTo', {
          name: value.previous.subjectName,
          unit: value.previous.unitName,
          campaign: value.previous.campaign.name,
          kind: t(`remediationMatches.kind.${value.match.kind}`),
          decision: t(`remediationMatches.decision.${value.match.decision}`),
          status: pick(remediationStatusLabels[value.previous.planStatus]),
        })}
      </p>
    );
  else if (value?.match.decision === 'pending')
    matchedTo = (
      <p className="notice broken">
        {t('remediationCompare.pending', { kind: t(`remediationMatches.kind.${value.match.kind}`) })}{' '}
        <a href={sectionHref('matches', campaignId)}>{t('remediationCompare.toMatches')}</a>
      </p>
    );
  else if (value) matchedTo = <p>{t('remediationCompare.noPrevious')}</p>;
  return (
    <section aria-labelledby="remediation-compare-heading">
      <h3 id="remediation-compare-heading">{t('remediationCompare.heading')}</h3>
      <ErrorNotice error={comparison.error} />
      {value ? (
        <>
          {matchedTo}
          {/* Without last year's result there is nothing to set this year's beside. */}
          {value.previous ? <ComparisonTable criteria={value.criteria} /> : null}
        </>
      ) : null}
    </section>
  );
}
