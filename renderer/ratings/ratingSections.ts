import type { ComponentType } from 'react';
import { contract, type Access } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { MessageKey } from '../i18n/messages';
import { RosterSection } from './RosterSection';
import { RoundsSection } from './RoundsSection';
import { TargetsSection } from './TargetsSection';

/** What a section of the ratings area is given: who is signed in, and the route after its id. */
export interface RatingSectionProps {
  readonly user: SessionUser;
  /** What follows #/ratings/<section>/, e.g. [roundId, "entries", subjectId]. */
  readonly rest: readonly string[];
}

export interface RatingSection {
  /** The route's part after #/ratings/. */
  readonly id: string;
  readonly label: MessageKey;
  /** The section appears only to the roles the contract lets make its main call. */
  readonly access: Access;
  readonly Screen: ComponentType<RatingSectionProps>;
}

/**
 * The sections of #/ratings, in the order of its navigation; the first the user may see is the
 * area's start. A new section (the targets dashboard, say) is one more line here.
 */
export const ratingSections: readonly RatingSection[] = [
  { id: 'roster', label: 'ratings.rosterTab', access: contract['ratings.roster'].access, Screen: RosterSection },
  { id: 'rounds', label: 'ratings.roundsTab', access: contract['ratings.rounds'].access, Screen: RoundsSection },
  { id: 'targets', label: 'ratings.targetsTab', access: contract['ratings.targets'].access, Screen: TargetsSection },
];
