export { createCountingHandlers } from './countingHandlers';
