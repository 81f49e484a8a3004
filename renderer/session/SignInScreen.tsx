import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SessionStatus } from '../../shared/session/sessionSchemas';
import { useApi } from '../api/ApiContext';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { AccessLayout } from './AccessLayout';
import { RecoveryScreen } from './RecoveryScreen';

interface SignInValues {
  login: string;
  password: string;
}

/**
 * Sign-in, and the lock screen: after an idle lock the same person is offered to unlock with
 * their password (login already filled in), or someone else may sign in.
 */
export function SignInScreen({ status, onSignedIn }: { status: SessionStatus; onSignedIn: () => void }) {
  const { t } = useLanguage();
  const api = useApi();
  const [mode, setMode] = useState<'unlock' | 'signIn' | 'recover'>(
    status.lockedBecauseIdle && status.lastLogin ? 'unlock' : 'signIn',
  );
  const { pending, error, submit } = useSubmission();
  const { register, handleSubmit, formState, resetField } = useForm<SignInValues>({
    defaultValues: { login: mode === 'unlock' ? (status.lastLogin ?? '') : '', password: '' },
  });

  if (mode === 'recover') return <RecoveryScreen onBack={() => setMode('signIn')} onRecovered={onSignedIn} />;

  const unlocking = mode === 'unlock';
  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() =>
      api.call('session.signIn', {
        login: unlocking ? (status.lastLogin ?? '') : values.login,
        password: values.password,
      }),
    );
    if (result.ok) onSignedIn();
    else resetField('password');
  });

  return (
    <AccessLayout heading={unlocking ? t('lock.heading') : t('signIn.heading')}>
      {status.vaultName ? <p className="vault-name">{t('signIn.vault', { name: status.vaultName })}</p> : null}
      {unlocking ? <p>{t('lock.idle')}</p> : null}
      <form noValidate onSubmit={onSubmit} aria-busy={pending}>
        {unlocking ? (
          <p className="unlock-user">
            {t('signIn.login')}: <strong>{status.lastLogin}</strong>
          </p>
        ) : (
          <Field
            label={t('signIn.login')}
            autoFocus
            autoComplete="username"
            error={formState.errors.login}
            {...register('login', { required: t('form.required') })}
          />
        )}
        <Field
          label={t('signIn.password')}
          type="password"
          autoFocus={unlocking}
          autoComplete="current-password"
          error={formState.errors.password}
          {...register('password', { required: t('form.required') })}
        />
        <ErrorNotice error={error} />
        {pending ? <p role="status">{t('signIn.working')}</p> : null}
        <SubmitActions label={unlocking ? t('lock.unlock') : t('signIn.submit')} disabled={pending} />
      </form>
      <p className="access-links">
        {unlocking ? (
          <button type="button" className="link" onClick={() => setMode('signIn')}>
            {t('lock.otherUser')}
          </button>
        ) : null}
        <button type="button" className="link" onClick={() => setMode('recover')}>
          {t('signIn.forgot')}
        </button>
      </p>
    </AccessLayout>
  );
}
