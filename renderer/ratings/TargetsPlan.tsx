import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsSetYears } from './TargetsSetYears';

/**
 * Where the year's targets come from (a plan and its years, or a year set apart), or that no set
 * covers the year; and, without a round that year, that there is nothing to measure yet.
 */
export function TargetsPlan({ dashboard }: { dashboard: RatingTargetsDashboard }) {
  const { t, pick } = useLanguage();
  const { year, targetSet } = dashboard;
  return (
    <>
      {targetSet ? (
        <p className="notice">
          {t('targets.plan', { year, plan: pick(targetSet.plan) })} (
          <TargetsSetYears fromYear={targetSet.fromYear} toYear={targetSet.toYear} />
          ).
        </p>
      ) : (
        <p className="notice broken" role="note">
          {t('targets.noSet', { year })}
        </p>
      )}
      {dashboard.roundId ? null : (
        <p className="notice" role="note">
          {t('targets.noRound', { year })}
        </p>
      )}
    </>
  );
}
