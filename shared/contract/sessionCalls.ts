import { loginSchema, passwordSchema, roleSchema } from '../users';
import { vaultStates } from '../vault';
import { anySignedIn, defineCall, noInput } from './define';
import { z } from './zodSetup';

export const sessionUserSchema = z
  .object({ id: z.string(), login: z.string(), fullName: z.string(), role: roleSchema })
  .strict();
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionStatusSchema = z
  .object({
    vaultState: z.enum(vaultStates),
    vaultName: z.string().nullable(),
    user: sessionUserSchema.nullable(),
    /** Set when the vault locked itself after the idle time: the screen offers to unlock. */
    lockedBecauseIdle: z.boolean(),
    lastLogin: z.string().nullable(),
  })
  .strict();
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

const done = z.object({ done: z.literal(true) }).strict();

export const sessionCalls = {
  'session.status': defineCall({
    summary: 'Vault state and who is signed in here; does not count as activity.',
    input: noInput,
    output: sessionStatusSchema,
    access: 'public',
  }),
  'session.signIn': defineCall({
    summary: 'Sign in (and unlock the vault) with login and password.',
    input: z.object({ login: loginSchema, password: z.string().min(1).max(200) }).strict(),
    output: sessionUserSchema,
    access: 'public',
  }),
  'session.recover': defineCall({
    summary: 'Forgotten password: the recovery key unlocks the vault and sets a new password for a user.',
    input: z
      .object({ recoveryKey: z.string().min(1).max(200), login: loginSchema, newPassword: passwordSchema })
      .strict(),
    output: sessionUserSchema,
    access: 'public',
  }),
  'session.signOut': defineCall({
    summary: 'Sign out here; the vault locks when nobody is signed in any more.',
    input: noInput,
    output: done,
    access: anySignedIn,
  }),
  'session.lock': defineCall({
    summary: 'Lock the vault now for everyone (leaving the desk).',
    input: noInput,
    output: done,
    access: anySignedIn,
  }),
};
