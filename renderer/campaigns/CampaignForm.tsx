import { useCallback, useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  percentageBaseLabels,
  percentageBases,
  type Campaign,
  type CampaignFields,
} from '../../shared/campaigns/campaignSchemas';
import type { CallResult } from '../../shared/contract';
import type { UnitType } from '../../shared/campaigns/unitTypes';
import type { TemplateSummary } from '../../shared/templates/templateViews';
import { dateInputProps, dateRules, dateText, isoDay } from '../forms/dayMonthYear';
import { Field, SelectField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { DataTable } from '../forms/DataTable';
import { useLoaded } from '../forms/useLoaded';

interface FormLists {
  unitTypes: UnitType[];
  templates: TemplateSummary[];
}

interface ScheduleRow {
  unitType: string;
  include: boolean;
  pollDate: string;
  templateVersionId: string;
}

interface CampaignValues {
  name: string;
  planNumber: string;
  planDate: string;
  issuingBody: string;
  locality: string;
  year: number;
  percentageBase: CampaignFields['percentageBase'];
  thirdKeying: boolean;
  flagThresholdPercent: number;
  textFloor: number;
  auditSampleSize: number;
  auditWarningPerThousand: number;
  refuseWhileOnline: boolean;
  schedule: ScheduleRow[];
}

function latestVersionId(templates: readonly TemplateSummary[], code: string | null): string {
  const template = templates.find((candidate) => candidate.code === code) ?? templates[0];
  return template?.versions.at(-1)?.id ?? '';
}

/** Create or edit a campaign: its plan, and per unit type whether it is polled, when, with which form. */
export function CampaignForm({
  campaign,
  onSaved,
  onCancel,
}: {
  campaign?: Campaign;
  onSaved: (campaign: Campaign) => void;
  onCancel?: () => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const { pending, error, submit } = useSubmission();
  const [saved, setSaved] = useState(false);
  const form = useForm<CampaignValues>();
  const { register, handleSubmit, reset, formState, getValues, setValue } = form;
  const errors = formState.errors;
  const year = useWatch({ control: form.control, name: 'year' });

  // Poll dates follow the campaign's year until someone sets them by hand.
  useEffect(() => {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return;
    getValues('schedule')?.forEach((row, index) => {
      if (formState.dirtyFields.schedule?.[index]?.pollDate) return;
      const day = isoDay(row.pollDate);
      if (day && !day.startsWith(`${year}-`))
        setValue(`schedule.${index}.pollDate`, dateText(`${year}${day.slice(4)}`));
    });
  }, [year, getValues, setValue, formState.dirtyFields.schedule]);

  const loadLists = useCallback(async (): Promise<CallResult<FormLists>> => {
    const [types, templateList] = await Promise.all([
      session.call('campaigns.unitTypes', {}),
      session.call('templates.list', {}),
    ]);
    if (!types.ok) return types;
    if (!templateList.ok) return templateList;
    return { ok: true, value: { unitTypes: types.value, templates: templateList.value } };
  }, [session]);
  // Without the unit types and forms the schedule cannot be filled in: a failure is shown, with
  // a way to try again, and nothing can be submitted until they are here.
  const lists = useLoaded<FormLists | null>(loadLists, null);
  const unitTypes = lists.value?.unitTypes ?? [];
  const templates = lists.value?.templates ?? [];

  useEffect(() => {
    if (!lists.value) return;
    const { unitTypes: types, templates: templateList } = lists.value;
    const year = campaign?.year ?? new Date().getFullYear();
    // What someone typed while the lists were loading is kept, not wiped by the defaults.
    reset(
      {
        name: campaign?.name ?? '',
        planNumber: campaign?.planNumber ?? '',
        planDate: dateText(campaign?.planDate),
        issuingBody: campaign?.issuingBody ?? '',
        locality: campaign?.locality ?? '',
        year,
        percentageBase: campaign?.percentageBase ?? 'returned',
        thirdKeying: campaign?.keyingsRequired === 3,
        flagThresholdPercent: campaign?.flagThresholdPercent ?? 20,
        textFloor: campaign?.textFloor ?? 10,
        auditSampleSize: campaign?.auditSampleSize ?? 0,
        auditWarningPerThousand: campaign?.auditWarningPerThousand ?? 1,
        refuseWhileOnline: campaign?.refuseWhileOnline ?? true,
        schedule: types.map((type) => {
          const entry = campaign?.schedule.find((candidate) => candidate.unitType === type.code);
          return {
            unitType: type.code,
            include: campaign ? entry !== undefined : true,
            pollDate: dateText(entry?.pollDate ?? `${year}-${type.category === 'ward' ? '10' : '05'}-01`),
            templateVersionId: entry?.templateVersionId ?? latestVersionId(templateList, type.defaultTemplateCode),
          };
        }),
      },
      { keepDirtyValues: true },
    );
  }, [lists.value, campaign, reset]);

  const save = handleSubmit(async (values) => {
    setSaved(false);
    const fields: CampaignFields = {
      name: values.name,
      planNumber: values.planNumber,
      planDate: isoDay(values.planDate),
      issuingBody: values.issuingBody,
      locality: values.locality,
      year: Number(values.year),
      percentageBase: values.percentageBase,
      keyingsRequired: values.thirdKeying ? 3 : 2,
      flagThresholdPercent: Number(values.flagThresholdPercent),
      textFloor: Number(values.textFloor),
      auditSampleSize: Number(values.auditSampleSize),
      auditWarningPerThousand: Number(values.auditWarningPerThousand),
      refuseWhileOnline: values.refuseWhileOnline,
      schedule: values.schedule
        .filter((row) => row.include)
        .map((row) => ({
          unitType: row.unitType,
          pollDate: isoDay(row.pollDate),
          templateVersionId: row.templateVersionId,
        })),
    };
    const result = await submit(() =>
      campaign
        ? session.call('campaigns.update', { campaignId: campaign.id, ...fields })
        : session.call('campaigns.create', fields),
    );
    if (result.ok) {
      setSaved(true);
      onSaved(result.value);
    }
  });

  return (
    <form noValidate onSubmit={save} aria-busy={pending} aria-labelledby="campaign-form-heading">
      {campaign ? (
        <h3 id="campaign-form-heading">{t('campaigns.infoTab')}</h3>
      ) : (
        <h2 id="campaign-form-heading">{t('campaigns.new')}</h2>
      )}
      <div className="narrow-form">
        <Field
          label={t('campaigns.name')}
          autoFocus={!campaign}
          error={errors.name}
          {...register('name', { required: t('form.required') })}
        />
        <Field label={t('campaigns.planNumber')} {...register('planNumber')} />
        <Field
          label={t('campaigns.planDate')}
          {...dateInputProps}
          error={errors.planDate}
          {...register('planDate', dateRules(t, true))}
        />
        <Field label={t('campaigns.issuingBody')} {...register('issuingBody')} />
        <Field label={t('campaigns.locality')} hint={t('campaigns.localityHint')} {...register('locality')} />
        <Field
          label={t('campaigns.year')}
          type="number"
          error={errors.year}
          {...register('year', { required: t('form.required'), valueAsNumber: true })}
        />
        <SelectField id="campaign-base" label={t('campaigns.percentageBase')} {...register('percentageBase')}>
          {percentageBases.map((base) => (
            <option key={base} value={base}>
              {pick(percentageBaseLabels[base])}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('campaigns.flagThreshold')}
          type="number"
          min={1}
          max={100}
          error={errors.flagThresholdPercent}
          {...register('flagThresholdPercent', { required: t('form.required'), valueAsNumber: true })}
        />
        <Field
          label={t('campaigns.textFloor')}
          hint={t('campaigns.textFloorHint')}
          type="number"
          min={5}
          max={1000}
          error={errors.textFloor}
          {...register('textFloor', { required: t('form.required'), valueAsNumber: true })}
        />
        <Field
          label={t('campaigns.auditSampleSize')}
          hint={t('campaigns.auditSampleSizeHint')}
          type="number"
          min={0}
          max={1000}
          error={errors.auditSampleSize}
          {...register('auditSampleSize', { required: t('form.required'), valueAsNumber: true })}
        />
        <Field
          label={t('campaigns.auditWarning')}
          hint={t('campaigns.auditWarningHint')}
          type="number"
          min={0.01}
          max={1000}
          step={0.01}
          error={errors.auditWarningPerThousand}
          {...register('auditWarningPerThousand', { required: t('form.required'), valueAsNumber: true })}
        />
      </div>
      <div className="checkbox">
        <input id="campaign-third-keying" type="checkbox" {...register('thirdKeying')} />
        <label htmlFor="campaign-third-keying">{t('campaigns.thirdKeying')}</label>
      </div>
      <div className="checkbox">
        <input
          id="campaign-refuse-online"
          type="checkbox"
          aria-describedby="campaign-refuse-online-hint"
          {...register('refuseWhileOnline')}
        />
        <label htmlFor="campaign-refuse-online">{t('campaigns.refuseWhileOnline')}</label>
      </div>
      <p id="campaign-refuse-online-hint" className="field-hint">
        {t('campaigns.refuseWhileOnlineHint')}
      </p>
      <h3>{t('campaigns.schedule')}</h3>
      <DataTable
        labels={[
          t('campaigns.unitType'),
          t('campaigns.scheduleInclude'),
          t('campaigns.pollDate'),
          t('campaigns.template'),
        ]}
      >
        {unitTypes.map((type, index) => (
          <tr key={type.code}>
            <th scope="row">{type.name}</th>
            <td>
              <input
                type="checkbox"
                aria-label={`${t('campaigns.scheduleInclude')}: ${type.name}`}
                {...register(`schedule.${index}.include`)}
              />
            </td>
            <td>
              <input
                {...dateInputProps}
                aria-label={`${t('campaigns.pollDate')}: ${type.name}`}
                aria-invalid={errors.schedule?.[index]?.pollDate ? true : undefined}
                title={errors.schedule?.[index]?.pollDate?.message}
                {...register(`schedule.${index}.pollDate`, dateRules(t, false))}
              />
            </td>
            <td>
              <select
                aria-label={`${t('campaigns.template')}: ${type.name}`}
                {...register(`schedule.${index}.templateVersionId`)}
              >
                {templates.flatMap((template) =>
                  template.versions.map((version) => (
                    <option key={version.id} value={version.id}>
                      {template.name} — {t('templates.version', { version: version.version })}
                    </option>
                  )),
                )}
              </select>
            </td>
          </tr>
        ))}
      </DataTable>
      <ErrorNotice error={error} />
      {lists.error ? (
        <div className="load-failed" data-testid="campaign-lists-failed">
          <p>{t('campaigns.listsFailed')}</p>
          <ErrorNotice error={lists.error} />
          <button type="button" className="secondary" onClick={lists.reload}>
            {t('campaigns.listsRetry')}
          </button>
        </div>
      ) : null}
      {saved ? <p role="status">{t('campaigns.saved')}</p> : null}
      <SubmitActions label={campaign ? t('campaigns.save') : t('campaigns.create')} disabled={pending || !lists.value}>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('campaigns.cancel')}
          </button>
        ) : null}
      </SubmitActions>
    </form>
  );
}
