import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../api/ApiContext';
import { Field, FormActions } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { loginRules } from '../forms/passwordRules';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { AccessLayout } from '../session/AccessLayout';
import { RecoveryKeyStep } from './RecoveryKeyStep';

interface SetupValues {
  vaultName: string;
  login: string;
  fullName: string;
  password: string;
  passwordAgain: string;
}

/** First run: name the vault, create the first administrator, then show the recovery key once. */
export function FirstRunWizard({ onDone }: { onDone: () => void }) {
  const { t } = useLanguage();
  const api = useApi();
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const { pending, error, submit } = useSubmission();
  const form = useForm<SetupValues>({ mode: 'onSubmit' });
  const { register, handleSubmit, trigger, formState } = form;
  const errors = formState.errors;

  const create = handleSubmit(async (values) => {
    const result = await submit(() =>
      api.call('vault.create', {
        vaultName: values.vaultName,
        admin: { login: values.login, fullName: values.fullName, password: values.password },
      }),
    );
    if (result.ok) {
      setRecoveryKey(result.value.recoveryKey);
      setStep(3);
    }
  });

  if (step === 3 && recoveryKey) {
    return (
      <AccessLayout heading={t('setup.recoveryHeading')}>
        <p className="step">{t('setup.step', { step: 3 })}</p>
        <RecoveryKeyStep recoveryKey={recoveryKey} onConfirmed={onDone} />
      </AccessLayout>
    );
  }

  return (
    <AccessLayout heading={t('setup.heading')}>
      <p className="step">{t('setup.step', { step })}</p>
      {step === 1 ? (
        <form
          key="vault-name"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void trigger('vaultName').then((valid) => valid && setStep(2));
          }}
        >
          <p>{t('setup.intro')}</p>
          <Field
            label={t('setup.vaultName')}
            hint={t('setup.vaultNameHint')}
            autoFocus
            error={errors.vaultName}
            {...register('vaultName', {
              required: t('form.required'),
              validate: (value) => value.trim() !== '' || t('form.required'),
            })}
          />
          <SubmitActions label={t('setup.next')} />
        </form>
      ) : (
        <form key="first-admin" noValidate onSubmit={create} aria-busy={pending}>
          <h2>{t('setup.adminHeading')}</h2>
          <Field
            label={t('setup.fullName')}
            autoFocus
            autoComplete="name"
            error={errors.fullName}
            {...register('fullName', { required: t('form.required') })}
          />
          <Field
            label={t('setup.login')}
            autoComplete="username"
            error={errors.login}
            {...register('login', loginRules(t))}
          />
          <NewPasswordFields form={form} label={t('setup.password')} againLabel={t('setup.passwordAgain')} />
          <ErrorNotice error={error} />
          {pending ? <p role="status">{t('setup.creating')}</p> : null}
          <FormActions>
            <button type="button" className="secondary" onClick={() => setStep(1)} disabled={pending}>
              {t('setup.back')}
            </button>
            <button type="submit" disabled={pending}>
              {t('setup.create')}
            </button>
          </FormActions>
        </form>
      )}
    </AccessLayout>
  );
}
