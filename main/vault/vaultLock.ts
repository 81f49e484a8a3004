import type { VaultState } from '../../shared/vault/vaultStates';
import { idleLockSeconds } from './settingsRecords';
import type { VaultHandle } from './vaultHandle';
import { vaultExists } from './vaultFiles';
import type { VaultStore } from './vaultStore';

export type LockReason = 'signed-out' | 'idle' | 'manual' | 'closed';

/**
 * When the vault closes: by hand, when the last person signs out, when idle, when the app
 * ends. Locking wipes the key and closes the database; the header keeps the latest anchor.
 */
export class VaultLock {
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly handle: VaultHandle,
    private readonly store: VaultStore,
    /** Called after the vault has locked, so the core can sign every session out. */
    private readonly onLock?: (reason: LockReason) => void,
  ) {}

  state(): VaultState {
    if (this.handle.opened) return 'unlocked';
    return vaultExists(this.handle.dataDirectory) ? 'locked' : 'absent';
  }

  lock(reason: LockReason): void {
    const opened = this.handle.opened;
    if (!opened) return;
    this.stopIdleTimer();
    try {
      this.handle.flushAnchor();
    } finally {
      opened.db.close();
      opened.key.fill(0);
      this.handle.opened = null;
      this.onLock?.(reason);
    }
  }

  /** Any authorised call counts as activity and postpones the idle lock. */
  touch(): void {
    if (this.handle.opened) this.restartIdleTimer();
  }

  /** After an unlock, and after the idle time was changed: the timer starts again from now. */
  restartIdleTimer(): void {
    this.stopIdleTimer();
    if (!this.handle.opened) return;
    this.idleTimer = setTimeout(() => this.lock('idle'), this.store.read(idleLockSeconds) * 1000);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
