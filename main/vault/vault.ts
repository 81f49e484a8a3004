import { Keyring, type KeyringOptions } from './keyring';
import { createSignInAttempts } from './signInAttempts';
import { vaultFiles, type VaultFiles } from './vaultFiles';
import { VaultHandle } from './vaultHandle';
import { VaultLock, type LockReason } from './vaultLock';
import { VaultMaintenance } from './vaultMaintenance';
import { createVaultStore, type VaultStore } from './vaultStore';

export type { LockReason } from './vaultLock';
export type { AuditDetails, ReadableDB, VaultStore, WritableDB } from './vaultStore';

export interface VaultOptions extends KeyringOptions {
  readonly dataDirectory: string;
  readonly now?: () => Date;
  /** Called after the vault has locked, so the core can sign every session out. */
  readonly onLock?: (reason: LockReason) => void;
}

/**
 * The one encrypted vault of a data directory, in four parts that features receive one by one
 * (each only what it uses): the store (reads, and writes that commit with their audit entry),
 * the keyring (create, unlock, slots, recovery, rotation), the lock (idle timer, locking) and
 * maintenance (integrity and audit checks, the header, the snapshot moment of a backup).
 */
export class Vault {
  readonly files: VaultFiles;
  readonly store: VaultStore;
  readonly keyring: Keyring;
  readonly lock: VaultLock;
  readonly maintenance: VaultMaintenance;
  private readonly handle: VaultHandle;

  constructor(options: VaultOptions) {
    const now = options.now ?? (() => new Date());
    this.files = vaultFiles(options.dataDirectory);
    this.handle = new VaultHandle(options.dataDirectory, this.files, now);
    this.store = createVaultStore(this.handle);
    this.lock = new VaultLock(this.handle, this.store, options.onLock);
    const attempts = createSignInAttempts(this.files.attempts, () => now().getTime());
    this.keyring = new Keyring(this.handle, this.store, this.lock, attempts, options);
    this.maintenance = new VaultMaintenance(this.handle);
  }
}
