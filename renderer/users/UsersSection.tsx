import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { roleLabels, roles, type Role } from '../../shared/roles';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { UserSummary } from '../../shared/users/userSchemas';
import { Field, SelectField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { loginRules } from '../forms/passwordRules';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { DataTable } from '../forms/DataTable';

interface NewUserValues {
  login: string;
  fullName: string;
  role: Role;
  password: string;
  passwordAgain: string;
}

type RowAction = { userId: string; kind: 'remove' | 'reset' } | null;

export function UsersSection({ user: me }: { user: SessionUser }) {
  const { t, pick, language } = useLanguage();
  const session = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const [action, setAction] = useState<RowAction>(null);
  const adding = useSubmission();
  const rowWork = useSubmission();
  const form = useForm<NewUserValues>({ defaultValues: { role: 'counter' } });
  const resetForm = useForm<{ password: string; passwordAgain: string }>();

  const listUsers = useCallback(() => session.call('users.list', {}), [session]);
  const { value: users, reload } = useLoaded<UserSummary[]>(listUsers, []);

  const add = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await adding.submit(() =>
      session.call('users.add', {
        login: values.login,
        fullName: values.fullName,
        role: values.role,
        password: values.password,
      }),
    );
    if (!result.ok) return;
    form.reset({ role: values.role, login: '', fullName: '', password: '', passwordAgain: '' });
    setNotice(t('users.added', { name: result.value.fullName }));
    reload();
  });

  const remove = async (user: UserSummary) => {
    const result = await rowWork.submit(() => session.call('users.remove', { userId: user.id }));
    if (!result.ok) return;
    setAction(null);
    setNotice(`${t('users.removed', { name: user.fullName })} ${t('users.rotateAdvice')}`);
    reload();
  };

  const resetPassword = (user: UserSummary) =>
    resetForm.handleSubmit(async ({ password }) => {
      const result = await rowWork.submit(() => session.call('users.resetPassword', { userId: user.id, password }));
      if (!result.ok) return;
      setAction(null);
      resetForm.reset();
      setNotice(t('users.resetDone', { name: user.fullName }));
    });

  const dateFormat = new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.heading')}</h2>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <DataTable
        labels={[t('users.fullName'), t('users.login'), t('users.role'), t('users.createdAt'), t('users.actions')]}
      >
        {users.map((user) => (
          <tr key={user.id} data-login={user.login}>
            <td>{user.fullName}</td>
            <td>{user.login}</td>
            <td>{pick(roleLabels[user.role])}</td>
            <td>{dateFormat.format(new Date(user.createdAt))}</td>
            <td>
              {action?.userId === user.id && action.kind === 'remove' ? (
                <div
                  className="inline-confirm"
                  role="group"
                  aria-label={t('users.removeConfirm', { name: user.fullName })}
                >
                  <p>{t('users.removeConfirm', { name: user.fullName })}</p>
                  <button
                    type="button"
                    autoFocus
                    className="danger"
                    disabled={rowWork.pending}
                    onClick={() => void remove(user)}
                  >
                    {t('users.remove')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setAction(null)}>
                    {t('users.cancel')}
                  </button>
                </div>
              ) : action?.userId === user.id && action.kind === 'reset' ? (
                <form
                  noValidate
                  onSubmit={resetPassword(user)}
                  aria-label={t('users.resetFor', { name: user.fullName })}
                >
                  <NewPasswordFields
                    form={resetForm}
                    autoFocus
                    label={t('users.resetFor', { name: user.fullName })}
                    againLabel={t('setup.passwordAgain')}
                  />
                  <button type="submit" disabled={rowWork.pending}>
                    {t('users.save')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setAction(null)}>
                    {t('users.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setAction({ userId: user.id, kind: 'reset' })}
                  >
                    {t('users.resetPassword')}
                  </button>
                  {user.id !== me.id ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setAction({ userId: user.id, kind: 'remove' })}
                    >
                      {t('users.remove')}
                    </button>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <ErrorNotice error={rowWork.error} />

      <h3>{t('users.add')}</h3>
      <form noValidate onSubmit={add} aria-busy={adding.pending} className="narrow-form">
        <Field
          label={t('users.fullName')}
          error={form.formState.errors.fullName}
          {...form.register('fullName', { required: t('form.required') })}
        />
        <Field
          label={t('users.login')}
          autoComplete="off"
          error={form.formState.errors.login}
          {...form.register('login', loginRules(t))}
        />
        <SelectField id="new-user-role" label={t('users.role')} {...form.register('role')}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {pick(roleLabels[role])}
            </option>
          ))}
        </SelectField>
        <NewPasswordFields form={form} label={t('users.firstPassword')} againLabel={t('setup.passwordAgain')} />
        <ErrorNotice error={adding.error} />
        <SubmitActions label={t('users.add')} disabled={adding.pending} />
      </form>
    </section>
  );
}
