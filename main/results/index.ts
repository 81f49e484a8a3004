export { createResultsHandlers } from './resultsHandlers';
export { sealState } from './sealState';
export { amendResult } from './sealHandlers';
export { getSealRecord, sealRecords } from './sealStore';
export {
  countingMinutesSource,
  districtSummarySource,
  receivedSummarySource,
  handOverMinutesSource,
  resultReportSource,
} from './resultPrintSources';
export { resultNoticeSource } from './documents/resultNotice';
export { resultDigest } from './resultDigest';
export { tallyContest } from './contestTally';
export { sealAuditAnchors } from './sealAuditAnchors';
export { latestSeal } from './sealStore';
export { sealedTally, sealedVersion } from './sealedTally';
export {
  basisHtml,
  type CampaignHeading,
  campaignHeading,
  committeeIssuer,
  committeeListHtml,
  committeeOf,
  type Committee,
  compilingIssuer,
  handDots,
  markHeadings,
  committeeSignatures,
  memberLines,
  spelledDate,
  subjectLine,
} from './documents/resultParts';
