export { createKioskHandlers } from './kioskHandlers';
export { kioskSlipsSource } from './documents/kioskSlips';
export { HallNetwork } from './lan/hallNetwork';
