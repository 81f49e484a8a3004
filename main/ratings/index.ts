export { createRatingsHandlers } from './ratingsHandlers';
