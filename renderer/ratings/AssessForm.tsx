import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RatingLevelId } from '../../shared/ratings/ratingLevels';
import type { RatingEntry } from '../../shared/ratings/ratingSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { SelectField, TextAreaField } from '../forms/Field';
import { InfoRow } from '../forms/InfoRow';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { LevelOptions } from './LevelOptions';
import { LevelText } from './LevelText';

interface AssessValues {
  selfLevel: RatingLevelId | '';
  selfAssessment: string;
  proposedLevel: RatingLevelId | '';
}

/** The entry's self-assessment (own level, summary) and the level proposed for it; read back once decided. */
export function AssessForm({ roundId, entry }: { roundId: string; entry: RatingEntry }) {
  const { t } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit } = useForm<AssessValues>({
    defaultValues: {
      selfLevel: entry.selfLevel ?? '',
      selfAssessment: entry.selfAssessment,
      proposedLevel: entry.proposedLevel ?? '',
    },
  });

  if (entry.decidedLevel)
    return (
      <section aria-labelledby="entry-assess-heading">
        <h4 id="entry-assess-heading">{t('entry.assess')}</h4>
        <dl className="info-list">
          <InfoRow label={t('entry.selfLevel')}>
            <LevelText level={entry.selfLevel} />
          </InfoRow>
          <InfoRow label={t('entry.selfAssessment')}>{entry.selfAssessment || '—'}</InfoRow>
          <InfoRow label={t('entry.proposedLevel')}>
            <LevelText level={entry.proposedLevel} />
          </InfoRow>
        </dl>
        <p className="note">{t('entry.assessFrozen')}</p>
      </section>
    );

  const save = handleSubmit(async (values) => {
    setSaved(false);
    const result = await saving.submit(() =>
      session.call('ratings.assess', {
        roundId,
        subjectId: entry.subjectId,
        selfLevel: values.selfLevel || null,
        selfAssessment: values.selfAssessment,
        proposedLevel: values.proposedLevel || null,
      }),
    );
    if (result.ok) setSaved(true);
  });

  return (
    <form
      aria-labelledby="entry-assess-heading"
      data-focus-home
      tabIndex={-1}
      noValidate
      onSubmit={(event) => void save(event)}
    >
      <h4 id="entry-assess-heading">{t('entry.assess')}</h4>
      <SelectField id="entry-self-level" label={t('entry.selfLevel')} {...register('selfLevel')}>
        <LevelOptions none={t('entry.noLevel')} />
      </SelectField>
      <TextAreaField
        id="entry-self-assessment"
        label={t('entry.selfAssessment')}
        rows={4}
        maxLength={5000}
        {...register('selfAssessment')}
      />
      <SelectField id="entry-proposed-level" label={t('entry.proposedLevel')} {...register('proposedLevel')}>
        <LevelOptions none={t('entry.noLevel')} />
      </SelectField>
      <ErrorNotice error={saving.error} />
      {saved ? <p role="status">{t('entry.assessed')}</p> : null}
      <SubmitActions label={t('entry.saveAssessment')} disabled={saving.pending} />
    </form>
  );
}
