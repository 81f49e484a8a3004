import { useForm } from 'react-hook-form';
import { invalidReasons } from '../../shared/counting/ballot';
import type { ContestCountsInput } from '../../shared/counting/countingSchemas';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

/** The counting record of one contest, as the committee wrote it down at the conference. */
export function CountsForm({
  contestId,
  counts,
  onSaved,
}: {
  contestId: string;
  counts: ContestCountsInput | null;
  onSaved: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const { pending, error, submit } = useSubmission();
  const zero = {
    issued: 0,
    returned: 0,
    notReturned: 0,
    valid: 0,
    invalid: { notOfficial: 0, blank: 0, identifying: 0, other: 0 },
  };
  const { register, handleSubmit } = useForm<ContestCountsInput>({ defaultValues: counts ?? zero });
  const number = { valueAsNumber: true, min: 0 } as const;
  const save = handleSubmit(async (values) => {
    const result = await submit(() => session.call('counting.saveCounts', { contestId, counts: values }));
    if (result.ok) onSaved();
  });
  return (
    <form noValidate onSubmit={save} className="counts-form" aria-label={t('counting.recordCounts')}>
      <Field label={t('counting.issued')} type="number" min={0} autoFocus {...register('issued', number)} />
      <Field label={t('counting.returned')} type="number" min={0} {...register('returned', number)} />
      <Field label={t('counting.notReturned')} type="number" min={0} {...register('notReturned', number)} />
      <Field label={t('counting.valid')} type="number" min={0} {...register('valid', number)} />
      {invalidReasons.map((reason) => (
        <Field
          key={reason}
          label={t(`counting.invalid.${reason}`)}
          type="number"
          min={0}
          {...register(`invalid.${reason}`, number)}
        />
      ))}
      <ErrorNotice error={error} />
      <SubmitActions label={t('counting.save')} disabled={pending} />
    </form>
  );
}
