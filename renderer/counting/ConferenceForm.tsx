import { useForm } from 'react-hook-form';
import type { Conference } from '../../shared/counting/countingSchemas';
import { dateInputProps, dateRules, dateText, isoDay } from '../forms/dayMonthYear';
import { Field, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

interface ConferenceValues {
  heldOn: string;
  place: string;
  chair: string;
  committee: string;
  convened: number;
  present: number;
}

export function ConferenceForm({
  unitId,
  conference,
  onSaved,
}: {
  unitId: string;
  conference: Conference | null;
  onSaved: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const { pending, error, submit } = useSubmission();
  const { register, handleSubmit, formState } = useForm<ConferenceValues>({
    defaultValues: {
      heldOn: dateText(conference?.heldOn),
      place: conference?.place ?? '',
      chair: conference?.chair ?? '',
      committee: conference?.committee.map((member) => member.name).join('\n') ?? '',
      convened: conference?.convened ?? 0,
      present: conference?.present ?? 0,
    },
  });
  const save = handleSubmit(async (values) => {
    const names = values.committee
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const result = await submit(() =>
      session.call('counting.saveConference', {
        unitId,
        conference: {
          heldOn: isoDay(values.heldOn),
          place: values.place,
          chair: values.chair,
          committee: names.map((name, index) => ({ name, role: index === 0 ? 'head' : 'member' })),
          convened: Number(values.convened),
          present: Number(values.present),
        },
      }),
    );
    if (result.ok) onSaved();
  });
  return (
    <form noValidate onSubmit={save} className="narrow-form" aria-label={t('counting.recordConference')}>
      <Field
        label={t('counting.heldOn')}
        {...dateInputProps}
        autoFocus
        error={formState.errors.heldOn}
        {...register('heldOn', dateRules(t, true))}
      />
      <Field label={t('counting.place')} {...register('place')} />
      <Field label={t('counting.chair')} {...register('chair')} />
      <TextAreaField id={`committee-${unitId}`} label={t('counting.committee')} rows={4} {...register('committee')} />
      <Field
        label={t('counting.convened')}
        type="number"
        min={0}
        {...register('convened', { valueAsNumber: true, min: 0 })}
      />
      <Field
        label={t('counting.present')}
        type="number"
        min={0}
        {...register('present', { valueAsNumber: true, min: 0 })}
      />
      <ErrorNotice error={error} />
      <SubmitActions label={t('counting.save')} disabled={pending} />
    </form>
  );
}
