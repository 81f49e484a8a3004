import { ratedSubjectKindInfo } from '../../shared/ratings/ratingLevels';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import type { VoteCandidate } from './voteChoices';

/**
 * The organisation's collective and members, a box each, in the round's order. One that cannot be
 * put to a vote any more (decided, or in a vote already) is shown unticked and disabled, with why;
 * the box's name is the subject's name, what it is and why it is disabled describe it.
 */
export function VoteSubjectChoices({
  candidates,
  chosen,
  error,
  onChange,
}: {
  candidates: readonly VoteCandidate[];
  chosen: readonly string[];
  error: string | null;
  onChange: (chosen: readonly string[]) => void;
}) {
  const { t, pick } = useLanguage();
  const available = candidates.filter((candidate) => candidate.unavailable === null);
  const chosenCount = available.filter((candidate) => chosen.includes(candidate.entry.subjectId)).length;
  return (
    <fieldset
      className="vote-subject-choices"
      aria-describedby={error ? 'vote-subjects-count vote-subjects-error' : 'vote-subjects-count'}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('voteForm.subjects')}</legend>
      <p id="vote-subjects-count" className="field-hint">
        {available.length > 0
          ? t('voteForm.chosenCount', { chosen: chosenCount, available: available.length })
          : t('voteForm.noneAvailable')}
      </p>
      {candidates.map(({ entry, unavailable }) => {
        const id = `vote-subject-${entry.subjectId}`;
        const details = [
          pick(ratedSubjectKindInfo[entry.kind].label),
          entry.position,
          entry.headOf ? t('round.head') : '',
          unavailable?.reason === 'decided' ? t('voteForm.decided') : '',
          unavailable?.reason === 'inVote' ? t('voteForm.inVote', { date: dateText(unavailable.pollDate) }) : '',
        ].filter(Boolean);
        return (
          <div className="checkbox" key={entry.subjectId} data-subject={entry.subjectId}>
            <input
              id={id}
              type="checkbox"
              aria-describedby={`${id}-details`}
              disabled={unavailable !== null}
              checked={unavailable === null && chosen.includes(entry.subjectId)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, entry.subjectId]
                    : chosen.filter((subjectId) => subjectId !== entry.subjectId),
                )
              }
            />
            <div>
              <label htmlFor={id}>{entry.name}</label>
              <div id={`${id}-details`} className="note">
                {details.join(' · ')}
              </div>
            </div>
          </div>
        );
      })}
      {error ? (
        <p id="vote-subjects-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
