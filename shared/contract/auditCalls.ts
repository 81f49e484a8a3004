import { auditEntrySchema, auditFilterSchema } from '../audit/auditSchemas';
import { auditVerificationSchema } from '../audit/auditReport';
import { access } from '../access';
import { defineCall } from './define';
import { noInput } from '../schema/common';
import { z } from '../schema/z';

export const auditCalls = {
  'audit.list': defineCall({
    summary: 'Audit log entries, newest first, filtered by event, user and dates.',
    input: auditFilterSchema,
    output: z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }).strict(),
    access: access.adminOrHead,
    errors: [],
  }),
  'audit.verify': defineCall({
    summary: 'Recompute the hash chain and compare with the anchor in the header.',
    input: noInput,
    output: auditVerificationSchema,
    access: access.recordReaders,
    errors: [],
  }),
};
