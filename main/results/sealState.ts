import type { SealState } from '../counting';
import { isSealed, isUnitSealed } from './sealStore';

/** What counting asks of results: a sealed contest (or a unit with one) is frozen. */
export const sealState: SealState = {
  isContestSealed: isSealed,
  isUnitSealed,
};
