import type { ErrorPayload } from '../../shared/errors';
import { useLanguage } from '../i18n/LanguageContext';

export function ErrorNotice({ error }: { error: ErrorPayload }) {
  const { t, pick } = useLanguage();
  return (
    <div role="alert" className="error-notice" data-code={error.code}>
      <p className="error-heading">{t('error.heading')}</p>
      <p>{pick(error.message)}</p>
    </div>
  );
}
