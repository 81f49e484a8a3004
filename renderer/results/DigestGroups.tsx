import { digestGroups } from '../../shared/results/digestGroups';
import { useLanguage } from '../i18n/LanguageContext';

/** A digest as the minutes print it: groups of four hex digits, numbered so they can be read out. */
export function DigestGroups({ digest }: { digest: string }) {
  const { t } = useLanguage();
  return (
    <ol className="digest-groups" aria-label={t('results.digest')}>
      {digestGroups(digest).map((group, index) => (
        <li key={index}>
          <code>{group}</code>
        </li>
      ))}
    </ol>
  );
}
