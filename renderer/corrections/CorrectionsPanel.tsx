import { useCallback, useState, type FormEvent } from 'react';
import {
  correctionKindLabels,
  correctionKinds,
  type Correction,
  type CorrectionKind,
} from '../../shared/corrections/correctionSchemas';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { SelectField, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { CorrectionCard } from './CorrectionCard';

/**
 * Corrections after sealing, beside the seal: each one's steps, and for the head the form that
 * opens one (one at a time per contest). Shown once the contest is sealed.
 */
export function CorrectionsPanel({
  contestId,
  campaignId,
  unitId,
  user,
  onChanged,
}: {
  contestId: string;
  campaignId: string;
  unitId: string;
  user: SessionUser;
  onChanged: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('corrections.list', { contestId }), [session, contestId]);
  const corrections = useLoaded<Correction[]>(load, []);
  const isHead = user.role === 'head';
  const changed = () => {
    corrections.reload();
    onChanged();
  };
  const anyOpen = corrections.value.some((correction) => correction.outcome === null);
  return (
    <section aria-labelledby="corrections-heading" className="corrections-panel">
      <h3 id="corrections-heading">{t('corrections.heading')}</h3>
      <p className="note">{t('corrections.intro')}</p>
      <ErrorNotice error={corrections.error} />
      {corrections.value.length === 0 ? <p>{t('corrections.none')}</p> : null}
      {corrections.value.map((correction) => (
        <CorrectionCard
          key={correction.id}
          correction={correction}
          campaignId={campaignId}
          unitId={unitId}
          isHead={isHead}
          onChanged={changed}
        />
      ))}
      {isHead && !anyOpen ? <OpenCorrectionForm contestId={contestId} onOpened={changed} /> : null}
    </section>
  );
}

function OpenCorrectionForm({ contestId, onOpened }: { contestId: string; onOpened: () => void }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const opening = useSubmission();
  const [shown, setShown] = useState(false);
  const [kind, setKind] = useState<CorrectionKind>('recount');
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await opening.submit(() => session.call('corrections.open', { contestId, kind, reason }));
    if (!result.ok) return;
    setReason('');
    setShown(false);
    onOpened();
  };
  if (!shown)
    return (
      <button type="button" className="secondary" onClick={() => setShown(true)}>
        {t('corrections.open')}
      </button>
    );
  return (
    <form className="narrow-form" aria-label={t('corrections.open')} onSubmit={(event) => void submit(event)}>
      <SelectField
        label={t('corrections.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as CorrectionKind)}
      >
        {correctionKinds.map((value) => (
          <option key={value} value={value}>
            {correctionKindLabels[value][language]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('corrections.reason')}
        required
        minLength={10}
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <SubmitActions label={t('corrections.open')} disabled={opening.pending}>
        <button type="button" className="secondary" onClick={() => setShown(false)}>
          {t('confirm.cancel')}
        </button>
      </SubmitActions>
      <ErrorNotice error={opening.error} />
    </form>
  );
}
