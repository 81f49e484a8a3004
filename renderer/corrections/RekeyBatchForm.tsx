import { useCallback, useState, type FormEvent } from 'react';
import type { Correction } from '../../shared/corrections/correctionSchemas';
import type { BatchSummary } from '../../shared/counting/countingSchemas';
import { Field, SelectField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/** A paper batch in the count, keyed here, not already being keyed again: what a correction may re-key. */
function rekeyable(batch: BatchSummary): boolean {
  const counted = !batch.correction || batch.correction.state === 'counted';
  return batch.source === 'keyed' && batch.verified && counted && batch.replacedBy === undefined;
}

/** The head names the batch to key again (or none: a missing stack), and the new batch appears at the desk. */
export function RekeyBatchForm({
  correction,
  campaignId,
  unitId,
  onCreated,
}: {
  correction: Correction;
  campaignId: string;
  unitId: string;
  onCreated: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.desk', { campaignId, unitId }), [session, campaignId, unitId]);
  const desk = useLoaded(load, []);
  const creating = useSubmission();
  const [replaces, setReplaces] = useState('');
  const [label, setLabel] = useState('');
  const pending = new Set(correction.batches.map((batch) => batch.replaces?.batchId));
  const batches = (desk.value[0]?.contests.find((contest) => contest.contestId === correction.contestId)?.batches ?? [])
    .filter(rekeyable)
    .filter((batch) => !pending.has(batch.id));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await creating.submit(() =>
      session.call('corrections.createBatch', {
        correctionId: correction.id,
        replacesBatchId: replaces === '' ? null : replaces,
        label,
      }),
    );
    if (!result.ok) return;
    setLabel('');
    setReplaces('');
    desk.reload();
    onCreated();
  };
  return (
    <form className="narrow-form" aria-label={t('corrections.rekey')} onSubmit={(event) => void submit(event)}>
      <h5>{t('corrections.rekey')}</h5>
      <SelectField
        id={`rekey-${correction.id}`}
        label={t('corrections.rekeyBatch')}
        value={replaces}
        onChange={(event) => setReplaces(event.target.value)}
      >
        <option value="">{t('corrections.rekeyNone')}</option>
        {batches.map((batch) => (
          <option key={batch.id} value={batch.id}>
            {t('corrections.rekeyOption', {
              number: batch.number,
              label: batch.label ? ` (${batch.label})` : '',
              ballots: batch.verifiedBallots,
            })}
          </option>
        ))}
      </SelectField>
      <Field
        id={`rekey-label-${correction.id}`}
        label={t('corrections.batchLabel')}
        maxLength={100}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
      />
      <SubmitActions label={t('corrections.createBatch')} disabled={creating.pending} className="secondary" />
      <ErrorNotice error={desk.error ?? creating.error} />
    </form>
  );
}
