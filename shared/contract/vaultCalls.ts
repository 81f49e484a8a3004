import { idleLockLimits } from '../vault/idleLock';
import { auditVerificationSchema } from '../audit/auditReport';
import { fullNameSchema, loginSchema, passwordSchema } from '../users/userSchemas';
import { access } from '../access';
import { defineCall } from './define';
import { noInput } from '../schema/common';
import { sessionUserSchema } from '../session/sessionSchemas';
import { z } from '../schema/z';

export const vaultCalls = {
  'vault.create': defineCall({
    summary: 'First run: create the vault and its first administrator; returns the recovery key, shown once.',
    input: z
      .object({
        vaultName: z.string().trim().min(1).max(200),
        admin: z.object({ login: loginSchema, fullName: fullNameSchema, password: passwordSchema }).strict(),
      })
      .strict(),
    output: z.object({ user: sessionUserSchema, recoveryKey: z.string() }).strict(),
    access: access.everyone,
    errors: ['DATA_DIRECTORY_NOT_PRIVATE', 'VAULT_EXISTS'],
  }),
  'vault.check': defineCall({
    summary: 'SQLite integrity check and audit chain verification of the open vault.',
    input: noInput,
    output: z.object({ integrity: z.array(z.string()), audit: auditVerificationSchema }).strict(),
    access: access.recordReaders,
    errors: [],
  }),
  'vault.rotateKey': defineCall({
    summary: 'New vault key: re-key the database and rewrap every key slot.',
    input: noInput,
    output: z.object({ done: z.literal(true) }).strict(),
    access: access.adminOnly,
    errors: [],
  }),
  'vault.settings': defineCall({
    summary: 'Settings kept in the vault.',
    input: noInput,
    output: z.object({ idleLockSeconds: z.number().int() }).strict(),
    access: access.adminOnly,
    errors: [],
  }),
  'vault.setIdleLock': defineCall({
    summary: 'How long without activity before the vault locks itself.',
    input: z
      .object({ seconds: z.number().int().min(idleLockLimits.minSeconds).max(idleLockLimits.maxSeconds) })
      .strict(),
    output: z.object({ idleLockSeconds: z.number().int() }).strict(),
    access: access.adminOnly,
    errors: [],
  }),
};
