export { createVaultHandlers } from './vaultHandlers';
export { Vault, type LockReason, type ReadableDB, type VaultStore, type WritableDB } from './vault';
