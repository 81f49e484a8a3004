import { languages, type Language } from '../../shared/i18n/language';
import { useLanguage } from '../i18n/LanguageContext';

const names: Readonly<Record<Language, string>> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('frame.language')}>
      {languages.map((candidate) => (
        <button
          key={candidate}
          type="button"
          lang={candidate}
          aria-pressed={candidate === language}
          onClick={() => setLanguage(candidate)}
        >
          {names[candidate]}
        </button>
      ))}
    </div>
  );
}
