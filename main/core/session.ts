import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/roles';
import type { Shell } from '../../shared/shells';

export interface SignedInUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

/**
 * One caller of the core: an Electron window, the browser shell's tab, or one CLI run. The
 * shell creates it and passes it with every call; the renderer never names its own user.
 */
export interface CallerSession {
  readonly id: string;
  readonly shell: Shell;
  user: SignedInUser | null;
}

export function newSession(shell: Shell): CallerSession {
  return { id: randomUUID(), shell, user: null };
}
