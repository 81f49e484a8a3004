import type { LockReason } from '../vault';

/**
 * Why the vault last locked and who was signed in: after an idle lock the screen offers to
 * unlock for the same person instead of a blank sign-in.
 */
export class LockMemory {
  reason: LockReason | null = null;
  lastLogin: string | null = null;

  remember(reason: LockReason, lastLogin: string | null): void {
    this.reason = reason;
    this.lastLogin = lastLogin;
  }

  forget(): void {
    this.reason = null;
    this.lastLogin = null;
  }
}
