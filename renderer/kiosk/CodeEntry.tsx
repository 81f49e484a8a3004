import { useEffect, useRef, type FormEvent } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * The kiosk's start: one big field for the code on the slip. The field is uncontrolled and
 * never mirrored into the page's markup; the code leaves it only to be checked. A code that came
 * with the page's address (a phone's QR scan) is put in the field's value, not its markup either.
 */
export function CodeEntry({
  error,
  checking,
  initialCode,
  onStart,
}: {
  error: ErrorPayload | null;
  checking: boolean;
  /** Already in the field, to be checked and started by the voter. */
  initialCode?: string | undefined;
  onStart: (code: string) => void;
}) {
  const { t } = useLanguage();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // The property, never the attribute (defaultValue would write it into the markup).
    if (initialCode && field.current) field.current.value = initialCode;
  }, [initialCode]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = field.current?.value.trim() ?? '';
    if (code) onStart(code);
  };
  return (
    <form className="kiosk-code" onSubmit={submit} aria-labelledby="kiosk-code-heading">
      <h1 id="kiosk-code-heading">
        <label htmlFor="kiosk-code">{t('kiosk.codeLabel')}</label>
      </h1>
      <input
        ref={field}
        id="kiosk-code"
        className="kiosk-code-input"
        aria-describedby="kiosk-code-hint"
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        maxLength={40}
        autoFocus
        readOnly={checking}
      />
      <p id="kiosk-code-hint" className="kiosk-hint">
        {t('kiosk.codeHint')}
      </p>
      <ErrorNotice error={error} />
      <button type="submit" className="kiosk-primary" disabled={checking} aria-busy={checking}>
        {t('kiosk.start')}
      </button>
      {checking ? <p role="status">{t('kiosk.checking')}</p> : null}
    </form>
  );
}
