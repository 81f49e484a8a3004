import { contract } from '../../shared/contract';
import type { AreaSection, AreaSectionProps } from '../app/SectionedArea';
import { RosterSection } from './RosterSection';
import { RoundsSection } from './RoundsSection';
import { TargetsSection } from './TargetsSection';

/** What a section of the area is given (see renderer/app/SectionedArea.tsx). */
export type RatingSectionProps = AreaSectionProps;

/**
 * The sections of #/ratings, in the order of its navigation; the first the user may see is the
 * area's start. A new section (the targets dashboard, say) is one more line here.
 */
export const ratingSections: readonly AreaSection[] = [
  { id: 'roster', label: 'ratings.rosterTab', access: contract['ratings.roster'].access, Screen: RosterSection },
  { id: 'rounds', label: 'ratings.roundsTab', access: contract['ratings.rounds'].access, Screen: RoundsSection },
  { id: 'targets', label: 'ratings.targetsTab', access: contract['ratings.targets'].access, Screen: TargetsSection },
];
