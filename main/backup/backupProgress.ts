import type { BackupPhase } from '../../shared/backup/backupSchemas';

/** What a long backup task reports: `done` of `total` units (bytes, or 0/1 for a step) in the named phase. */

export type BackupProgress = (done: number, total: number, phase: BackupPhase) => void;

export const noProgress: BackupProgress = () => undefined;
