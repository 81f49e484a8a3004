import { Field } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';

/** The round page's filter: a name search (diacritics optional) and "only undecided". */
export function RoundFilters({
  search,
  onlyUndecided,
  onSearch,
  onOnlyUndecided,
}: {
  search: string;
  onlyUndecided: boolean;
  onSearch: (search: string) => void;
  onOnlyUndecided: (only: boolean) => void;
}) {
  const { t } = useLanguage();
  return (
    <div className="filters" role="group" aria-label={t('round.filters')}>
      <Field
        id="round-search"
        label={t('round.search')}
        type="search"
        value={search}
        onChange={(event) => onSearch(event.target.value)}
      />
      <div className="checkbox">
        <input
          id="round-only-undecided"
          type="checkbox"
          checked={onlyUndecided}
          onChange={(event) => onOnlyUndecided(event.target.checked)}
        />
        <label htmlFor="round-only-undecided">{t('round.onlyUndecided')}</label>
      </div>
    </div>
  );
}
