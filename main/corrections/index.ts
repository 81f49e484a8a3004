export { createCorrectionsHandlers } from './correctionHandlers';
export { correctionMinutesSource } from './correctionMinutesSource';
