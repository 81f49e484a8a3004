import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { RemediationView } from '../../shared/remediation/remediationSchemas';
import { dateInputProps, dateRules } from '../forms/dayMonthYear';
import { Field, SelectField, TextAreaField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { otherCriterion, type PlanFormValues } from './planFormValues';

/**
 * One measure of the plan: the row of the form it remedies (those flagged said so) or "Khác",
 * which asks what it is; the measures; the deadline; who checks. A plan keeps at least one.
 */
export function MeasureFields({
  form,
  index,
  criteria,
  flaggedNumbers,
  onRemove,
}: {
  form: UseFormReturn<PlanFormValues>;
  index: number;
  criteria: RemediationView['criteria'];
  flaggedNumbers: ReadonlySet<number>;
  /** Null for the only measure. */
  onRemove: (() => void) | null;
}) {
  const { t } = useLanguage();
  const { register, control } = form;
  const errors = form.formState.errors.measures?.[index];
  const criterion = useWatch({ control, name: `measures.${index}.criterion` });
  const number = index + 1;
  const id = (field: string) => `remediation-measure-${index}-${field}`;
  const requiredText = {
    required: t('form.required'),
    validate: (text: string) => text.trim() !== '' || t('form.required'),
  };
  return (
    <fieldset className="measure-fields" data-measure={number}>
      <legend>{t('remediationForm.measure', { number })}</legend>
      <SelectField
        id={id('criterion')}
        label={t('remediationForm.criterion')}
        error={errors?.criterion}
        {...register(`measures.${index}.criterion`, { required: t('form.required') })}
      >
        <option value="">{t('remediationForm.chooseCriterion')}</option>
        {criteria.map((row) => (
          <option key={row.number} value={String(row.number)}>
            {t(flaggedNumbers.has(row.number) ? 'remediationForm.flaggedOption' : 'remediationForm.criterionOption', {
              number: row.number,
              text: row.text,
            })}
          </option>
        ))}
        <option value={otherCriterion}>{t('remediationForm.other')}</option>
      </SelectField>
      {criterion === otherCriterion ? (
        <Field
          id={id('criterion-text')}
          label={t('remediationForm.otherText')}
          autoComplete="off"
          maxLength={500}
          error={errors?.criterionText}
          {...register(`measures.${index}.criterionText`, requiredText)}
        />
      ) : null}
      <TextAreaField
        id={id('measures')}
        label={t('remediationForm.measures')}
        rows={3}
        maxLength={4000}
        error={errors?.measures}
        {...register(`measures.${index}.measures`, requiredText)}
      />
      <div className="filters">
        <Field
          id={id('deadline')}
          label={t('remediationForm.deadline')}
          hint={t('remediationForm.dateHint')}
          {...dateInputProps}
          error={errors?.deadline}
          {...register(`measures.${index}.deadline`, dateRules(t, true))}
        />
        <Field
          id={id('checker')}
          label={t('remediationForm.checker')}
          autoComplete="off"
          maxLength={300}
          error={errors?.checker}
          {...register(`measures.${index}.checker`, requiredText)}
        />
      </div>
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          {t('remediationForm.remove', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
