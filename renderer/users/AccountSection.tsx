import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

interface PasswordValues {
  currentPassword: string;
  password: string;
  passwordAgain: string;
}

export function AccountSection({ user }: { user: SessionUser }) {
  const { t } = useLanguage();
  const session = useSession();
  const [done, setDone] = useState(false);
  const { pending, error, submit } = useSubmission();
  const form = useForm<PasswordValues>();
  const { register, handleSubmit, formState, reset } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setDone(false);
    const result = await submit(() =>
      session.call('users.changeOwnPassword', {
        currentPassword: values.currentPassword,
        newPassword: values.password,
      }),
    );
    if (result.ok) {
      reset();
      setDone(true);
    }
  });

  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">
        {t('account.heading')}: {user.fullName} ({user.login})
      </h2>
      <form noValidate onSubmit={onSubmit} aria-busy={pending} className="narrow-form">
        <Field
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword}
          {...register('currentPassword', { required: t('form.required') })}
        />
        <NewPasswordFields form={form} label={t('account.newPassword')} againLabel={t('account.newPasswordAgain')} />
        <ErrorNotice error={error} />
        {done ? <p role="status">{t('account.changed')}</p> : null}
        <SubmitActions label={t('account.change')} disabled={pending} />
      </form>
    </section>
  );
}
