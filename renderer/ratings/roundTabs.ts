import type { ComponentType } from 'react';
import { contract, type Access } from '../../shared/contract';
import type { RatingEntry, RatingRound } from '../../shared/ratings/ratingSchemas';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { MessageKey } from '../i18n/messages';
import { RoundEntries } from './RoundEntries';
import { RoundPrints } from './RoundPrints';
import { VoteSection } from './VoteSection';

/** What a part of the round page is given: the round as loaded, and the route after the part's id. */
export interface RoundTabProps {
  readonly round: RatingRound;
  readonly entries: readonly RatingEntry[];
  readonly user: SessionUser;
  /** What follows #/ratings/rounds/<roundId>/<tab>/, e.g. [subjectId] for the chosen entry. */
  readonly rest: readonly string[];
}

export interface RoundTab {
  /** The route's part after #/ratings/rounds/<roundId>/. */
  readonly id: string;
  readonly label: MessageKey;
  readonly access: Access;
  readonly Screen: ComponentType<RoundTabProps>;
}

/**
 * The parts of a round's page, the first being its start; the navigation between them appears
 * once there is more than one the user may see. A new part (the round's votes, say) is one more
 * line here.
 */
export const roundTabs: readonly RoundTab[] = [
  { id: 'entries', label: 'round.entriesTab', access: contract['ratings.round'].access, Screen: RoundEntries },
  { id: 'votes', label: 'round.votesTab', access: contract['ratings.votes'].access, Screen: VoteSection },
  { id: 'prints', label: 'round.printsTab', access: contract['print.preview'].access, Screen: RoundPrints },
];
