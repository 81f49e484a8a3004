export { createRatingsHandlers } from './ratingsHandlers';
export { getVote } from './voteStore';
export { ratingRoundSource } from './documents/ratingRoundSummary';
export { ratingTargetsSource } from './documents/ratingTargetsReport';
export { ratingVoteMinutesSource } from './documents/ratingVoteMinutes';
