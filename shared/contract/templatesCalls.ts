import { idSchema } from '../schema/common';
import { templateContentSchema } from '../templates/templateContent';
import { templateSummarySchema, templateVersionViewSchema } from '../templates/templateViews';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

const versionId = z.object({ versionId: idSchema }).strict();
const templateName = z.string().trim().min(1).max(200);

export const templatesCalls = {
  'templates.list': defineCall({
    summary: 'Ballot templates and their versions.',
    input: z.object({}).strict(),
    output: z.array(templateSummarySchema),
    access: access.signedIn,
    errors: [],
  }),
  'templates.get': defineCall({
    summary: 'One template version with its full content.',
    input: versionId,
    output: templateVersionViewSchema,
    access: access.signedIn,
    errors: ['NOT_FOUND'],
  }),
  'templates.create': defineCall({
    summary: 'A new template (version 1, editable until used).',
    input: z.object({ name: templateName, content: templateContentSchema }).strict(),
    output: templateVersionViewSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND'],
  }),
  'templates.update': defineCall({
    summary: 'Reword, reorder, add or remove criteria, change the scale — refused once the version is frozen.',
    input: versionId.extend({ name: templateName, content: templateContentSchema }).strict(),
    output: templateVersionViewSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND', 'TEMPLATE_FROZEN'],
  }),
  'templates.newVersion': defineCall({
    summary: 'Copy a version (frozen or not) into the next, editable version.',
    input: versionId,
    output: templateVersionViewSchema,
    access: access.adminOnly,
    errors: ['NOT_FOUND'],
  }),
};
