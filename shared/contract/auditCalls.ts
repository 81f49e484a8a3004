import { auditEventIds } from '../audit/auditEvents';
import { auditVerificationSchema } from '../audit/auditReport';
import { roleSchema } from '../users';
import { defineCall, noInput } from './define';
import { z } from './zodSetup';

export const auditEntrySchema = z
  .object({
    sequence: z.number().int(),
    at: z.string(),
    userLogin: z.string().nullable(),
    role: roleSchema.nullable(),
    event: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const isoDate = z.iso.date();

export const auditFilterSchema = z
  .object({
    event: z.enum(auditEventIds as [string, ...string[]]).optional(),
    userLogin: z.string().max(64).optional(),
    /** Days, inclusive, in the workstation's calendar (YYYY-MM-DD). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type AuditFilter = z.input<typeof auditFilterSchema>;

export const auditCalls = {
  'audit.list': defineCall({
    summary: 'Audit log entries, newest first, filtered by event, user and dates.',
    input: auditFilterSchema,
    output: z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }).strict(),
    access: ['admin', 'head'],
  }),
  'audit.verify': defineCall({
    summary: 'Recompute the hash chain and compare with the anchor in the header.',
    input: noInput,
    output: auditVerificationSchema,
    access: ['admin', 'head', 'archivist'],
  }),
};
