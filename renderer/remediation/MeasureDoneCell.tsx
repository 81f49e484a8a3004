import { useState } from 'react';
import { localIsoDay } from '../../shared/campaigns/calendar';
import type { Measure } from '../../shared/remediation/remediationSchemas';
import { dateInputProps, dateText, isoDay } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * The day a measure was done: typed (today to start with) and recorded with "Đã thực hiện", or,
 * once recorded, taken back. Either way the core answers with the plan as it then stands.
 */
export function MeasureDoneCell({
  contestId,
  measure,
  number,
}: {
  contestId: string;
  measure: Measure;
  number: number;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const marking = useSubmission();
  const [dayText, setDayText] = useState(() => dateText(localIsoDay(new Date())));
  const [unreadable, setUnreadable] = useState(false);
  const fieldId = `measure-done-${measure.id}`;
  const mark = (doneOn: string | null) =>
    marking.submit(() => session.call('remediation.markMeasure', { contestId, measureId: measure.id, doneOn }));
  const which = <span className="visually-hidden">{t('remediationMeasures.ofMeasure', { number })}</span>;

  if (measure.doneOn)
    return (
      <>
        <button type="button" className="secondary" disabled={marking.pending} onClick={() => void mark(null)}>
          {t('remediationMeasures.undo')} {which}
        </button>
        <ErrorNotice error={marking.error} />
      </>
    );
  return (
    <form
      className="measure-done"
      noValidate
      aria-label={t('remediationMeasures.markName', { number })}
      onSubmit={(event) => {
        event.preventDefault();
        const day = isoDay(dayText);
        setUnreadable(day === '');
        if (day !== '') void mark(day);
      }}
    >
      <label className="visually-hidden" htmlFor={fieldId}>
        {t('remediationMeasures.doneDay', { number })}
      </label>
      <input
        id={fieldId}
        {...dateInputProps}
        size={10}
        value={dayText}
        aria-invalid={unreadable || undefined}
        aria-describedby={unreadable ? `${fieldId}-error` : undefined}
        onChange={(event) => setDayText(event.target.value)}
      />{' '}
      <button type="submit" disabled={marking.pending}>
        {t('remediationMeasures.mark')} {which}
      </button>
      {unreadable ? (
        <p id={`${fieldId}-error`} className="field-error" role="alert">
          {t('form.dateInvalid')}
        </p>
      ) : null}
      <ErrorNotice error={marking.error} />
    </form>
  );
}
