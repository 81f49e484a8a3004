export { createAuditHandlers } from './auditHandlers';
