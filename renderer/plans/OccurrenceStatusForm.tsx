import { useEffect, useRef, useState } from 'react';
import {
  occurrenceStatusLabels,
  occurrenceStatuses,
  type OccurrenceStatus,
  type PlanOccurrence,
} from '../../shared/plans/planSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * Where one occurrence stands, with a note: three choices moved through with the arrow keys (the
 * current one focused when the form opens), the note, Ctrl+Enter or "Lưu tình trạng" to save,
 * Escape or "Thôi" to leave it. A refusal of the core shows here and what was typed stays.
 */
export function OccurrenceStatusForm({
  id,
  planId,
  taskId,
  occurrence,
  onCancel,
  onSaved,
}: {
  id: string;
  planId: string;
  taskId: string;
  occurrence: PlanOccurrence;
  onCancel: () => void;
  onSaved: (said: string) => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [status, setStatus] = useState<OccurrenceStatus>(occurrence.status);
  const [note, setNote] = useState(occurrence.note);
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  const save = async () => {
    const result = await saving.submit(() =>
      session.call('plans.setStatus', { planId, taskId, key: occurrence.key, status, note }),
    );
    if (result.ok)
      onSaved(t('statusForm.saved', { label: occurrence.label, status: pick(occurrenceStatusLabels[status]) }));
  };

  return (
    <form
      id={id}
      ref={form}
      className="occurrence-form"
      aria-label={t('statusForm.name', { label: occurrence.label })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The task's panel closes on Escape too; here only the form does.
        event.stopPropagation();
        onCancel();
      }}
    >
      <fieldset>
        <legend>{t('statusForm.status')}</legend>
        {occurrenceStatuses.map((choice) => (
          <div className="checkbox" key={choice}>
            <input
              ref={choice === occurrence.status ? first : undefined}
              id={`${id}-${choice}`}
              type="radio"
              name={`${id}-status`}
              value={choice}
              checked={status === choice}
              onChange={() => setStatus(choice)}
            />
            <label htmlFor={`${id}-${choice}`}>{pick(occurrenceStatusLabels[choice])}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id={`${id}-note`}
        label={t('statusForm.note')}
        hint={t('statusForm.noteHint')}
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            form.current?.requestSubmit();
          }
        }}
      />
      <ErrorNotice error={saving.error} />
      {saving.pending ? <p role="status">{t('statusForm.saving')}</p> : null}
      <SubmitActions label={t('statusForm.save')} disabled={saving.pending}>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('statusForm.cancel')}
        </button>
      </SubmitActions>
    </form>
  );
}
