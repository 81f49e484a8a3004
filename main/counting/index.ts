export { ballotCountsBySource, recordBatchSource } from './batchSourceStore';
export { createCountingHandlers } from './countingHandlers';
export { contestReconciliation } from './contestReconciliation';
export type { SealState } from './countingGuards';
export { acknowledge, getConference, getCounts, isCountingClosed, saveConference, saveCounts } from './countsStore';
export { deskUnits } from './deskUnits';
export {
  keyingFigures,
  paperOrderBallotLines,
  settledDifferences,
  verifiedBallotLines,
  verifiedBatches,
} from './batchRecord';
export { storeFirstKeying } from './firstKeying';
export { auditJudgementsOf, type AuditJudgement } from './keyingAuditStore';
export { contestKeyingAudit, type ContestKeyingAudit } from './keyingQuality';
export { returnedFieldsOf, type AnsweredReturnedField } from './keyerReturnStore';
export { openCounting } from './countingGuards';
export { storeCheckedBatch, storeImportedBatch } from './importedBatch';
export {
  burnCode,
  clearStaged,
  codeCounts,
  insertSheet,
  isKioskClosed,
  isLiveCode,
  markKioskClosed,
  sheetsOf,
  stageBallot,
  stagedBallots,
} from './kioskStore';
export { batchSummary } from './batchStore';
export {
  correctionBatchesOf,
  countCorrectionBatches,
  countedBallots,
  createCorrectionBatch,
  rekeyRefusal,
  setAsideCorrectionBatches,
  settledBallotCount,
} from './correctionBatches';
