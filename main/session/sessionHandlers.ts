import type { sessionCalls } from '../../shared/contract/sessionCalls';
import { toSessionUser } from '../../shared/session/sessionSchemas';
import type { Handlers } from '../base/handlers';
import type { Vault } from '../vault';
import type { LockMemory } from './lockMemory';
import type { SessionRegistry } from './sessionRegistry';

export interface SessionDependencies {
  readonly keyring: Vault['keyring'];
  readonly lock: Vault['lock'];
  readonly store: Vault['store'];
  readonly sessions: SessionRegistry;
  readonly lockMemory: LockMemory;
}

export function createSessionHandlers({
  keyring,
  lock,
  store,
  sessions,
  lockMemory,
}: SessionDependencies): Handlers<typeof sessionCalls> {
  return {
    'session.status': (_input, { session }) => {
      const vaultState = lock.state();
      return {
        vaultState,
        vaultName: keyring.vaultName(),
        user: session.user,
        lockedBecauseIdle: vaultState === 'locked' && lockMemory.reason === 'idle',
        lastLogin: vaultState === 'locked' ? lockMemory.lastLogin : null,
      };
    },
    'session.signIn': async ({ login, password }, { session }) => {
      session.user = toSessionUser(await keyring.signIn(login, password));
      lockMemory.forget();
      return session.user;
    },
    'session.recover': async ({ recoveryKey, login, newPassword }, { session }) => {
      session.user = toSessionUser(await keyring.signInWithRecoveryKey(recoveryKey, login, newPassword));
      lockMemory.forget();
      return session.user;
    },
    'session.signOut': (_input, { session }) => {
      const user = session.user;
      if (user) store.write(user, 'session.signedOut', {}, () => undefined);
      session.user = null;
      if (!sessions.anyoneSignedIn()) lock.lock('signed-out');
      return { done: true };
    },
    'session.lock': () => {
      lock.lock('manual');
      return { done: true };
    },
  };
}
