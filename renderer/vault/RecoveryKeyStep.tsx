import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * The recovery key, shown once, in groups to copy by hand. Going on needs the last group typed
 * back (proof it was copied, not just seen) and the box that says it is put away.
 */
export function RecoveryKeyStep({ recoveryKey, onConfirmed }: { recoveryKey: string; onConfirmed: () => void }) {
  const { t } = useLanguage();
  const groups = recoveryKey.split('-');
  const lastGroup = groups[groups.length - 1] ?? '';
  const [stored, setStored] = useState(false);
  const { register, handleSubmit, formState } = useForm<{ lastGroup: string }>();

  return (
    <form noValidate onSubmit={handleSubmit(() => onConfirmed())}>
      <p>{t('setup.recoveryIntro')}</p>
      <p className="recovery-key" data-testid="recovery-key" aria-label={recoveryKey.split('').join(' ')}>
        {groups.map((group, index) => (
          <span key={index} className="recovery-group">
            {group}
          </span>
        ))}
      </p>
      <Field
        label={t('setup.recoveryConfirmLabel')}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        error={formState.errors.lastGroup}
        {...register('lastGroup', {
          required: t('form.required'),
          validate: (value) => value.trim().toUpperCase() === lastGroup || t('setup.recoveryConfirmWrong'),
        })}
      />
      <div className="checkbox">
        <input
          id="recovery-stored"
          type="checkbox"
          checked={stored}
          onChange={(event) => setStored(event.target.checked)}
        />
        <label htmlFor="recovery-stored">{t('setup.recoveryStored')}</label>
      </div>
      <SubmitActions label={t('setup.finish')} disabled={!stored} />
    </form>
  );
}
