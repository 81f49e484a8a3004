import { auditEntrySchema, auditFilterSchema } from '../audit/auditSchemas';
import { auditVerificationSchema } from '../audit/auditReport';
import { access } from '../access';
import { typedAnchorSchema } from '../audit/auditAnchor';
import { defineCall } from './define';
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
    summary:
      'Recompute the hash chain, compare with the anchor in the header, and check that it still leads to every ' +
      'anchor kept outside it: those signed into sealed results, and those typed from prints or backups.',
    input: z
      .object({
        /** Anchors read from paper (a print's footer) or from a backup's summary. */
        anchors: z.array(typedAnchorSchema).max(200).default([]),
      })
      .strict(),
    output: auditVerificationSchema,
    access: access.recordReaders,
    errors: [],
  }),
};
