export { createBackupHandlers } from './backupHandlers';
export { automaticBackup } from './automaticBackup';
export { BackupProgressTracker } from './progressTracker';
export { backupPlace } from './archiveStore';
export { generateArchiveKey } from './backupKeys';
export { openWithIdentity, sealToRecipients } from './format/ageBytes';
