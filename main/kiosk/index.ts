export { createKioskHandlers } from './kioskHandlers';
export { kioskSlipsSource } from './documents/kioskSlips';
