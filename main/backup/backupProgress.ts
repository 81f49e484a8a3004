/**
 * What a long backup task reports: `done` of `total` units (bytes, or 0/1 for a step) in the
 * named phase — taking the snapshot, hashing it, writing the encrypted archive, reading it
 * back (verify and restore), the automatic backup before a replacement, writing the files.
 */
export type BackupPhase = 'snapshot' | 'digest' | 'write' | 'verify' | 'safety-backup' | 'restore';

export type BackupProgress = (done: number, total: number, phase: BackupPhase) => void;

export const noProgress: BackupProgress = () => undefined;
