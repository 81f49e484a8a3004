import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { say } from '../../shared/i18n/messages';
import {
  configurableRatingRules,
  defaultRatingRuleSettings,
  ratingRules,
  type RatingRuleSettings,
} from '../../shared/ratings/ratingRules';
import { navigate } from '../app/navigate';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { TitledForm } from '../forms/TitledForm';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { ratingYearRules, YearField } from './YearField';

interface RoundValues {
  year: number;
  name: string;
  rules: RatingRuleSettings;
}

// The name heads the round's documents, which are in Vietnamese whatever the screen's language.
const defaultName = (year: number) => say('vi', 'rounds.defaultName', { year });

/**
 * Open the year's round: the roster as it stands is entered in it. The optional rules (XL05) are
 * shown with their title and why they are optional — not in the seeds — and start off.
 */
export function RoundForm() {
  const { t, pick } = useLanguage();
  const session = useSession();
  const creating = useSubmission();
  const thisYear = new Date().getFullYear();
  const form = useForm<RoundValues>({
    defaultValues: { year: thisYear, name: defaultName(thisYear), rules: defaultRatingRuleSettings },
  });
  const { register, handleSubmit, formState, setValue } = form;
  const errors = formState.errors;
  const year = useWatch({ control: form.control, name: 'year' });

  // The name follows the year until someone types a name of their own.
  useEffect(() => {
    if (formState.dirtyFields.name || !Number.isInteger(Number(year))) return;
    setValue('name', defaultName(Number(year)));
  }, [year, formState.dirtyFields.name, setValue]);

  const create = handleSubmit(async (values) => {
    const result = await creating.submit(() =>
      session.call('ratings.createRound', { year: Number(values.year), name: values.name, rules: values.rules }),
    );
    if (result.ok) navigate(`#/ratings/rounds/${result.value.id}`);
  });

  return (
    <div data-focus-home tabIndex={-1}>
      <TitledForm id="round-new-heading" heading={t('rounds.new')} level={2} onSubmit={create}>
        <p className="note">{t('rounds.newHint')}</p>
        <YearField label={t('rounds.year')} error={errors.year} {...register('year', ratingYearRules(t))} />
        <Field
          label={t('rounds.name')}
          error={errors.name}
          {...register('name', { required: t('form.required'), maxLength: 300 })}
        />
        <fieldset>
          <legend>{t('rounds.optionalRules')}</legend>
          {configurableRatingRules.map((code) => {
            const rule = ratingRules[code];
            const note = rule.source.stated ? '' : `${pick(rule.source.note)} `;
            return (
              <div key={code}>
                <div className="checkbox">
                  <input
                    id={`round-rule-${code}`}
                    type="checkbox"
                    aria-describedby={`round-rule-${code}-hint`}
                    {...register(`rules.${code}`)}
                  />
                  <label htmlFor={`round-rule-${code}`}>
                    {t('rounds.ruleLabel', { code, title: pick(rule.title) })}
                  </label>
                </div>
                <p id={`round-rule-${code}-hint`} className="field-hint">
                  {note}
                  {t('rounds.ruleOffByDefault')}
                </p>
              </div>
            );
          })}
        </fieldset>
        <ErrorNotice error={creating.error} />
        <SubmitActions label={t('rounds.create')} disabled={creating.pending} />
      </TitledForm>
    </div>
  );
}
