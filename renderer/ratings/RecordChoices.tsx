import type { RatingRecord } from '../../shared/ratings/ratingSchemas';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * The subject's shortcomings and disciplinary measures, each a box to tick when the decision takes
 * it into account. One counted in another round is still offered, marked so: the core refuses
 * counting it twice (XL04) and says why.
 */
export function RecordChoices({
  roundId,
  records,
  chosen,
  onChange,
}: {
  roundId: string;
  records: readonly RatingRecord[];
  chosen: readonly string[];
  onChange: (chosen: readonly string[]) => void;
}) {
  const { t } = useLanguage();
  return (
    <fieldset aria-describedby="entry-records-hint">
      <legend>{t('entry.records')}</legend>
      <p id="entry-records-hint" className="field-hint">
        {t('entry.recordsHint')}
      </p>
      {records.length === 0 ? <p className="note">{t('entry.noRecords')}</p> : null}
      {records.map((record) => (
        <div className="checkbox" key={record.id} data-record-kind={record.kind}>
          <input
            id={`entry-record-${record.id}`}
            type="checkbox"
            checked={chosen.includes(record.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...chosen, record.id] : chosen.filter((recordId) => recordId !== record.id),
              )
            }
          />
          <label htmlFor={`entry-record-${record.id}`}>
            {t('entry.record', {
              kind: t(`record.kind.${record.kind}`),
              year: record.year,
              description: record.description,
            })}
            {record.countedInRoundId && record.countedInRoundId !== roundId && record.countedInYear !== null
              ? ` ${t('entry.recordCounted', { year: record.countedInYear })}`
              : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
