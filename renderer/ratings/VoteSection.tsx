import { useCallback } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { RatingVote } from '../../shared/ratings/ratingSchemas';
import { navigate } from '../app/navigate';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { roundHref } from './roundRoutes';
import type { RoundTabProps } from './roundTabs';
import { VoteForm } from './VoteForm';
import { VoteItem } from './VoteItem';
import './roundParts.css';

/**
 * #/ratings/rounds/<roundId>/votes[/<voteId>] — the round's secret-ballot votes (seed 003: "bỏ
 * phiếu kín"), each keyed at the counting desk as a campaign of its own, with its tally once
 * counted and its minutes; for the administrator, the form that sets one up. The vote in the
 * address (the one just made, or linked from an entry) takes the focus.
 */
export function VoteSection({ round, entries, user, rest }: RoundTabProps) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('ratings.votes', { roundId: round.id }), [session, round.id]);
  const votes = useLoaded<RatingVote[] | null>(load, null);
  const chosenId = rest[0] ?? null;

  return (
    <section className="round-votes" aria-labelledby="votes-heading">
      <h3 id="votes-heading">{t('votes.heading')}</h3>
      <p className="field-hint">{t('votes.hint')}</p>
      <ErrorNotice error={votes.error} />
      {votes.value === null ? (
        votes.error ? null : (
          <p role="status">{t('overview.loading')}</p>
        )
      ) : votes.value.length === 0 ? (
        <p>{t('votes.none')}</p>
      ) : (
        votes.value.map((vote) => <VoteItem key={vote.id} vote={vote} chosen={vote.id === chosenId} />)
      )}
      {votes.value && mayCall(contract['ratings.prepareVote'].access, user.role) ? (
        <VoteForm
          roundId={round.id}
          entries={entries}
          votes={votes.value}
          onCreated={(vote) => navigate(roundHref(round.id, 'votes', vote.id))}
        />
      ) : null}
    </section>
  );
}
