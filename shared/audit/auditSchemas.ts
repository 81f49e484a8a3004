import { auditEventIds } from './auditEvents';
import { roleSchema } from '../users/userSchemas';
import { z } from '../schema/z';
export const auditEntrySchema = z
  .object({
    sequence: z.number().int(),
    at: z.string(),
    userLogin: z.string().nullable(),
    role: roleSchema.nullable(),
    event: z.enum(auditEventIds),
    details: z.record(z.string(), z.unknown()),
  })
  .strict();

export type AuditEntry = z.infer<typeof auditEntrySchema>;

const isoDate = z.iso.date();

export const auditFilterSchema = z
  .object({
    event: z.enum(auditEventIds).optional(),
    userLogin: z.string().max(64).optional(),
    /** Days, inclusive, in the workstation's calendar (YYYY-MM-DD). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export type AuditFilter = z.input<typeof auditFilterSchema>;
