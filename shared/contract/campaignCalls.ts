import {
  campaignFieldsSchema,
  campaignSchema,
  campaignStatuses,
  contestViewSchema,
  idSchema,
  isoDateSchema,
  unitTypeSchema,
  unitViewSchema,
} from '../campaigns/campaignSchemas';
import { anySignedIn, defineCall } from './define';
import { z } from './zodSetup';

const campaignId = z.object({ campaignId: idSchema }).strict();
const done = z.object({ done: z.literal(true) }).strict();

/** A spreadsheet travelling between screen and core (never through a file path). */
const fileUpload = z
  .object({
    fileName: z.string().min(1).max(260),
    /** Base64 of the file's bytes; 10 MB at most once decoded. */
    contentBase64: z.string().max(14_000_000),
  })
  .strict();

export const rowErrorSchema = z
  .object({ row: z.number().int(), column: z.string(), message: z.object({ vi: z.string(), en: z.string() }).strict() })
  .strict();

export const importPreviewSchema = z
  .object({
    unitCount: z.number().int(),
    subjectCount: z.number().int(),
    errors: z.array(rowErrorSchema),
  })
  .strict();

const setupRoles = ['admin'] as const;

export const campaignCalls = {
  'campaigns.list': defineCall({
    summary: 'Every campaign, newest first.',
    input: z.object({}).strict(),
    output: z.array(campaignSchema),
    access: anySignedIn,
  }),
  'campaigns.get': defineCall({
    summary: 'One campaign with its schedule.',
    input: campaignId,
    output: campaignSchema,
    access: anySignedIn,
  }),
  'campaigns.create': defineCall({
    summary: 'A new campaign (đợt lấy ý kiến) from its plan.',
    input: campaignFieldsSchema,
    output: campaignSchema,
    access: setupRoles,
  }),
  'campaigns.update': defineCall({
    summary: 'Change a campaign while it is being prepared.',
    input: campaignFieldsSchema.extend({ campaignId: idSchema }).strict(),
    output: campaignSchema,
    access: setupRoles,
  }),
  'campaigns.advance': defineCall({
    summary: 'Move a campaign one step forward: draft → open → counting → closed.',
    input: campaignId.extend({ to: z.enum(campaignStatuses) }).strict(),
    output: campaignSchema,
    access: setupRoles,
  }),
  'campaigns.copyToNextYear': defineCall({
    summary: 'Start next year’s campaign with the same units, people and templates.',
    input: campaignId
      .extend({
        name: z.string().trim().min(1).max(300),
        planNumber: z.string().trim().max(100),
        planDate: isoDateSchema,
      })
      .strict(),
    output: campaignSchema,
    access: setupRoles,
  }),
  'unitTypes.list': defineCall({
    summary: 'The kinds of unit (phường, trường mầm non …).',
    input: z.object({}).strict(),
    output: z.array(unitTypeSchema),
    access: anySignedIn,
  }),
  'units.list': defineCall({
    summary: 'A campaign’s units and the people assessed, with who may be polled and why not.',
    input: campaignId,
    output: z.array(unitViewSchema),
    access: anySignedIn,
  }),
  'units.previewImport': defineCall({
    summary: 'Check a CSV or XLSX file of units row by row without importing anything.',
    input: campaignId.extend({ file: fileUpload }).strict(),
    output: importPreviewSchema,
    access: setupRoles,
  }),
  'units.import': defineCall({
    summary: 'Replace a draft campaign’s units with the file’s, all or nothing.',
    input: campaignId.extend({ file: fileUpload }).strict(),
    output: importPreviewSchema,
    access: setupRoles,
  }),
  'units.export': defineCall({
    summary: 'The units in the import shape, as CSV or XLSX.',
    input: campaignId.extend({ format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: anySignedIn,
  }),
  'subjects.setEligibilityOverride': defineCall({
    summary: 'Poll someone the six-month rule excludes, with a written reason (or withdraw it: null).',
    input: z.object({ subjectId: idSchema, reason: z.string().trim().min(5).max(1000).nullable() }).strict(),
    output: done,
    access: setupRoles,
  }),
  'contests.generate': defineCall({
    summary: 'One ballot paper per eligible person in each selected unit, with the unit type’s template.',
    input: campaignId,
    output: z.array(contestViewSchema),
    access: setupRoles,
  }),
  'contests.list': defineCall({
    summary: 'A campaign’s contests.',
    input: campaignId,
    output: z.array(contestViewSchema),
    access: anySignedIn,
  }),
};
