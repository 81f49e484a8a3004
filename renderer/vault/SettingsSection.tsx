import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { idleLockLimits } from '../../shared/vault/idleLock';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

export function SettingsSection() {
  const { t } = useLanguage();
  const session = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const idle = useSubmission();
  const rotation = useSubmission();
  const { register, handleSubmit, formState, reset } = useForm<{ seconds: number }>();

  useEffect(() => {
    void session.call('vault.settings', {}).then((result) => {
      if (result.ok) reset({ seconds: result.value.idleLockSeconds }, { keepDirtyValues: true });
    });
  }, [session, reset]);

  const saveIdle = handleSubmit(async ({ seconds }) => {
    setNotice(null);
    const result = await idle.submit(() => session.call('vault.setIdleLock', { seconds: Number(seconds) }));
    if (result.ok) setNotice(t('settings.saved', { seconds: result.value.idleLockSeconds }));
  });

  const rotate = async () => {
    setNotice(null);
    const result = await rotation.submit(() => session.call('vault.rotateKey', {}));
    if (result.ok) setNotice(t('settings.rotated'));
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <form noValidate onSubmit={saveIdle} className="narrow-form">
        <Field
          label={t('settings.idleLockSeconds')}
          type="number"
          min={idleLockLimits.minSeconds}
          max={idleLockLimits.maxSeconds}
          error={formState.errors.seconds}
          {...register('seconds', {
            required: t('form.required'),
            valueAsNumber: true,
            min: { value: idleLockLimits.minSeconds, message: `≥ ${idleLockLimits.minSeconds}` },
            max: { value: idleLockLimits.maxSeconds, message: `≤ ${idleLockLimits.maxSeconds}` },
          })}
        />
        <ErrorNotice error={idle.error} />
        <SubmitActions label={t('settings.save')} disabled={idle.pending} />
      </form>
      <h3>{t('settings.rotateHeading')}</h3>
      <p>{t('settings.rotateExplain')}</p>
      <ErrorNotice error={rotation.error} />
      <button type="button" onClick={() => void rotate()} disabled={rotation.pending}>
        {t('settings.rotate')}
      </button>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
    </section>
  );
}
