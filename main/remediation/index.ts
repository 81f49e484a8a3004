export { createRemediationHandlers } from './remediationHandlers';
export { remediationReportSource } from './documents/remediationReport';
