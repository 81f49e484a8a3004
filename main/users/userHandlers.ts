import { randomUUID } from 'node:crypto';
import type { AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { UserSummary } from '../../shared/users/userSchemas';
import type { Handlers } from '../core/dispatcher';
import type { SessionRegistry } from '../session/sessionRegistry';
import {
  activeUserById,
  activeUserByLogin,
  activeUsers,
  countActiveAdmins,
  insertUser,
  markUserRemoved,
} from '../vault/userRecords';
import type { Vault } from '../vault/vault';
import { signedInUser } from '../base/signedInUser';

type UserHandlers = Pick<
  Handlers<AppContract>,
  'users.list' | 'users.add' | 'users.remove' | 'users.resetPassword' | 'users.changeOwnPassword'
>;

const byName = new Intl.Collator('vi', { sensitivity: 'base' });

export function createUserService(vault: Vault, sessions: SessionRegistry): UserHandlers {
  function existing(userId: string): UserSummary {
    const user = vault.read((db) => activeUserById(db, userId));
    if (!user) throw new AppError('USER_NOT_FOUND');
    return user;
  }

  return {
    'users.list': () => vault.read(activeUsers).sort((a, b) => byName.compare(a.fullName, b.fullName)),

    'users.add': async ({ login, fullName, role, password }, context) => {
      const actor = signedInUser(context);
      if (vault.read((db) => activeUserByLogin(db, login))) throw new AppError('LOGIN_TAKEN', { login });
      const user: UserSummary = { id: randomUUID(), login, fullName, role, createdAt: new Date().toISOString() };
      vault.write(actor, 'user.added', { userId: user.id, login, role }, (db) => insertUser(db, user));
      await vault.replaceUserSlot(user, password);
      return user;
    },

    'users.remove': ({ userId }, context) => {
      const actor = signedInUser(context);
      if (userId === actor.id) throw new AppError('CANNOT_REMOVE_SELF');
      const user = existing(userId);
      vault.write(actor, 'user.removed', { userId, login: user.login, role: user.role }, (db) => {
        if (user.role === 'admin' && countActiveAdmins(db) <= 1) throw new AppError('LAST_ADMIN');
        markUserRemoved(db, userId, new Date().toISOString());
      });
      vault.removeUserSlot(userId);
      sessions.signOutUser(userId);
      return { done: true };
    },

    'users.resetPassword': async ({ userId, password }, context) => {
      const actor = signedInUser(context);
      const user = existing(userId);
      await vault.replaceUserSlot(user, password);
      vault.write(actor, 'user.passwordReset', { userId, login: user.login }, () => undefined);
      return { done: true };
    },

    'users.changeOwnPassword': async ({ currentPassword, newPassword }, context) => {
      const actor = signedInUser(context);
      await vault.checkPassword(actor.login, currentPassword);
      await vault.replaceUserSlot(actor, newPassword);
      vault.write(actor, 'user.passwordChanged', { userId: actor.id }, () => undefined);
      return { done: true };
    },
  };
}
