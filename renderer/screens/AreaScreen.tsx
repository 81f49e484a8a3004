import type { MessageKey } from '../i18n/messages';
import { useLanguage } from '../i18n/LanguageContext';

/** An area whose screens come in a later version: says what it will hold. */
export function AreaScreen({ label, purpose, version }: { label: MessageKey; purpose: MessageKey; version: string }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="area-heading">
      <h1 id="area-heading">{t(label)}</h1>
      <p>{t(purpose)}</p>
      <p className="note">{t('area.notYet', { version })}</p>
    </section>
  );
}
