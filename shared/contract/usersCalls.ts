import { fullNameSchema, loginSchema, passwordSchema, roleSchema, userSummarySchema } from '../users/userSchemas';
import { access } from '../access';
import { defineCall } from './define';
import { doneSchema, noInput } from '../schema/common';
import { z } from '../schema/z';

export const usersCalls = {
  'users.list': defineCall({
    summary: 'Everyone who may sign in.',
    input: noInput,
    output: z.array(userSummarySchema),
    access: access.adminOnly,
    errors: [],
  }),
  'users.add': defineCall({
    summary: 'Add a user with a role and a first password (a new key slot).',
    input: z
      .object({ login: loginSchema, fullName: fullNameSchema, role: roleSchema, password: passwordSchema })
      .strict(),
    output: userSummarySchema,
    access: access.adminOnly,
    errors: ['LOGIN_TAKEN'],
  }),
  'users.remove': defineCall({
    summary: 'Remove a user: their key slot is deleted; the audit log keeps their name.',
    input: z.object({ userId: z.uuid() }).strict(),
    output: doneSchema,
    access: access.adminOnly,
    errors: ['CANNOT_REMOVE_SELF', 'LAST_ADMIN', 'USER_NOT_FOUND'],
  }),
  'users.resetPassword': defineCall({
    summary: 'Set a new password for someone who forgot theirs.',
    input: z.object({ userId: z.uuid(), password: passwordSchema }).strict(),
    output: doneSchema,
    access: access.adminOnly,
    errors: ['USER_NOT_FOUND'],
  }),
  'users.changeOwnPassword': defineCall({
    summary: 'Change one’s own password.',
    input: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }).strict(),
    output: doneSchema,
    access: access.signedIn,
    errors: ['LOCKED_OUT', 'WRONG_PASSWORD'],
  }),
};
