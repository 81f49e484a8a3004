export { createKioskHandlers } from './kioskHandlers';
