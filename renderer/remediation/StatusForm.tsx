import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { localIsoDay } from '../../shared/campaigns/calendar';
import {
  recordedStatuses,
  remediationStatusLabels,
  type RecordedStatus,
} from '../../shared/remediation/remediationSchemas';
import { dateInputProps, dateRules, dateText, isoDay } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, SelectField, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

interface StatusValues {
  status: RecordedStatus;
  /** As typed, dd/mm/yyyy. */
  on: string;
  note: string;
}

/**
 * A dated follow-up note on where the plan stands (đã nộp, đang thực hiện, hoàn thành, quá hạn);
 * the notes are kept, the latest one is the plan's status. The note is cleared once recorded.
 */
export function StatusForm({ contestId, recorded }: { contestId: string; recorded: RecordedStatus }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [said, setSaid] = useState<string | null>(null);
  const { register, handleSubmit, formState, resetField } = useForm<StatusValues>({
    defaultValues: { status: recorded, on: dateText(localIsoDay(new Date())), note: '' },
  });

  const record = handleSubmit(async (values) => {
    setSaid(null);
    const result = await saving.submit(() =>
      session.call('remediation.setStatus', {
        contestId,
        status: values.status,
        on: isoDay(values.on),
        note: values.note,
      }),
    );
    if (!result.ok) return;
    resetField('note');
    setSaid(t('remediationStatus.saved', { status: pick(remediationStatusLabels[values.status]) }));
  });

  return (
    <form
      className="remediation-status-form"
      aria-labelledby="remediation-status-heading"
      noValidate
      onSubmit={(event) => void record(event)}
    >
      <h3 id="remediation-status-heading">{t('remediationStatus.heading')}</h3>
      <div className="filters">
        <SelectField id="remediation-status" label={t('remediationStatus.status')} {...register('status')}>
          {recordedStatuses.map((status) => (
            <option key={status} value={status}>
              {pick(remediationStatusLabels[status])}
            </option>
          ))}
        </SelectField>
        <Field
          id="remediation-status-on"
          label={t('remediationStatus.on')}
          hint={t('remediationForm.dateHint')}
          {...dateInputProps}
          error={formState.errors.on}
          {...register('on', dateRules(t, true))}
        />
      </div>
      <TextAreaField
        id="remediation-status-note"
        label={t('remediationStatus.note')}
        rows={2}
        maxLength={2000}
        {...register('note')}
      />
      <ErrorNotice error={saving.error} />
      {said ? (
        <p role="status" className="notice">
          {said}
        </p>
      ) : null}
      <SubmitActions label={t('remediationStatus.save')} disabled={saving.pending} />
    </form>
  );
}
