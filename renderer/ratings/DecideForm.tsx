import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ratingLevels, type RatingLevelId } from '../../shared/ratings/ratingLevels';
import type { RatingEntry, RatingRecord } from '../../shared/ratings/ratingSchemas';
import { dateInputProps, dateRules, dateText, isoDay } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, SelectField } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import type { DecisionReference } from './EntryPanel';
import { LevelOptions } from './LevelOptions';
import { RecordChoices } from './RecordChoices';
import { useSession } from '../session/SessionContext';

interface DecideValues {
  level: RatingLevelId | '';
  decisionNumber: string;
  /** As typed, dd/mm/yyyy. */
  decisionDate: string;
}

/**
 * The decided level with the decision's number and date, and the records it takes into account.
 * The core checks the rules (XL01–XL05) and refuses a decision that breaks one with a message that
 * names the rule; the message shows here and what was typed stays, to be corrected.
 */
export function DecideForm({
  roundId,
  entry,
  records,
  lastDecision,
  onDecided,
}: {
  roundId: string;
  entry: RatingEntry;
  records: readonly RatingRecord[];
  lastDecision: DecisionReference | null;
  onDecided: (decision: DecisionReference) => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const deciding = useSubmission();
  const [decided, setDecided] = useState<RatingLevelId | null>(null);
  const [considered, setConsidered] = useState<readonly string[]>(entry.consideredRecordIds);
  const { register, handleSubmit, formState } = useForm<DecideValues>({
    defaultValues: {
      level: entry.decidedLevel ?? entry.proposedLevel ?? '',
      decisionNumber: entry.decisionNumber ?? lastDecision?.decisionNumber ?? '',
      decisionDate: entry.decisionDate ? dateText(entry.decisionDate) : (lastDecision?.decisionDate ?? ''),
    },
  });
  const errors = formState.errors;

  const decide = handleSubmit(async (values) => {
    if (!values.level) return;
    setDecided(null);
    const result = await deciding.submit(() =>
      session.call('ratings.decide', {
        roundId,
        subjectId: entry.subjectId,
        level: values.level as RatingLevelId,
        decisionNumber: values.decisionNumber,
        decisionDate: isoDay(values.decisionDate),
        consideredRecordIds: [...considered],
      }),
    );
    if (!result.ok) return;
    setDecided(result.value.decidedLevel);
    onDecided({ decisionNumber: values.decisionNumber.trim(), decisionDate: values.decisionDate.trim() });
  });

  return (
    <form
      aria-labelledby="entry-decide-heading"
      data-focus-home
      tabIndex={-1}
      noValidate
      onSubmit={(event) => void decide(event)}
    >
      <h4 id="entry-decide-heading">{t('entry.decide')}</h4>
      {entry.decidedLevel && entry.decisionNumber && entry.decisionDate ? (
        <p className="note">
          {t('entry.decidedAs', {
            level: pick(ratingLevels[entry.decidedLevel].label),
            number: entry.decisionNumber,
            date: dateText(entry.decisionDate),
          })}
        </p>
      ) : null}
      <SelectField
        id="entry-level"
        label={t('entry.level')}
        error={errors.level}
        {...register('level', { required: t('form.required') })}
      >
        <LevelOptions none={t('entry.chooseLevel')} />
      </SelectField>
      <Field
        id="entry-decision-number"
        label={t('entry.decisionNumber')}
        autoComplete="off"
        error={errors.decisionNumber}
        {...register('decisionNumber', {
          required: t('form.required'),
          validate: (text) => text.trim() !== '' || t('form.required'),
        })}
      />
      <Field
        id="entry-decision-date"
        label={t('entry.decisionDate')}
        hint={t('entry.decisionDateHint')}
        {...dateInputProps}
        error={errors.decisionDate}
        {...register('decisionDate', dateRules(t, true))}
      />
      <RecordChoices roundId={roundId} records={records} chosen={considered} onChange={setConsidered} />
      <ErrorNotice error={deciding.error} />
      {decided ? <p role="status">{t('entry.decided', { level: pick(ratingLevels[decided].label) })}</p> : null}
      <SubmitActions label={t('entry.saveDecision')} disabled={deciding.pending} />
    </form>
  );
}
