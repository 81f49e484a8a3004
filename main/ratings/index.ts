export { createRatingsHandlers } from './ratingsHandlers';
export { getVote, voteCampaignIds } from './voteStore';
export { ratingRoundSource } from './documents/ratingRoundSummary';
export { ratingTargetsSource } from './documents/ratingTargetsReport';
export { ratingVoteMinutesSource } from './documents/ratingVoteMinutes';
