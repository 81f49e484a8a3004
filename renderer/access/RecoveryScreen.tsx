import { useForm } from 'react-hook-form';
import { useApi } from '../api/ApiContext';
import { Field, FormActions } from '../forms/Field';
import { loginRules, newPasswordRules, repeatRules } from '../forms/passwordRules';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../screens/ErrorNotice';
import { AccessLayout } from './AccessLayout';

interface RecoveryValues {
  recoveryKey: string;
  login: string;
  newPassword: string;
  newPasswordAgain: string;
}

/** Forgotten password: the recovery key from the safe opens the vault and sets a new password. */
export function RecoveryScreen({ onBack, onRecovered }: { onBack: () => void; onRecovered: () => void }) {
  const { t } = useLanguage();
  const api = useApi();
  const { pending, error, submit } = useSubmission();
  const { register, handleSubmit, formState, getValues } = useForm<RecoveryValues>();
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() =>
      api.call('session.recover', {
        recoveryKey: values.recoveryKey,
        login: values.login,
        newPassword: values.newPassword,
      }),
    );
    if (result.ok) onRecovered();
  });

  return (
    <AccessLayout heading={t('recover.heading')}>
      <p>{t('recover.intro')}</p>
      <form noValidate onSubmit={onSubmit} aria-busy={pending}>
        <Field
          label={t('recover.key')}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          error={errors.recoveryKey}
          {...register('recoveryKey', { required: t('form.required') })}
        />
        <Field
          label={t('recover.login')}
          autoComplete="username"
          error={errors.login}
          {...register('login', loginRules(t))}
        />
        <Field
          label={t('recover.newPassword')}
          type="password"
          autoComplete="new-password"
          error={errors.newPassword}
          {...register('newPassword', newPasswordRules(t))}
        />
        <Field
          label={t('recover.newPasswordAgain')}
          type="password"
          autoComplete="new-password"
          error={errors.newPasswordAgain}
          {...register(
            'newPasswordAgain',
            repeatRules(t, () => getValues('newPassword')),
          )}
        />
        {error ? <ErrorNotice error={error} /> : null}
        {pending ? <p role="status">{t('signIn.working')}</p> : null}
        <FormActions>
          <button type="button" className="secondary" onClick={onBack}>
            {t('recover.back')}
          </button>
          <button type="submit" disabled={pending}>
            {t('recover.submit')}
          </button>
        </FormActions>
      </form>
    </AccessLayout>
  );
}
