import { sessionStatusSchema, sessionUserSchema } from '../session/sessionSchemas';
import { loginSchema, passwordSchema } from '../users/userSchemas';
import { access } from '../access';
import { defineCall } from './define';
import { doneSchema, noInput } from '../schema/common';
import { z } from '../schema/z';

export const sessionCalls = {
  'session.status': defineCall({
    summary: 'Vault state and who is signed in here; does not count as activity.',
    input: noInput,
    output: sessionStatusSchema,
    access: access.everyone,
    errors: ['HEADER_DAMAGED'],
  }),
  'session.signIn': defineCall({
    summary: 'Sign in (and unlock the vault) with login and password.',
    input: z.object({ login: loginSchema, password: z.string().min(1).max(200) }).strict(),
    output: sessionUserSchema,
    access: access.everyone,
    errors: ['HEADER_DAMAGED', 'LOCKED_OUT', 'VAULT_DAMAGED', 'VAULT_IN_USE', 'VAULT_TOO_NEW', 'WRONG_PASSWORD'],
  }),
  'session.recover': defineCall({
    summary: 'Forgotten password: the recovery key unlocks the vault and sets a new password for a user.',
    input: z
      .object({ recoveryKey: z.string().min(1).max(200), login: loginSchema, newPassword: passwordSchema })
      .strict(),
    output: sessionUserSchema,
    access: access.everyone,
    errors: [
      'HEADER_DAMAGED',
      'LOCKED_OUT',
      'RECOVERY_KEY_MISTYPED',
      'USER_NOT_FOUND',
      'VAULT_DAMAGED',
      'VAULT_IN_USE',
      'VAULT_TOO_NEW',
      'WRONG_RECOVERY_KEY',
    ],
  }),
  'session.signOut': defineCall({
    summary: 'Sign out here; the vault locks when nobody is signed in any more.',
    input: noInput,
    output: doneSchema,
    access: access.signedIn,
    errors: [],
  }),
  'session.lock': defineCall({
    summary: 'Lock the vault now for everyone (leaving the desk).',
    input: noInput,
    output: doneSchema,
    access: access.signedIn,
    errors: [],
  }),
};
