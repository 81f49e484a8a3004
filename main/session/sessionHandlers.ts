import type { AppContract } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { UserSummary } from '../../shared/users/userSchemas';
import type { Handlers } from '../core/dispatcher';
import type { SessionRegistry } from './sessionRegistry';
import type { LockMemory } from './lockMemory';
import type { Vault } from '../vault/vault';

type SessionHandlers = Pick<
  Handlers<AppContract>,
  'session.status' | 'session.signIn' | 'session.recover' | 'session.signOut' | 'session.lock'
>;

export function toSessionUser(user: UserSummary): SessionUser {
  return { id: user.id, login: user.login, fullName: user.fullName, role: user.role };
}

export function createSessionService(vault: Vault, sessions: SessionRegistry, lockMemory: LockMemory): SessionHandlers {
  return {
    'session.status': (_input, { session }) => {
      const vaultState = vault.state();
      return {
        vaultState,
        vaultName: vault.vaultName(),
        user: session.user,
        lockedBecauseIdle: vaultState === 'locked' && lockMemory.reason === 'idle',
        lastLogin: vaultState === 'locked' ? lockMemory.lastLogin : null,
      };
    },
    'session.signIn': async ({ login, password }, { session }) => {
      session.user = toSessionUser(await vault.signIn(login, password));
      lockMemory.forget();
      return session.user;
    },
    'session.recover': async ({ recoveryKey, login, newPassword }, { session }) => {
      session.user = toSessionUser(await vault.signInWithRecoveryKey(recoveryKey, login, newPassword));
      lockMemory.forget();
      return session.user;
    },
    'session.signOut': (_input, { session }) => {
      const user = session.user;
      if (user) vault.write(user, 'session.signedOut', {}, () => undefined);
      session.user = null;
      if (!sessions.anyoneSignedIn()) vault.lock('signed-out');
      return { done: true };
    },
    'session.lock': () => {
      vault.lock('manual');
      return { done: true };
    },
  };
}
