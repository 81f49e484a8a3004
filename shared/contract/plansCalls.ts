import { access } from '../access';
import { fileUploadSchema } from '../campaigns/campaignSchemas';
import {
  appendixPreviewSchema,
  occurrenceStatuses,
  overdueOccurrenceSchema,
  planDetailSchema,
  planFieldsSchema,
  planSummarySchema,
  planTaskSchema,
} from '../plans/planSchemas';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';
import { defineCall } from './define';

const asOf = { asOf: isoDateSchema.optional() };

/**
 * A plan's appendix of tasks (issue 18, point 2): imported with the plan, each deadline expanded
 * over the plan's years (once, a month, a quarter; monthly, quarterly, "Quý III hàng năm"), a
 * status per occurrence, and what is overdue. `asOf` is the day overdue is judged on (today when
 * not given).
 */
export const plansCalls = {
  'plans.previewAppendix': defineCall({
    summary:
      'Check a CSV or XLSX appendix of tasks row by row, deadlines included, over the plan’s period; imports nothing.',
    input: z.object({ file: fileUploadSchema, fromDate: isoDateSchema, toDate: isoDateSchema }).strict(),
    output: appendixPreviewSchema,
    access: access.adminOnly,
    errors: ['IMPORT_UNREADABLE', 'PLAN_PERIOD_INVALID'],
  }),
  'plans.create': defineCall({
    summary: 'A plan with its appendix of tasks from the file, all or nothing.',
    input: planFieldsSchema.extend({ file: fileUploadSchema }).strict(),
    output: planSummarySchema,
    access: access.adminOnly,
    errors: ['IMPORT_HAS_ERRORS', 'IMPORT_UNREADABLE', 'PLAN_PERIOD_INVALID'],
  }),
  'plans.list': defineCall({
    summary: 'Every plan, newest first, with its tasks, occurrences, those done and those overdue.',
    input: z.object(asOf).strict(),
    output: z.array(planSummarySchema),
    access: access.adminOrHead,
    errors: [],
  }),
  'plans.get': defineCall({
    summary: 'One plan’s tasks in the appendix’s order, each with its occurrences, their status and whether overdue.',
    input: z.object({ planId: idSchema, ...asOf }).strict(),
    output: planDetailSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'plans.setStatus': defineCall({
    summary:
      'Record where one occurrence of a task stands (chưa thực hiện, đang thực hiện, hoàn thành) with a dated note.',
    input: z
      .object({
        planId: idSchema,
        taskId: idSchema,
        key: z.string().min(1).max(20),
        status: z.enum(occurrenceStatuses),
        note: z.string().trim().max(2000).default(''),
        ...asOf,
      })
      .strict(),
    output: planTaskSchema,
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'plans.overdue': defineCall({
    summary: 'Every occurrence not done and due before the day, across plans, the oldest first.',
    input: z.object(asOf).strict(),
    output: z.array(overdueOccurrenceSchema),
    access: access.adminOrHead,
    errors: [],
  }),
} as const;
