export { createRatingsHandlers } from './ratingsHandlers';
export { getVote } from './voteStore';
