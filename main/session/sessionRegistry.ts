import { randomUUID } from 'node:crypto';
import type { Shell } from '../../shared/shells';
import type { CallerSession } from '../base/handlers';

export function newSession(shell: Shell): CallerSession {
  return { id: randomUUID(), shell, user: null };
}

/** The sessions of this process, so a lock can sign everyone out at once. */
export class SessionRegistry {
  private readonly sessions = new Set<CallerSession>();

  open(shell: Shell): CallerSession {
    const session = newSession(shell);
    this.sessions.add(session);
    return session;
  }

  close(session: CallerSession): void {
    this.sessions.delete(session);
  }

  anyoneSignedIn(): boolean {
    return [...this.sessions].some((session) => session.user !== null);
  }

  /** Whom to offer the unlock to after an idle lock. */
  lastSignedInLogin(): string | null {
    return [...this.sessions].find((session) => session.user !== null)?.user?.login ?? null;
  }

  signOutAll(): void {
    for (const session of this.sessions) session.user = null;
  }

  signOutUser(userId: string): void {
    for (const session of this.sessions) if (session.user?.id === userId) session.user = null;
  }
}
