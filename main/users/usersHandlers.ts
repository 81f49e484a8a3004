import { randomUUID } from 'node:crypto';
import type { usersCalls } from '../../shared/contract/usersCalls';
import { fail, Failure } from '../../shared/errors';
import type { UserSummary } from '../../shared/users/userSchemas';
import { type Handlers, signedInUser } from '../base/handlers';
import type { SessionRegistry } from '../session';
import { userRecords, type Vault } from '../vault';

const byName = new Intl.Collator('vi', { sensitivity: 'base' });

export interface UsersDependencies {
  readonly store: Vault['store'];
  readonly keyring: Vault['keyring'];
  readonly sessions: SessionRegistry;
}

export function createUsersHandlers({ store, keyring, sessions }: UsersDependencies): Handlers<typeof usersCalls> {
  function existing(userId: string): UserSummary | Failure<'USER_NOT_FOUND'> {
    return store.read((db) => userRecords.activeUserById(db, userId)) ?? fail('USER_NOT_FOUND');
  }

  return {
    'users.list': () => store.read(userRecords.activeUsers).sort((a, b) => byName.compare(a.fullName, b.fullName)),

    'users.add': async ({ login, fullName, role, password }, context) => {
      const actor = signedInUser(context);
      if (store.read((db) => userRecords.activeUserByLogin(db, login))) return fail('LOGIN_TAKEN', { login });
      const user: UserSummary = { id: randomUUID(), login, fullName, role, createdAt: new Date().toISOString() };
      store.write(actor, 'user.added', { userId: user.id, login, role }, (db) => userRecords.insertUser(db, user));
      await keyring.replaceUserSlot(user, password);
      return user;
    },

    'users.remove': ({ userId }, context) => {
      const actor = signedInUser(context);
      if (userId === actor.id) return fail('CANNOT_REMOVE_SELF');
      const user = existing(userId);
      if (user instanceof Failure) return user;
      const removed = store.write(actor, 'user.removed', { userId, login: user.login, role: user.role }, (db) => {
        if (user.role === 'admin' && userRecords.countActiveAdmins(db) <= 1) return fail('LAST_ADMIN');
        userRecords.markUserRemoved(db, userId, new Date().toISOString());
        return null;
      });
      if (removed instanceof Failure) return removed;
      keyring.removeUserSlot(userId);
      sessions.signOutUser(userId);
      return { done: true };
    },

    'users.resetPassword': async ({ userId, password }, context) => {
      const actor = signedInUser(context);
      const user = existing(userId);
      if (user instanceof Failure) return user;
      await keyring.replaceUserSlot(user, password);
      store.write(actor, 'user.passwordReset', { userId, login: user.login }, () => undefined);
      return { done: true };
    },

    'users.changeOwnPassword': async ({ currentPassword, newPassword }, context) => {
      const actor = signedInUser(context);
      await keyring.checkPassword(actor.login, currentPassword);
      await keyring.replaceUserSlot(actor, newPassword);
      store.write(actor, 'user.passwordChanged', { userId: actor.id }, () => undefined);
      return { done: true };
    },
  };
}
