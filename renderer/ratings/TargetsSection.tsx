import { useCallback } from 'react';
import type { RatingRound } from '../../shared/ratings/ratingSchemas';
import type { RatingTargetSet } from '../../shared/ratings/ratingTargets';
import { navigate } from '../app/navigate';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import type { RatingSectionProps } from './ratingSections';
import { TargetsSets } from './TargetsSets';
import { TargetsYear } from './TargetsYear';
import { TargetsYearChooser } from './TargetsYearChooser';
import { defaultTargetYear, yearFromText } from './targetsYears';

/**
 * #/ratings/targets[/<year>] — the district's targets of seed 004 for a year (issue 17 point 4):
 * each target against the year's decided levels, with the exact counts, the share rounded once,
 * met or not and the units that pull it down; the plan the targets come from; year over year;
 * and the target sets, which the administrator edits. Without a year in the address it opens on
 * the latest year with a round.
 */
export function TargetsSection({ user, rest }: RatingSectionProps) {
  const { t } = useLanguage();
  const session = useSession();
  const loadRounds = useCallback(() => session.call('ratings.rounds', {}), [session]);
  const rounds = useLoaded<RatingRound[] | null>(loadRounds, null);
  const loadSets = useCallback(() => session.call('ratings.targetSets', {}), [session]);
  const sets = useLoaded<RatingTargetSet[] | null>(loadSets, null);
  const currentYear = new Date().getFullYear();
  const roundYears = (rounds.value ?? []).map((round) => round.year);
  // Until the rounds are known, the default year is not: nothing is asked for a year about to change.
  const year =
    yearFromText(rest[0]) ?? (rounds.value || rounds.error ? defaultTargetYear(roundYears, currentYear) : null);

  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t('targets.heading')}</h2>
      <ErrorNotice error={rounds.error ?? sets.error} />
      {year === null ? (
        <p role="status">{t('overview.loading')}</p>
      ) : (
        <>
          <TargetsYearChooser
            year={year}
            roundYears={roundYears}
            sets={sets.value ?? []}
            currentYear={currentYear}
            onChoose={(chosen) => navigate(`#/ratings/targets/${chosen}`)}
          />
          <TargetsYear year={year} />
          {sets.value ? <TargetsSets user={user} year={year} sets={sets.value} /> : null}
        </>
      )}
    </section>
  );
}
