import { useForm } from 'react-hook-form';
import type { Campaign } from '../../shared/campaigns/campaignSchemas';
import { dateInputProps, dateRules, dateText, isoDay } from '../forms/dayMonthYear';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { navigate } from '../app/navigate';

/** Next year's campaign: same units, people and templates; a new plan. */
export function CopyCampaignForm({ campaign }: { campaign: Campaign }) {
  const { t } = useLanguage();
  const session = useSession();
  const { pending, error, submit } = useSubmission();
  const nextYear = campaign.year + 1;
  const { register, handleSubmit, formState } = useForm({
    defaultValues: {
      name: campaign.name.replace(String(campaign.year), String(nextYear)),
      planNumber: '',
      planDate: dateText(`${nextYear}-01-15`),
    },
  });
  const copy = handleSubmit(async (values) => {
    const result = await submit(() =>
      session.call('campaigns.copyToNextYear', {
        campaignId: campaign.id,
        ...values,
        planDate: isoDay(values.planDate),
      }),
    );
    if (result.ok) navigate(`#/campaigns/${result.value.id}`);
  });
  return (
    <form noValidate onSubmit={copy} className="narrow-form" aria-label={t('campaigns.copy')}>
      <Field
        label={t('campaigns.copyName')}
        autoFocus
        error={formState.errors.name}
        {...register('name', { required: t('form.required') })}
      />
      <Field label={t('campaigns.planNumber')} {...register('planNumber')} />
      <Field
        label={t('campaigns.planDate')}
        {...dateInputProps}
        error={formState.errors.planDate}
        {...register('planDate', dateRules(t, true))}
      />
      <ErrorNotice error={error} />
      <SubmitActions label={t('campaigns.copy')} disabled={pending} />
    </form>
  );
}
