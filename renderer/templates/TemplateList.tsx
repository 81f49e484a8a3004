import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { schoolForm } from '../../shared/templates/builtInTemplates';
import { scaleLabels, type Scale, type TemplateContent } from '../../shared/templates/templateContent';
import type { TemplateSummary } from '../../shared/templates/templateViews';
import { Field, SelectField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { ScaleOptions } from './ScaleOptions';
import { navigate } from '../app/navigate';

/** A new template starts from the official form's wording, with one row to reword. */
function starterContent(scale: Scale): TemplateContent {
  return {
    ...schoolForm,
    scale,
    levels:
      scale === 'points10'
        ? []
        : scale === 'rating4'
          ? [
              'Hoàn thành xuất sắc nhiệm vụ',
              'Hoàn thành tốt nhiệm vụ',
              'Hoàn thành nhiệm vụ',
              'Không hoàn thành nhiệm vụ',
            ]
          : schoolForm.levels,
    levelsColumn: scale === 'points10' ? 'Điểm (thang điểm 10)' : schoolForm.levelsColumn,
    criteria: [{ text: 'Nội dung thứ nhất' }],
  };
}

export function TemplateList({ user }: { user: SessionUser }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('templates.list', {}), [session]);
  const templates = useLoaded<TemplateSummary[]>(load, []);
  const creating = useSubmission();
  const { register, handleSubmit, formState } = useForm<{ name: string; scale: Scale }>({
    defaultValues: { scale: 'levels4' },
  });
  const mayCreate = mayCall(contract['templates.create'].access, user.role);

  const create = handleSubmit(async ({ name, scale }) => {
    const result = await creating.submit(() =>
      session.call('templates.create', { name, content: starterContent(scale) }),
    );
    if (result.ok) navigate(`#/campaigns/templates/${result.value.id}`);
  });

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('templates.heading')}</h2>
      <ErrorNotice error={templates.error} />
      <ul className="template-list">
        {templates.value.map((template) => (
          <li key={template.id}>
            <strong>{template.name}</strong>{' '}
            {template.builtIn ? <span className="badge">{t('templates.builtIn')}</span> : null}
            <ul>
              {template.versions.map((version) => (
                <li key={version.id}>
                  <a href={`#/campaigns/templates/${version.id}`}>
                    {t('templates.version', { version: version.version })}
                  </a>{' '}
                  · {pick(scaleLabels[version.scale])} · {t('templates.rows', { count: version.rowCount })} ·{' '}
                  {version.frozen ? t('templates.frozen') : t('templates.editable')}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {mayCreate ? (
        <form noValidate onSubmit={create} className="narrow-form" aria-labelledby="new-template-heading">
          <h3 id="new-template-heading">{t('templates.new')}</h3>
          <Field
            label={t('templates.name')}
            error={formState.errors.name}
            {...register('name', { required: t('form.required') })}
          />
          <SelectField id="new-template-scale" label={t('templates.scale')} {...register('scale')}>
            <ScaleOptions />
          </SelectField>
          <ErrorNotice error={creating.error} />
          <SubmitActions label={t('templates.new')} disabled={creating.pending} />
        </form>
      ) : null}
    </section>
  );
}
