import { useCallback, useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { scaleUses, type Scale, type TemplateContent } from '../../shared/templates/templateContent';
import type { TemplateVersionView } from '../../shared/templates/templateViews';
import { Field, FormActions, SelectField, TextAreaField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { ScaleOptions } from './ScaleOptions';
import { navigate } from '../app/navigate';

interface EditorValues {
  name: string;
  scale: Scale;
  title: string;
  subtitle: string;
  criteriaHeading: string;
  criteriaColumn: string;
  levelsColumn: string;
  levels: string;
  showLevelNumbers: boolean;
  noteColumn: string;
  otherHeading: string;
  prestigeHeading: string;
  prestigeLevels: string;
  criteria: Array<{ text: string }>;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toValues(view: TemplateVersionView): EditorValues {
  const content = view.content;
  return {
    ...content,
    name: view.name,
    levels: content.levels.join('\n'),
    noteColumn: content.noteColumn ?? '',
    otherHeading: content.otherHeading ?? '',
    prestigeHeading: content.prestigeHeading ?? '',
    prestigeLevels: content.prestigeLevels.join('\n'),
    criteria: content.criteria.map((criterion) => ({ text: criterion.text })),
  };
}

function toContent(values: EditorValues): TemplateContent {
  const uses = scaleUses(values.scale);
  return {
    scale: values.scale,
    title: values.title,
    subtitle: values.subtitle,
    criteriaHeading: values.criteriaHeading,
    criteriaColumn: values.criteriaColumn,
    levelsColumn: values.levelsColumn,
    levels: uses.levels ? lines(values.levels) : [],
    showLevelNumbers: uses.levels && values.showLevelNumbers,
    noteColumn: orNull(values.noteColumn),
    otherHeading: orNull(values.otherHeading),
    prestigeHeading: uses.prestige ? orNull(values.prestigeHeading) : null,
    prestigeLevels: uses.prestige ? lines(values.prestigeLevels) : [],
    criteria: values.criteria
      .map((criterion) => ({ text: criterion.text.trim() }))
      .filter((criterion) => criterion.text !== ''),
  };
}

/** Reword, reorder, add or remove rows and choose the scale; a frozen version is only shown and copied. */
export function TemplateEditor({ versionId, user }: { versionId: string; user: SessionUser }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('templates.get', { versionId }), [session, versionId]);
  const version = useLoaded<TemplateVersionView | null>(load, null);
  const saving = useSubmission();
  const copying = useSubmission();
  const [saved, setSaved] = useState(false);
  const [pasted, setPasted] = useState('');
  const form = useForm<EditorValues>();
  const criteria = useFieldArray({ control: form.control, name: 'criteria' });
  const chosenScale = useWatch({ control: form.control, name: 'scale' });
  const { reset } = form;
  const view = version.value;

  useEffect(() => {
    if (view) reset(toValues(view));
  }, [view, reset]);

  if (version.error) return <ErrorNotice error={version.error} />;
  if (!view) return <p role="status">{t('overview.loading')}</p>;

  const mayEdit = mayCall(contract['templates.update'].access, user.role);
  const editable = mayEdit && !view.frozen;
  // The fields follow the scale chosen now, not the one the version was saved with.
  const uses = scaleUses(chosenScale ?? view.content.scale);
  const rowWords = uses.peopleRows
    ? ({ heading: 'templates.people', row: 'templates.person', add: 'templates.addPerson' } as const)
    : ({ heading: 'templates.criteria', row: 'templates.criterion', add: 'templates.addCriterion' } as const);
  const addPasted = () => {
    criteria.append(lines(pasted).map((text) => ({ text })));
    setPasted('');
  };

  const save = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await saving.submit(() =>
      session.call('templates.update', { versionId, name: values.name, content: toContent(values) }),
    );
    if (result.ok) setSaved(true);
  });
  const copy = async () => {
    const result = await copying.submit(() => session.call('templates.newVersion', { versionId }));
    if (result.ok) navigate(`#/campaigns/templates/${result.value.id}`);
  };

  return (
    <section aria-labelledby="template-heading">
      <p>
        <a href="#/campaigns/templates">← {t('templates.heading')}</a>
      </p>
      <h2 id="template-heading">
        {view.name} — {t('templates.version', { version: view.version })}
      </h2>
      {view.frozen ? <p className="note">{t('templates.frozenNote')}</p> : null}
      <FormActions>
        {mayEdit ? (
          <button type="button" className="secondary" onClick={() => void copy()} disabled={copying.pending}>
            {t('templates.copyToNew')}
          </button>
        ) : null}
      </FormActions>
      <ErrorNotice error={copying.error} />
      <PrintPanel document={{ kind: 'blankBallot', versionId }} label={t('templates.printBlank')} />
      <form noValidate onSubmit={save} aria-busy={saving.pending} className="template-form">
        <fieldset disabled={!editable}>
          <Field label={t('templates.name')} {...form.register('name', { required: t('form.required') })} />
          <SelectField id="template-scale" label={t('templates.scale')} {...form.register('scale')}>
            <ScaleOptions />
          </SelectField>
          <Field label={t('templates.title')} {...form.register('title', { required: t('form.required') })} />
          <Field label={t('templates.subtitle')} {...form.register('subtitle')} />
          <Field
            label={t('templates.criteriaHeading')}
            {...form.register('criteriaHeading', { required: t('form.required') })}
          />
          <Field
            label={t('templates.criteriaColumn')}
            {...form.register('criteriaColumn', { required: t('form.required') })}
          />
          <Field
            label={t('templates.levelsColumn')}
            {...form.register('levelsColumn', { required: t('form.required') })}
          />
          {uses.levels ? (
            <>
              <TextAreaField
                id="template-levels"
                label={uses.peopleRows ? t('templates.ratingLevels') : t('templates.levels')}
                rows={4}
                {...form.register('levels')}
              />
              <div className="checkbox">
                <input id="template-level-numbers" type="checkbox" {...form.register('showLevelNumbers')} />
                <label htmlFor="template-level-numbers">{t('templates.showLevelNumbers')}</label>
              </div>
            </>
          ) : (
            <p className="note">{t('templates.pointsNote')}</p>
          )}
          <Field label={t('templates.noteColumn')} {...form.register('noteColumn')} />
          <Field label={t('templates.otherHeading')} {...form.register('otherHeading')} />
          {uses.prestige ? (
            <>
              <Field label={t('templates.prestigeHeading')} {...form.register('prestigeHeading')} />
              <TextAreaField
                id="template-prestige"
                label={t('templates.prestigeLevels')}
                rows={4}
                {...form.register('prestigeLevels')}
              />
            </>
          ) : null}
          <h3>{t(rowWords.heading)}</h3>
          {uses.peopleRows ? <p className="note">{t('templates.peopleNote')}</p> : null}
          <ol className="criteria-editor">
            {criteria.fields.map((field, index) => (
              <li key={field.id}>
                <TextAreaField
                  id={`criterion-${index}`}
                  label={t(rowWords.row, { number: index + 1 })}
                  rows={2}
                  {...form.register(`criteria.${index}.text` as const)}
                />
                <FormActions>
                  <button
                    type="button"
                    className="secondary"
                    disabled={index === 0}
                    onClick={() => criteria.move(index, index - 1)}
                  >
                    {t('templates.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={index === criteria.fields.length - 1}
                    onClick={() => criteria.move(index, index + 1)}
                  >
                    {t('templates.moveDown')}
                  </button>
                  <button type="button" className="secondary" onClick={() => criteria.remove(index)}>
                    {t('templates.remove')}
                  </button>
                </FormActions>
              </li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={() => criteria.append({ text: '' })}>
            {t(rowWords.add)}
          </button>
          {uses.peopleRows ? (
            <div className="inline-form">
              <TextAreaField
                id="template-paste-people"
                label={t('templates.pastePeople')}
                rows={4}
                value={pasted}
                onChange={(event) => setPasted(event.target.value)}
              />
              <button type="button" className="secondary" onClick={addPasted} disabled={lines(pasted).length === 0}>
                {t('templates.addPasted', { count: lines(pasted).length })}
              </button>
            </div>
          ) : null}
          <ErrorNotice error={saving.error} />
          {saved ? <p role="status">{t('templates.saved')}</p> : null}
          {editable ? <SubmitActions label={t('templates.save')} disabled={saving.pending} /> : null}
        </fieldset>
      </form>
    </section>
  );
}
