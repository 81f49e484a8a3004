import { useCallback, useState } from 'react';
import { localIsoDay } from '../../shared/campaigns/calendar';
import type { CallOutput } from '../../shared/contract';
import { dateText } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { OverdueAsOf } from './OverdueAsOf';
import { OverdueTable } from './OverdueTable';

type Overdue = CallOutput<'plans.overdue'>;

/**
 * #/plans/overdue — every occurrence not done whose deadline has passed, across plans, the
 * earliest first: as of today, or as of a day typed (what was late at the end of a quarter, say).
 */
export function OverdueSection() {
  const { t } = useLanguage();
  const session = useSession();
  // Null: today, as the core reckons it.
  const [asOf, setAsOf] = useState<string | null>(null);
  const load = useCallback(() => session.call('plans.overdue', asOf ? { asOf } : {}), [session, asOf]);
  const overdue = useLoaded<Overdue>(load, []);
  const day = asOf ?? localIsoDay(new Date());
  const date = dateText(day);
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{t('overdueList.heading')}</h2>
      <p className="note">{t('overdueList.hint')}</p>
      <OverdueAsOf onChoose={setAsOf} />
      <ErrorNotice error={overdue.error} />
      <p role="status" className="table-count">
        {overdue.value.length === 0
          ? t('overdueList.none', { date })
          : t('overdueList.count', { count: overdue.value.length, date })}
      </p>
      {overdue.value.length > 0 ? <OverdueTable items={overdue.value} asOf={day} /> : null}
    </section>
  );
}
