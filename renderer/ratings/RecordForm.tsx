import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { shortcomingKinds } from '../../shared/ratings/ratingSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { SelectField, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { ratingYearRules, YearField } from './YearField';

interface RecordValues {
  kind: (typeof shortcomingKinds)[number];
  year: number;
  description: string;
}

/** Record a shortcoming or a disciplinary measure of the subject; a decision then takes it into account. */
export function RecordForm({ subjectId, year }: { subjectId: string; year: number }) {
  const { t } = useLanguage();
  const session = useSession();
  const adding = useSubmission();
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, formState, resetField } = useForm<RecordValues>({
    defaultValues: { kind: 'shortcoming', year, description: '' },
  });
  const errors = formState.errors;

  const add = handleSubmit(async (values) => {
    setSaved(null);
    const result = await adding.submit(() =>
      session.call('ratings.addRecord', {
        subjectId,
        kind: values.kind,
        year: Number(values.year),
        description: values.description,
      }),
    );
    if (!result.ok) return;
    setSaved(t('record.saved', { kind: t(`record.kind.${result.value.kind}`), year: result.value.year }));
    resetField('description');
  });

  return (
    <form
      aria-labelledby="entry-record-heading"
      data-focus-home
      tabIndex={-1}
      noValidate
      onSubmit={(event) => void add(event)}
    >
      <h4 id="entry-record-heading">{t('record.add')}</h4>
      <SelectField id="record-kind" label={t('record.kind')} {...register('kind')}>
        {shortcomingKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`record.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <YearField
        id="record-year"
        label={t('record.year')}
        error={errors.year}
        {...register('year', ratingYearRules(t))}
      />
      <TextAreaField
        id="record-description"
        label={t('record.description')}
        hint={t('record.descriptionHint')}
        rows={2}
        maxLength={2000}
        error={errors.description}
        {...register('description', {
          required: t('form.required'),
          validate: (text) => text.trim() !== '' || t('form.required'),
        })}
      />
      <ErrorNotice error={adding.error} />
      {saved ? <p role="status">{saved}</p> : null}
      <SubmitActions label={t('record.save')} disabled={adding.pending} />
    </form>
  );
}
