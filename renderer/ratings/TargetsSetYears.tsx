import { useLanguage } from '../i18n/LanguageContext';

/** The years a set applies to: "từ năm 2021 đến năm 2025", or "năm 2025" for a year set apart. */
export function TargetsSetYears({ fromYear, toYear }: { fromYear: number; toYear: number }) {
  const { t } = useLanguage();
  return (
    <>
      {fromYear === toYear
        ? t('targets.planOneYear', { year: fromYear })
        : t('targets.planYears', { from: fromYear, to: toYear })}
    </>
  );
}
