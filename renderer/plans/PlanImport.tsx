import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorPayload } from '../../shared/errors';
import { appendixColumns } from '../../shared/plans/appendixRows';
import type { CallOutput } from '../../shared/contract';
import { navigate } from '../app/navigate';
import { chosenUpload, type FileUpload } from '../files/fileTransfer';
import { dateInputProps, dateRules, isoDay } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FileField, FormActions } from '../forms/Field';
import { FileCheckOutcome } from '../forms/FileCheck';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { emptyPlanDraft, periodInOrder, planFieldsOf, type PlanDraft } from './planDraft';
import { planHref } from './planRoutes';

type AppendixPreview = CallOutput<'plans.previewAppendix'>;

/**
 * "Nhập kế hoạch": the plan's fields and its appendix file. Submitting checks the fields and then
 * the file over the plan's period (tasks, occurrences, every row's problem); the plan is imported
 * only from a check without errors, and any change to a field or the file asks for a new check.
 * The core takes the plan with all its tasks or nothing.
 */
export function PlanImport() {
  const { t, pick } = useLanguage();
  const session = useSession();
  const [file, setFile] = useState<FileUpload | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [preview, setPreview] = useState<AppendixPreview | null>(null);
  const [checkError, setCheckError] = useState<ErrorPayload | null>(null);
  const [checking, setChecking] = useState(false);
  const importing = useSubmission();
  const { register, handleSubmit, formState, getValues } = useForm<PlanDraft>({
    defaultValues: emptyPlanDraft,
  });
  const errors = formState.errors;
  const toDateRules = dateRules(t, true);

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setCheckError(null);
    importing.clearError();
    const upload = await chosenUpload(chosen);
    setFile(upload);
    setFileMissing(upload === null);
  };

  const check = handleSubmit(async (draft) => {
    setPreview(null);
    setCheckError(null);
    importing.clearError();
    if (!file) {
      setFileMissing(true);
      document.getElementById('plan-file')?.focus();
      return;
    }
    setChecking(true);
    const result = await session.call('plans.previewAppendix', {
      file,
      fromDate: isoDay(draft.fromDate),
      toDate: isoDay(draft.toDate),
    });
    setChecking(false);
    if (result.ok) setPreview(result.value);
    else setCheckError(result.error);
  });

  const importNow = async () => {
    if (!file) return;
    const result = await importing.submit(() => session.call('plans.create', { ...planFieldsOf(getValues()), file }));
    if (result.ok) navigate(planHref(result.value.id));
  };

  const busy = checking || importing.pending;
  const columns = appendixColumns.map((column) => `«${pick(column)}»`).join(', ');
  return (
    <form
      className="import-panel plan-import"
      aria-labelledby="plan-import-heading"
      data-focus-home
      tabIndex={-1}
      noValidate
      onSubmit={(event) => void check(event)}
      // A check holds for the fields and the file it was made with: any change asks for a new one.
      onChange={() => setPreview(null)}
    >
      <h2 id="plan-import-heading">{t('planImport.heading')}</h2>
      <p className="note">{t('planImport.hint', { columns })}</p>
      <div className="narrow-form">
        <Field
          id="plan-title"
          label={t('planImport.title')}
          autoComplete="off"
          error={errors.title}
          {...register('title', {
            required: t('form.required'),
            validate: (text) => text.trim() !== '' || t('form.required'),
            maxLength: 500,
          })}
        />
        <Field
          id="plan-number"
          label={t('planImport.number')}
          autoComplete="off"
          error={errors.number}
          {...register('number', { maxLength: 100 })}
        />
        <Field
          id="plan-issued-on"
          label={t('planImport.issuedOn')}
          hint={t('planImport.dateHint')}
          {...dateInputProps}
          error={errors.issuedOn}
          {...register('issuedOn', dateRules(t, true))}
        />
        <Field
          id="plan-issuer"
          label={t('planImport.issuer')}
          autoComplete="off"
          error={errors.issuer}
          {...register('issuer', { maxLength: 300 })}
        />
        <Field
          id="plan-from"
          label={t('planImport.fromDate')}
          hint={t('planImport.periodHint')}
          {...dateInputProps}
          error={errors.fromDate}
          {...register('fromDate', dateRules(t, true))}
        />
        <Field
          id="plan-to"
          label={t('planImport.toDate')}
          hint={t('planImport.dateHint')}
          {...dateInputProps}
          error={errors.toDate}
          {...register('toDate', {
            ...toDateRules,
            validate: (text: string) => {
              const read = toDateRules.validate(text);
              return read !== true ? read : periodInOrder(getValues('fromDate'), text) || t('planImport.periodOrder');
            },
          })}
        />
        <FileField
          id="plan-file"
          label={t('planImport.file')}
          accept=".csv,.xlsx,text/csv"
          error={fileMissing ? { message: t('planImport.fileMissing') } : undefined}
          onChoose={(chosen) => void choose(chosen)}
        />
      </div>
      <FormActions>
        <button type="submit" disabled={busy}>
          {t('planImport.check')}
        </button>
        {preview && preview.errors.length === 0 ? (
          <button type="button" onClick={() => void importNow()} disabled={busy}>
            {t('planImport.doImport', { tasks: preview.tasks })}
          </button>
        ) : null}
      </FormActions>
      {checking ? <p role="status">{t('planImport.checking')}</p> : null}
      {importing.pending ? <p role="status">{t('planImport.importing')}</p> : null}
      <ErrorNotice error={checkError ?? importing.error} />
      {preview ? (
        <FileCheckOutcome
          errors={preview.errors}
          readsText={t('planImport.previewOk', preview)}
          problemsText={t('planImport.previewErrors', { count: preview.errors.length })}
          caption={t('planImport.errorsCaption')}
        />
      ) : null}
    </form>
  );
}
