import { useState, type FormEvent } from 'react';
import {
  correctionKindLabels,
  correctionOutcomeLabels,
  type Correction,
} from '../../shared/corrections/correctionSchemas';
import { TextAreaField } from '../forms/Field';
import { InfoRow } from '../forms/InfoRow';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { useSession } from '../session/SessionContext';
import { ConcludeCorrectionForm } from './ConcludeCorrectionForm';
import { RekeyBatchForm } from './RekeyBatchForm';

/** One correction: reason, findings, batches keyed again, conclusion; the head's steps while it is open. */
export function CorrectionCard({
  correction,
  campaignId,
  unitId,
  isHead,
  onChanged,
}: {
  correction: Correction;
  campaignId: string;
  unitId: string;
  isHead: boolean;
  onChanged: () => void;
}) {
  const { t, pick, when } = useLanguage();
  const open = correction.outcome === null;
  const title = t('corrections.title', { number: correction.number });
  return (
    <article className="correction" data-correction={correction.number} aria-label={title}>
      <h4>
        {title}{' '}
        <span className={open ? 'badge' : 'badge ok'}>
          {open ? t('corrections.stillOpen') : pick(correctionOutcomeLabels[correction.outcome!])}
        </span>
      </h4>
      <dl className="info-list">
        <InfoRow label={t('corrections.kind')}>{pick(correctionKindLabels[correction.kind])}</InfoRow>
        <InfoRow label={t('results.reason')}>{correction.reason}</InfoRow>
        <InfoRow label={t('corrections.openedBy')}>
          {correction.openedBy}, {when(correction.openedAt)}
        </InfoRow>
        <InfoRow label={t('corrections.findings')}>{correction.findings ?? t('corrections.noFindings')}</InfoRow>
        <InfoRow label={t('corrections.sealedVersion', { sequence: correction.sealed.sequence })}>
          <code>{correction.sealed.digest.slice(0, 16)}…</code>
        </InfoRow>
        {correction.amendment ? (
          <InfoRow label={t('corrections.amendment', { sequence: correction.amendment.sequence })}>
            <code>{correction.amendment.digest.slice(0, 16)}…</code>{' '}
            {correction.amendment.signed ? t('results.signedBy') : t('corrections.amendmentSign')}
          </InfoRow>
        ) : null}
      </dl>
      <h5>{t('corrections.batches')}</h5>
      {correction.batches.length === 0 ? (
        <p>{t('corrections.noBatches')}</p>
      ) : (
        <ul className="correction-batches">
          {correction.batches.map((batch) => (
            <li key={batch.batchId} data-batch={batch.number}>
              {t('corrections.batchLine', {
                number: batch.number,
                label: batch.label,
                replaces: batch.replaces
                  ? t('corrections.replacesBatch', { number: batch.replaces.number })
                  : t('corrections.addedBatch'),
                state: t(`corrections.state.${batch.state}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {isHead && open ? (
        <>
          <FindingsForm correction={correction} onSaved={onChanged} />
          <RekeyBatchForm correction={correction} campaignId={campaignId} unitId={unitId} onCreated={onChanged} />
          <ConcludeCorrectionForm correction={correction} onConcluded={onChanged} />
        </>
      ) : null}
      <PrintPanel
        document={{ kind: 'correctionMinutes', correctionId: correction.id }}
        label={t('corrections.print')}
      />
    </article>
  );
}

function FindingsForm({ correction, onSaved }: { correction: Correction; onSaved: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [findings, setFindings] = useState(correction.findings ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saving.submit(() =>
      session.call('corrections.recordFindings', { correctionId: correction.id, findings }),
    );
    if (result.ok) onSaved();
  };
  return (
    <form className="narrow-form" aria-label={t('corrections.saveFindings')} onSubmit={(event) => void submit(event)}>
      <TextAreaField
        id={`findings-${correction.id}`}
        label={t('corrections.findings')}
        required
        minLength={10}
        maxLength={4000}
        value={findings}
        onChange={(event) => setFindings(event.target.value)}
      />
      <SubmitActions label={t('corrections.saveFindings')} disabled={saving.pending} className="secondary" />
      <ErrorNotice error={saving.error} />
    </form>
  );
}
