import { campaignFileSchema } from '../campaigns/campaignFile';
import {
  fileUploadSchema,
  importPreviewSchema,
  campaignFieldsSchema,
  campaignSchema,
  campaignStatuses,
  contestViewSchema,
  unitTypeSchema,
  unitViewSchema,
} from '../campaigns/campaignSchemas';
import { idSchema, isoDateSchema, doneSchema } from '../schema/common';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

const campaignId = z.object({ campaignId: idSchema }).strict();

/** Campaigns and their plan, schedule and status. */
export const campaignSetupCalls = {
  'campaigns.list': defineCall({
    summary: 'Every campaign, newest first.',
    input: z.object({}).strict(),
    output: z.array(campaignSchema),
    access: access.signedIn,
    errors: [],
  }),
  'campaigns.get': defineCall({
    summary: 'One campaign with its schedule.',
    input: campaignId,
    output: campaignSchema,
    access: access.signedIn,
    errors: ['NOT_FOUND'],
  }),
  'campaigns.create': defineCall({
    summary: 'A new campaign (đợt lấy ý kiến) from its plan.',
    input: campaignFieldsSchema,
    output: campaignSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND', 'SCHEDULE_INVALID'],
  }),
  'campaigns.update': defineCall({
    summary: 'Change a campaign while it is being prepared.',
    input: campaignFieldsSchema.extend({ campaignId: idSchema }).strict(),
    output: campaignSchema,
    access: access.adminOnly,
    errors: ['CAMPAIGN_LOCKED', 'NOT_FOUND', 'SCHEDULE_INVALID'],
  }),
  'campaigns.advance': defineCall({
    summary: 'Move a campaign one step forward: draft → open → counting → closed.',
    input: campaignId.extend({ to: z.enum(campaignStatuses) }).strict(),
    output: campaignSchema,
    access: access.adminOnly,
    errors: ['CAMPAIGN_CANNOT_ADVANCE', 'NOT_FOUND'],
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
    access: access.adminOnly,
    errors: ['NOT_FOUND'],
  }),
  'campaigns.unitTypes': defineCall({
    summary: 'The kinds of unit (phường, trường mầm non …).',
    input: z.object({}).strict(),
    output: z.array(unitTypeSchema),
    access: access.signedIn,
    errors: [],
  }),
};

/** A campaign's whole setup as one file, to move it between vaults or build it in one step. */
export const campaignFileCalls = {
  'campaigns.exportSetup': defineCall({
    summary:
      'A campaign’s setup as one file: plan, schedule, templates used, units, people, overrides, draw, contests.',
    input: campaignId,
    output: z.object({ fileName: z.string(), file: campaignFileSchema }).strict(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'campaigns.importSetup': defineCall({
    summary: 'Builds the campaign of a setup file in this vault, as a draft, keeping its ids; all or nothing.',
    input: z.object({ file: campaignFileSchema }).strict(),
    output: campaignSchema,
    access: access.adminOnly,
    errors: ['CAMPAIGN_EXISTS', 'CAMPAIGN_FILE_INVALID', 'NOT_FOUND'],
  }),
};

/** The units of a campaign and the people assessed in them. */
export const unitCalls = {
  'campaigns.units': defineCall({
    summary: 'A campaign’s units and the people assessed, with who may be polled and why not.',
    input: campaignId,
    output: z.array(unitViewSchema),
    access: access.signedIn,
    errors: ['NOT_FOUND'],
  }),
  'campaigns.previewUnitImport': defineCall({
    summary: 'Check a CSV or XLSX file of units row by row without importing anything.',
    input: campaignId.extend({ file: fileUploadSchema }).strict(),
    output: importPreviewSchema,
    access: access.adminOnly,
    errors: ['IMPORT_UNREADABLE'],
  }),
  'campaigns.importUnits': defineCall({
    summary: 'Replace a draft campaign’s units with the file’s, all or nothing.',
    input: campaignId.extend({ file: fileUploadSchema }).strict(),
    output: importPreviewSchema,
    access: access.adminOnly,
    errors: ['CAMPAIGN_LOCKED', 'IMPORT_HAS_ERRORS', 'IMPORT_UNREADABLE', 'NOT_FOUND', 'UNITS_FIXED_BY_DRAW'],
  }),
  'campaigns.exportUnits': defineCall({
    summary: 'The units in the import shape, as CSV or XLSX.',
    input: campaignId.extend({ format: z.enum(['csv', 'xlsx']) }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.signedIn,
    errors: ['NOT_FOUND'],
  }),
  'campaigns.setEligibilityOverride': defineCall({
    summary: 'Poll someone the six-month rule excludes, with a written reason (or withdraw it: null).',
    input: z.object({ subjectId: idSchema, reason: z.string().trim().min(5).max(1000).nullable() }).strict(),
    output: doneSchema,
    access: access.adminOnly,
    errors: ['CAMPAIGN_LOCKED', 'NOT_FOUND'],
  }),
};

/** The ballot papers (contests): one per person assessed. */
export const contestCalls = {
  'campaigns.generateContests': defineCall({
    summary: 'One ballot paper per eligible person in each selected unit, with the unit type’s template.',
    input: campaignId,
    output: z.array(contestViewSchema),
    access: access.adminOnly,
    errors: ['CAMPAIGN_LOCKED', 'NOT_FOUND'],
  }),
  'campaigns.contests': defineCall({
    summary: 'A campaign’s contests.',
    input: campaignId,
    output: z.array(contestViewSchema),
    access: access.signedIn,
    errors: [],
  }),
};

export const campaignsCalls = { ...campaignSetupCalls, ...campaignFileCalls, ...unitCalls, ...contestCalls };
