export { createSessionHandlers } from './sessionHandlers';
export { LockMemory } from './lockMemory';
export { newSession, SessionRegistry } from './sessionRegistry';
