import { useState, type FormEvent } from 'react';
import { Field, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

/**
 * The head seals a closed contest with the number on the ballot envelope; once sealed, every
 * change is an amendment with a written reason (and, if the envelope was resealed, its new number).
 */
export function SealForm({ contestId, amend, onDone }: { contestId: string; amend: boolean; onDone: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [envelopeSeal, setEnvelopeSeal] = useState('');
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(!amend);

  // Sealing freezes the result: Enter in the form only asks; the question's button seals.
  const [confirming, setConfirming] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!amend && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await saving.submit(() =>
      amend
        ? session.call('results.amend', {
            contestId,
            reason,
            ...(envelopeSeal.trim() ? { envelopeSeal } : {}),
          })
        : session.call('results.seal', { contestId, envelopeSeal }),
    );
    if (!result.ok) return;
    setEnvelopeSeal('');
    setReason('');
    setOpen(!amend);
    onDone();
  };

  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('results.amend')}
      </button>
    );
  return (
    <form
      className="narrow-form"
      onSubmit={(event) => void submit(event)}
      aria-label={amend ? t('results.amend') : t('results.sealNow')}
    >
      {amend ? (
        <TextAreaField
          id="amend-reason"
          label={t('results.reason')}
          required
          minLength={10}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      ) : null}
      <Field
        id="envelope-seal"
        label={amend ? t('results.newEnvelopeSeal') : t('results.envelopeSeal')}
        required={!amend}
        maxLength={50}
        value={envelopeSeal}
        onChange={(event) => setEnvelopeSeal(event.target.value)}
      />
      <p className="field-hint">{amend ? t('results.amendHint') : t('results.sealHint')}</p>
      {confirming ? (
        <div
          className="inline-confirm"
          role="group"
          aria-label={t('results.sealQuestion', { envelopeSeal })}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p>{t('results.sealQuestion', { envelopeSeal })}</p>
          <button type="submit" autoFocus disabled={saving.pending}>
            {t('results.sealConfirm')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('confirm.cancel')}
          </button>
        </div>
      ) : (
        <SubmitActions label={amend ? t('results.amendNow') : t('results.sealNow')} disabled={saving.pending} />
      )}
      <ErrorNotice error={saving.error} />
    </form>
  );
}
