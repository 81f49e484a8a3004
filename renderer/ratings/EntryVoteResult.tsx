import { useCallback } from 'react';
import { ratingLevelIds, ratingLevels } from '../../shared/ratings/ratingLevels';
import type { RatingVote } from '../../shared/ratings/ratingSchemas';
import { scoreFloor } from '../../shared/results/privacyFloors';
import { dateText } from '../forms/dayMonthYear';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { roundHref } from './roundRoutes';
import { subjectVoteResult, underFloor } from './voteTally';

/**
 * Beside the decision, one line: the ballots per level the subject got in its round's vote, once
 * counted (or that its vote is still being keyed). Under 5 valid ballots the figures are shown
 * only on the vote's own page, under its warning (SPEC §3): this line links there instead.
 */
export function EntryVoteResult({ roundId, subjectId }: { roundId: string; subjectId: string }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('ratings.votes', { roundId }), [session, roundId]);
  const votes = useLoaded<RatingVote[]>(load, []);
  const result = subjectVoteResult(votes.value, subjectId);
  if (votes.error) return <ErrorNotice error={votes.error} />;
  if (result.state === 'none') return null;
  const { vote } = result;
  const date = dateText(vote.pollDate);
  const link = <a href={roundHref(roundId, 'votes', vote.id)}>{t('entry.voteLink')}</a>;
  let text: string;
  if (result.state === 'keying') text = t('entry.voteKeying', { date });
  else if (underFloor(vote)) text = t('entry.voteFew', { date, floor: scoreFloor });
  else {
    const levels = ratingLevelIds.map((level, index) =>
      t('entry.voteLevel', { level: pick(ratingLevels[level].shortLabel), count: result.row.levels[index]!.count }),
    );
    const unmarked = t('entry.voteUnmarked', { count: result.row.unmarked.count });
    text = t('entry.voteResult', {
      date,
      valid: vote.ballots?.valid ?? 0,
      levels: [...levels, unmarked].join(', '),
    });
  }
  return (
    <p className="entry-vote-result" data-vote-state={result.state}>
      {text} {link}
    </p>
  );
}
