export { createBackupHandlers } from './backupHandlers';
export { automaticBackup } from './automaticBackup';
export { BackupProgressTracker } from './progressTracker';
export { backupPlace } from './archiveStore';
