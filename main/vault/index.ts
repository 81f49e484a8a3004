export { createVaultHandlers } from './vaultHandlers';
export { Vault, type LockReason, type ReadableDB, type VaultStore, type WritableDB } from './vault';
export { auditTail, listAudit, type ExternalAnchor } from './audit/auditLog';
export { schemaVersion } from './database/migrations';
export type { VaultDatabase } from './database/openDatabase';
export { type VaultHeader, headerSchema } from './header/headerFormat';
export type { ScryptCost } from './header/keySlots';
/** The users table, which the keyring reads to sign in and the users feature changes. */
export * as userRecords from './userRecords';
export { vaultFiles } from './vaultFiles';
export type { VaultMaintenance } from './vaultMaintenance';
export type { OpenVault } from './openVault';
export { open as openSealedBox, seal as sealBox } from './crypto/aesGcm';
export { deriveFromPassword, newScryptParameters } from './crypto/keyDerivation';
export { storedVaultName } from './vaultMeta';
