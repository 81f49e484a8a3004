import { useLanguage } from '../i18n/LanguageContext';

/** Met, not met, or nothing counted yet — in words, the colour only repeating them. */
export function TargetsMet({ met }: { met: boolean | null }) {
  const { t } = useLanguage();
  if (met === null) return <span className="badge target-none">{t('targets.noResult')}</span>;
  return met ? (
    <span className="badge target-met">{t('targets.met')}</span>
  ) : (
    <span className="badge target-missed">{t('targets.notMet')}</span>
  );
}
