import { idSchema } from '../campaigns/campaignSchemas';
import { templateContentSchema } from '../templates/templateContent';
import { templateSummarySchema, templateVersionViewSchema } from '../templates/templateViews';
import { anySignedIn, defineCall } from './define';
import { z } from './zodSetup';

const versionId = z.object({ versionId: idSchema }).strict();
const templateName = z.string().trim().min(1).max(200);

export const templateCalls = {
  'templates.list': defineCall({
    summary: 'Ballot templates and their versions.',
    input: z.object({}).strict(),
    output: z.array(templateSummarySchema),
    access: anySignedIn,
  }),
  'templates.get': defineCall({
    summary: 'One template version with its full content.',
    input: versionId,
    output: templateVersionViewSchema,
    access: anySignedIn,
  }),
  'templates.create': defineCall({
    summary: 'A new template (version 1, editable until used).',
    input: z.object({ name: templateName, content: templateContentSchema }).strict(),
    output: templateVersionViewSchema,
    access: ['admin'],
  }),
  'templates.update': defineCall({
    summary: 'Reword, reorder, add or remove criteria, change the scale — refused once the version is frozen.',
    input: versionId.extend({ name: templateName, content: templateContentSchema }).strict(),
    output: templateVersionViewSchema,
    access: ['admin'],
  }),
  'templates.newVersion': defineCall({
    summary: 'Copy a version (frozen or not) into the next, editable version.',
    input: versionId,
    output: templateVersionViewSchema,
    access: ['admin'],
  }),
};
