import { useForm } from 'react-hook-form';
import { useApi } from '../api/ApiContext';
import { Field, FormActions } from '../forms/Field';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { loginRules } from '../forms/passwordRules';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { AccessLayout } from './AccessLayout';

interface RecoveryValues {
  recoveryKey: string;
  login: string;
  password: string;
  passwordAgain: string;
}

/** Forgotten password: the recovery key from the safe opens the vault and sets a new password. */
export function RecoveryScreen({ onBack, onRecovered }: { onBack: () => void; onRecovered: () => void }) {
  const { t } = useLanguage();
  const api = useApi();
  const { pending, error, submit } = useSubmission();
  const form = useForm<RecoveryValues>();
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() =>
      api.call('session.recover', {
        recoveryKey: values.recoveryKey,
        login: values.login,
        newPassword: values.password,
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
        <NewPasswordFields form={form} label={t('recover.newPassword')} againLabel={t('recover.newPasswordAgain')} />
        <ErrorNotice error={error} />
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
