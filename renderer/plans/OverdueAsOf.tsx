import { useForm } from 'react-hook-form';
import { dateInputProps, dateRules, isoDay } from '../forms/dayMonthYear';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLanguage } from '../i18n/LanguageContext';

/** The day overdue is judged on: typed dd/mm/yyyy, or left empty for today. */
export function OverdueAsOf({ onChoose }: { onChoose: (asOf: string | null) => void }) {
  const { t } = useLanguage();
  const { register, handleSubmit, formState } = useForm<{ asOf: string }>({ defaultValues: { asOf: '' } });
  const show = handleSubmit(({ asOf }) => onChoose(asOf.trim() === '' ? null : isoDay(asOf)));
  return (
    <form className="filters overdue-as-of" noValidate onSubmit={(event) => void show(event)}>
      <Field
        id="overdue-as-of"
        label={t('overdueList.asOf')}
        hint={t('overdueList.asOfHint')}
        {...dateInputProps}
        error={formState.errors.asOf}
        {...register('asOf', dateRules(t, false))}
      />
      <SubmitActions label={t('overdueList.show')} />
    </form>
  );
}
