import { useForm } from 'react-hook-form';
import type { PersonMatch } from '../../shared/remediation/remediationSchemas';
import { ErrorNotice } from '../forms/ErrorNotice';
import { SubmitActions } from '../forms/SubmitActions';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { personText } from './personText';

/** The radio value of "none of these". */
const nobody = 'nobody';

/**
 * One person whose match to last year is uncertain: why (moved, same name twice, similar name),
 * who last year it could be, the likeliest first, or nobody of them. The administrator confirms;
 * the core refuses a person of last year already matched to someone else, and says who.
 */
export function PendingMatch({ person, mayDecide }: { person: PersonMatch; mayDecide: boolean }) {
  const { t } = useLanguage();
  const session = useSession();
  const deciding = useSubmission();
  const { register, handleSubmit, formState } = useForm<{ previous: string }>({ defaultValues: { previous: '' } });
  const headingId = `match-${person.subjectId}-heading`;
  const errorId = `match-${person.subjectId}-error`;
  const choiceError = formState.errors.previous;

  const decide = handleSubmit(({ previous }) =>
    deciding.submit(() =>
      session.call('remediation.decideMatch', {
        subjectId: person.subjectId,
        previousSubjectId: previous === nobody ? null : previous,
      }),
    ),
  );

  const heading = (
    <>
      <h4 id={headingId}>{personText(person)}</h4>
      <p>{t(`remediationMatches.kind.${person.kind}`)}</p>
    </>
  );
  if (!mayDecide)
    return (
      <div className="pending-match" data-subject={person.subjectId}>
        {heading}
        <ul>
          {person.candidates.map((candidate) => (
            <li key={candidate.subjectId}>{personText(candidate)}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <form
      className="pending-match"
      data-subject={person.subjectId}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void decide(event)}
    >
      {heading}
      <fieldset aria-describedby={choiceError ? errorId : undefined}>
        <legend>{t('remediationMatches.who')}</legend>
        {person.candidates.map((candidate) => {
          const id = `match-${person.subjectId}-${candidate.subjectId}`;
          return (
            <div className="checkbox" key={candidate.subjectId}>
              <input
                id={id}
                type="radio"
                value={candidate.subjectId}
                {...register('previous', { required: t('remediationMatches.chooseOne') })}
              />
              <label htmlFor={id}>{personText(candidate)}</label>
            </div>
          );
        })}
        <div className="checkbox">
          <input
            id={`match-${person.subjectId}-${nobody}`}
            type="radio"
            value={nobody}
            {...register('previous', { required: t('remediationMatches.chooseOne') })}
          />
          <label htmlFor={`match-${person.subjectId}-${nobody}`}>{t('remediationMatches.nobody')}</label>
        </div>
        {choiceError?.message ? (
          <p id={errorId} className="field-error" role="alert">
            {choiceError.message}
          </p>
        ) : null}
      </fieldset>
      <ErrorNotice error={deciding.error} />
      <SubmitActions label={t('remediationMatches.confirm')} disabled={deciding.pending} />
    </form>
  );
}
