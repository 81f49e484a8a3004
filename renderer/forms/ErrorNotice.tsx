import type { ErrorPayload } from '../../shared/errors';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * What the core refused, in the current language; nothing while there is no error. Bad input is
 * listed field by field with the fields' own names, never a key path or a validator's wording.
 */
export function ErrorNotice({ error }: { error: ErrorPayload | null }) {
  const { t, pick } = useLanguage();
  if (!error) return null;
  const fields = error.fields ?? [];
  return (
    <div role="alert" className="error-notice" data-code={error.code}>
      <p className="error-heading">{t('error.heading')}</p>
      {fields.length > 0 ? (
        <ul className="field-issues">
          {fields.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {issue.field ? pick(issue.field) : t('input.somewhere')}: {pick(issue.problem)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{pick(error.message)}</p>
      )}
    </div>
  );
}
