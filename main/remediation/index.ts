export { createRemediationHandlers } from './remediationHandlers';
