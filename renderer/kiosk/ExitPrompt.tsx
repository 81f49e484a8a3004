import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * Leaving the kiosk asks for the password of the one signed in (the head who opened it): the
 * core checks it as a sign-in of that same user. A wrong password stays here, the field emptied.
 */
export function ExitPrompt({
  open,
  user,
  onCancel,
  onLeft,
}: {
  open: boolean;
  user: SessionUser;
  onCancel: () => void;
  onLeft: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const password = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const forget = () => {
    if (password.current) password.current.value = '';
    setError(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = password.current?.value ?? '';
    if (password.current) password.current.value = '';
    if (!typed) return;
    setChecking(true);
    const result = await session.call('session.signIn', { login: user.login, password: typed });
    setChecking(false);
    if (!result.ok) {
      setError(result.error);
      password.current?.focus();
      return;
    }
    forget();
    onLeft();
  };

  return (
    <dialog
      ref={dialog}
      className="kiosk-exit-dialog"
      aria-labelledby="kiosk-exit-heading"
      onClose={() => {
        forget();
        onCancel();
      }}
    >
      <h2 id="kiosk-exit-heading">{t('kiosk.exitHeading')}</h2>
      <p>{t('kiosk.exitIntro', { name: user.fullName })}</p>
      <form onSubmit={(event) => void submit(event)}>
        <Field
          ref={password}
          id="kiosk-exit-password"
          label={t('kiosk.exitPassword')}
          type="password"
          autoComplete="off"
          autoFocus
        />
        <ErrorNotice error={error} />
        <FormActions>
          <button type="submit" disabled={checking}>
            {t('kiosk.exitConfirm')}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('confirm.cancel')}
          </button>
        </FormActions>
      </form>
    </dialog>
  );
}
