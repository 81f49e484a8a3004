import { useCallback } from 'react';
import type { RatingTargetsDashboard } from '../../shared/ratings/ratingSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { useSession } from '../session/SessionContext';
import { TargetsPlan } from './TargetsPlan';
import { TargetsResultsTable } from './TargetsResultsTable';
import { TargetsUnitsBelow } from './TargetsUnitsBelow';
import { TargetsYearOverYear } from './TargetsYearOverYear';

/** A year's targets: where they come from, each against the decided levels, the units below, its print, and the years with a round. */
export function TargetsYear({ year }: { year: number }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('ratings.targets', { year }), [session, year]);
  const dashboard = useLoaded<RatingTargetsDashboard | null>(load, null);
  // The answer for the year chosen before is not shown under the new one while it loads.
  const shown = dashboard.value?.year === year ? dashboard.value : null;
  if (dashboard.error) return <ErrorNotice error={dashboard.error} />;
  if (!shown) return <p role="status">{t('targets.loading', { year })}</p>;
  return (
    <>
      <TargetsPlan dashboard={shown} />
      {shown.results.length > 0 ? (
        <>
          <TargetsResultsTable year={year} results={shown.results} />
          <TargetsUnitsBelow year={year} results={shown.results} />
        </>
      ) : null}
      <PrintPanel document={{ kind: 'ratingTargets', year }} label={t('targets.print', { year })} />
      <TargetsYearOverYear series={shown.series} />
    </>
  );
}
