export { createBackup, type CreateBackupOptions, type CreatedBackup } from './createBackup';
export { verifyBackup, type VerifiedBackup, type VerifiedResult } from './verifyBackup';
export { restoreBackup, type ReplaceCurrentVault, type RestoreOptions, type RestoredVault } from './restoreBackup';
export { generateArchiveKey, type ArchiveKey, type BackupEncryption, type BackupKey } from './backupKeys';
export type { BackupManifest } from './backupManifest';
export type { BackupProgress } from './backupProgress';
export type { SnapshotMethod } from './vaultSnapshot';
