export { createAppHandlers } from './appHandlers';
export { AirGapRecorder } from './airGapRecord';
export { AirGapWatch } from './airGapWatch';
export { airGapProbeFor, type AirGapProbe } from './airGapProbe';
