export { createResultsHandlers } from './resultsHandlers';
export { sealState } from './sealState';
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
export { sealedTally } from './sealedTally';
export { basisHtml, type CampaignHeading, campaignHeading, compilingIssuer } from './documents/resultParts';
