import { useCallback, useState } from 'react';
import type { ReturnedFieldsView } from '../../shared/counting/keyerReturns';
import type { ErrorPayload } from '../../shared/errors';
import type { TemplateContent } from '../../shared/templates/templateContent';
import { navigate } from '../app/navigate';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions, SelectField } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { fieldLabel, typedFieldValue } from './fieldValues';

type ReturnedField = ReturnedFieldsView['fields'][number];

/** The marks a row (or the prestige) may carry, as the keys of the entry screen: 1–4 (or 1–10), 0 blank, * several. */
function markChoices(field: string, form: TemplateContent, t: (key: 'entry.blank' | 'entry.several') => string) {
  const names =
    field === 'prestige'
      ? form.prestigeLevels
      : form.scale === 'points10'
        ? Array.from({ length: 10 }, (_, index) => String(index + 1))
        : form.levels;
  return [
    ...names.map((name, index) => ({ value: String(index + 1), label: `${index + 1}. ${name}` })),
    { value: '0', label: `0. ${t('entry.blank')}` },
    { value: '*', label: `*. ${t('entry.several')}` },
  ];
}

/**
 * The keyer's half of a return: the fields the head sent back, by paper position, each with an
 * input of its kind — and never a value, neither the other keying's nor the keyer's own: they
 * read the paper again. Saving answers all of them at once and the keyings are compared again.
 */
export function ReturnedFieldsScreen({ deskHref, batchId }: { deskHref: string; batchId: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.returnedFields', { batchId }), [session, batchId]);
  const loaded = useLoaded<ReturnedFieldsView | null>(load, null);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const view = loaded.value;

  if (!view) return loaded.error ? <ErrorNotice error={loaded.error} /> : <p role="status">{t('overview.loading')}</p>;

  const label = (field: ReturnedField) =>
    t('returned.field', { position: field.position, field: fieldLabel(field.field, t) });
  const isText = (field: ReturnedField) => field.field === 'other' || field.field.startsWith('note:');

  const save = async () => {
    setProblem(null);
    setError(null);
    const values = [];
    for (const field of view.fields) {
      const text = typed[field.differenceId];
      // A text left empty is an answer (nothing written there); a mark must be chosen.
      if (text === undefined && !isText(field) && field.field !== 'ballot')
        return setProblem(t('returned.missing', { position: field.position, field: fieldLabel(field.field, t) }));
      const value = typedFieldValue(field.field, text ?? '', view.form);
      if (field.field === 'ballot' && value === null && (text ?? '').trim() !== '')
        return setProblem(t('returned.ballotUnreadable', { position: field.position }));
      values.push({ differenceId: field.differenceId, value: value as never });
    }
    const result = await session.call('counting.answerReturn', { returnId: view.returnId, values });
    if (!result.ok) return setError(result.error);
    navigate(deskHref);
  };

  return (
    <section aria-labelledby="returned-heading" className="returned-fields">
      <p>
        <a href={deskHref}>← {t('counting.back')}</a>
      </p>
      <h2 id="returned-heading">{t('returned.heading', { batch: view.batchNumber, pass: view.pass })}</h2>
      <p>
        {view.unitName} — {view.subjectName}
      </p>
      <p>{t('returned.intro')}</p>
      <ErrorNotice error={error} />
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        {view.fields.map((field, index) => {
          const common = {
            id: `returned-${field.differenceId}`,
            label: label(field),
            autoFocus: index === 0,
            value: typed[field.differenceId] ?? '',
            'data-position': field.position,
            'data-field': field.field,
          };
          const set = (text: string) => setTyped((current) => ({ ...current, [field.differenceId]: text }));
          return (
            <div key={field.differenceId} className="returned-field">
              {field.rowText ? <p className="note">{field.rowText}</p> : null}
              {isText(field) ? (
                <Field {...common} hint={t('returned.noteHint')} onChange={(event) => set(event.target.value)} />
              ) : field.field === 'ballot' ? (
                <Field
                  {...common}
                  autoComplete="off"
                  hint={t('returned.ballotHint')}
                  onChange={(event) => set(event.target.value)}
                />
              ) : (
                <SelectField {...common} onChange={(event) => set(event.target.value)}>
                  <option value="" disabled>
                    {t('returned.choose')}
                  </option>
                  {markChoices(field.field, view.form, t).map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </SelectField>
              )}
            </div>
          );
        })}
        <FormActions>
          <ConfirmAction
            label={t('returned.save')}
            question={t('returned.saveQuestion', { count: view.fields.length })}
            confirmLabel={t('returned.saveConfirm')}
            onConfirm={save}
          />
        </FormActions>
      </form>
    </section>
  );
}
