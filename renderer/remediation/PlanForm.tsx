import { useEffect, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { localIsoDay } from '../../shared/campaigns/calendar';
import { planSources, type RemediationView } from '../../shared/remediation/remediationSchemas';
import { dateInputProps, dateRules } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { MeasureFields } from './MeasureFields';
import { emptyMeasure, planFormValuesOf, planInputOf, type PlanFormValues } from './planFormValues';

/** A plan has at most this many measures (the contract's limit). */
const maxMeasures = 50;

/**
 * The administrator enters a person's remediation plan, or corrects it: where it came from (paper
 * or the unit), the day it was submitted, and its measures, one per flagged criterion to start
 * with. The core checks that every flagged criterion has a measure; a refusal shows here and what
 * was typed stays.
 */
export function PlanForm({
  view,
  onSaved,
  onCancel,
}: {
  view: RemediationView;
  onSaved: () => void;
  /** Null while there is no plan yet: the form is the only way forward. */
  onCancel: (() => void) | null;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const form = useForm<PlanFormValues>({ defaultValues: planFormValuesOf(view, localIsoDay(new Date())) });
  const measures = useFieldArray({ control: form.control, name: 'measures' });
  const errors = form.formState.errors;
  const flaggedNumbers = new Set(view.flagged.map((criterion) => criterion.number));

  // After a measure is removed, the focus goes to the measure now in its place (or the one before
  // it): a new request each time, so removing twice in the same place still moves the focus.
  const [focusRequest, setFocusRequest] = useState<{ index: number } | null>(null);
  const { setFocus } = form;
  useEffect(() => {
    if (focusRequest) setFocus(`measures.${focusRequest.index}.criterion`);
  }, [focusRequest, setFocus]);

  const save = form.handleSubmit(async (values) => {
    const result = await saving.submit(() => session.call('remediation.savePlan', planInputOf(view.contestId, values)));
    if (result.ok) onSaved();
  });

  const heading = view.plan ? t('remediationForm.editHeading') : t('remediationForm.heading');
  return (
    <form
      className="remediation-plan-form"
      aria-labelledby="remediation-form-heading"
      noValidate
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id="remediation-form-heading">{heading}</h3>
      <p className="note">{t('remediationForm.hint')}</p>
      <fieldset className="source-choice">
        <legend>{t('remediationForm.source')}</legend>
        {planSources.map((source) => (
          <div className="checkbox" key={source}>
            <input id={`remediation-source-${source}`} type="radio" value={source} {...form.register('source')} />
            <label htmlFor={`remediation-source-${source}`}>{t(`remediationForm.source.${source}`)}</label>
          </div>
        ))}
      </fieldset>
      <Field
        id="remediation-submitted-on"
        label={t('remediationForm.submittedOn')}
        hint={t('remediationForm.dateHint')}
        narrow
        {...dateInputProps}
        error={errors.submittedOn}
        {...form.register('submittedOn', dateRules(t, true))}
      />
      {measures.fields.map((field, index) => (
        <MeasureFields
          key={field.id}
          form={form}
          index={index}
          criteria={view.criteria}
          flaggedNumbers={flaggedNumbers}
          onRemove={
            measures.fields.length > 1
              ? () => {
                  measures.remove(index);
                  setFocusRequest({ index: Math.min(index, measures.fields.length - 2) });
                }
              : null
          }
        />
      ))}
      {measures.fields.length < maxMeasures ? (
        <p>
          <button type="button" className="secondary" onClick={() => measures.append(emptyMeasure())}>
            {t('remediationForm.add')}
          </button>
        </p>
      ) : null}
      <ErrorNotice error={saving.error} />
      {saving.pending ? <p role="status">{t('remediationForm.saving')}</p> : null}
      <SubmitActions label={t('remediationForm.save')} disabled={saving.pending}>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('remediationForm.cancel')}
          </button>
        ) : null}
      </SubmitActions>
    </form>
  );
}
