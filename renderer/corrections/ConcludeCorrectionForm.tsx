import { useState, type FormEvent } from 'react';
import {
  correctionOutcomeLabels,
  correctionOutcomes,
  type Correction,
  type CorrectionOutcome,
} from '../../shared/corrections/correctionSchemas';
import { Field, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * The conclusion, with or without new results: irreversible, so Enter only asks and the
 * question's button concludes (the same pattern as sealing).
 */
export function ConcludeCorrectionForm({
  correction,
  onConcluded,
}: {
  correction: Correction;
  onConcluded: () => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const concluding = useSubmission();
  const [outcome, setOutcome] = useState<CorrectionOutcome>('newResults');
  const [findings, setFindings] = useState(correction.findings ?? '');
  const [envelopeSeal, setEnvelopeSeal] = useState('');
  const [confirming, setConfirming] = useState(false);
  const question = t(`corrections.concludeQuestion.${outcome}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await concluding.submit(() =>
      session.call('corrections.conclude', {
        correctionId: correction.id,
        outcome,
        findings,
        ...(outcome === 'newResults' && envelopeSeal.trim() ? { envelopeSeal } : {}),
      }),
    );
    if (result.ok) onConcluded();
  };
  return (
    <form className="narrow-form" aria-label={t('corrections.conclude')} onSubmit={(event) => void submit(event)}>
      <h5>{t('corrections.conclude')}</h5>
      <fieldset>
        <legend>{t('corrections.outcome')}</legend>
        {correctionOutcomes.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={`outcome-${correction.id}`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {pick(correctionOutcomeLabels[value])}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id={`conclude-findings-${correction.id}`}
        label={t('corrections.findings')}
        required
        minLength={10}
        maxLength={4000}
        value={findings}
        onChange={(event) => setFindings(event.target.value)}
      />
      {outcome === 'newResults' ? (
        <Field
          id={`conclude-envelope-${correction.id}`}
          label={t('corrections.newEnvelopeSeal')}
          maxLength={50}
          value={envelopeSeal}
          onChange={(event) => setEnvelopeSeal(event.target.value)}
        />
      ) : null}
      {confirming ? (
        <div
          className="inline-confirm"
          role="group"
          aria-label={question}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p>{question}</p>
          <button type="submit" autoFocus disabled={concluding.pending}>
            {t('corrections.concludeNow')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('confirm.cancel')}
          </button>
        </div>
      ) : (
        <SubmitActions label={t('corrections.concludeNow')} disabled={concluding.pending} />
      )}
      <ErrorNotice error={concluding.error} />
    </form>
  );
}
