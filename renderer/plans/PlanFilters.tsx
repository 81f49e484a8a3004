import { Field, SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import type { PlanTaskFilter } from './planTaskFilter';

/** The plan page's filter: a search of content and lead body, "only overdue", and the year occurrences are due in. */
export function PlanFilters({
  filter,
  years,
  thisYear,
  onChange,
}: {
  filter: PlanTaskFilter;
  /** The years to choose from (the plan's). */
  years: readonly number[];
  thisYear: number;
  onChange: (filter: PlanTaskFilter) => void;
}) {
  const { t } = useLanguage();
  return (
    <div className="filters" role="group" aria-label={t('plan.filters')}>
      <Field
        id="plan-search"
        label={t('plan.search')}
        type="search"
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.target.value })}
      />
      <SelectField
        id="plan-year"
        label={t('plan.year')}
        value={filter.year === null ? '' : String(filter.year)}
        onChange={(event) =>
          onChange({ ...filter, year: event.target.value === '' ? null : Number(event.target.value) })
        }
      >
        <option value="">{t('plan.allYears')}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year === thisYear ? t('plan.thisYear', { year }) : year}
          </option>
        ))}
      </SelectField>
      <div className="checkbox">
        <input
          id="plan-only-overdue"
          type="checkbox"
          checked={filter.onlyOverdue}
          onChange={(event) => onChange({ ...filter, onlyOverdue: event.target.checked })}
        />
        <label htmlFor="plan-only-overdue">{t('plan.onlyOverdue')}</label>
      </div>
    </div>
  );
}
