export { createCountingHandlers } from './countingHandlers';
export { contestReconciliation } from './contestReconciliation';
export type { SealState } from './countingGuards';
export { acknowledge, getConference, getCounts, isCountingClosed, saveConference, saveCounts } from './countsStore';
export { deskUnits } from './deskUnits';
export { keyingFigures, settledDifferences, verifiedBallotLines, verifiedBatches } from './batchRecord';
export { openCounting } from './countingGuards';
export { storeImportedBatch } from './importedBatch';
