import { useCallback } from 'react';
import type { CallOutput } from '../../shared/contract';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

type Comments = CallOutput<'results.comments'>;

/** Notes and other comments verbatim, in the shuffled order the core gives; withheld below the floor. */
export function CommentsSection({ contestId }: { contestId: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.comments', { contestId }), [session, contestId]);
  const comments = useLoaded<Comments | null>(load, null);
  const value = comments.value;
  return (
    <section aria-labelledby="results-comments">
      <h3 id="results-comments">{t('results.comments')}</h3>
      <ErrorNotice error={comments.error} />
      {value?.withheld ? <p className="notice">{t('results.commentsWithheld', { floor: value.textFloor })}</p> : null}
      {value && !value.withheld ? (
        value.notes.length + value.other.length === 0 ? (
          <p>{t('results.noComments')}</p>
        ) : (
          <ul className="comments">
            {value.notes.map((note, index) => (
              <li key={`n${index}`}>
                {t('results.criterion')} {note.criterion}: {note.text}
              </li>
            ))}
            {value.other.map((text, index) => (
              <li key={`o${index}`}>{text}</li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
