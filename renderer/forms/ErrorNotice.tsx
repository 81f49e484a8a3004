import type { ErrorPayload } from '../../shared/errors';
import { useLanguage } from '../i18n/LanguageContext';

/** What the core refused, in the current language; nothing while there is no error. */
export function ErrorNotice({ error }: { error: ErrorPayload | null }) {
  const { t, pick } = useLanguage();
  if (!error) return null;
  return (
    <div role="alert" className="error-notice" data-code={error.code}>
      <p className="error-heading">{t('error.heading')}</p>
      <p>{pick(error.message)}</p>
    </div>
  );
}
