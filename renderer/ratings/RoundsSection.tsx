import { contract, mayCall } from '../../shared/contract';
import type { RatingSectionProps } from './ratingSections';
import { RoundForm } from './RoundForm';
import { RoundList } from './RoundList';
import { RoundPage } from './RoundPage';

/**
 * #/ratings/rounds — the rounds, newest year first, and (the administrator) a new one;
 * #/ratings/rounds/<roundId>[/<tab>[/…]] — one round's page.
 */
export function RoundsSection({ user, rest }: RatingSectionProps) {
  const [roundId, tab, ...more] = rest;
  if (roundId) return <RoundPage key={roundId} roundId={roundId} tab={tab ?? null} rest={more} user={user} />;
  return (
    <>
      <RoundList />
      {mayCall(contract['ratings.createRound'].access, user.role) ? <RoundForm /> : null}
    </>
  );
}
