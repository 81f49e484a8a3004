import { rowErrorSchema } from '../campaigns/campaignSchemas';
import type { Bilingual } from '../i18n/language';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';

/**
 * What the plans calls carry (issue 18, point 2): a plan with its appendix of tasks, each task's
 * deadlines expanded over the plan's years, and a status per occurrence.
 */

/** The status recorded per occurrence; "overdue" is not recorded but read off the date (quá hạn). */
export const occurrenceStatuses = ['notStarted', 'inProgress', 'done'] as const;
export type OccurrenceStatus = (typeof occurrenceStatuses)[number];

export const occurrenceStatusLabels: Readonly<Record<OccurrenceStatus | 'overdue', Bilingual>> = {
  notStarted: { vi: 'Chưa thực hiện', en: 'Not started' },
  inProgress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
};

export const planFieldsSchema = z
  .object({
    /** E.g. "Kế hoạch nâng cao chất lượng hoạt động chi bộ … giai đoạn 2021 - 2025". */
    title: z.string().trim().min(1).max(500),
    /** E.g. "35-KH/HU". */
    number: z.string().trim().max(100),
    issuedOn: isoDateSchema,
    /** E.g. "Huyện ủy Gia Lâm". */
    issuer: z.string().trim().max(300),
    /** The plan's period, over which recurring deadlines are expanded. */
    fromDate: isoDateSchema,
    toDate: isoDateSchema,
  })
  .strict();
export type PlanFields = z.infer<typeof planFieldsSchema>;

export const appendixPreviewSchema = z
  .object({ tasks: z.number().int(), occurrences: z.number().int(), errors: z.array(rowErrorSchema) })
  .strict();

export const planSummarySchema = z
  .object({
    id: idSchema,
    title: z.string(),
    number: z.string(),
    issuedOn: isoDateSchema,
    issuer: z.string(),
    fromDate: isoDateSchema,
    toDate: isoDateSchema,
    createdAt: z.string(),
    tasks: z.number().int(),
    occurrences: z.number().int(),
    done: z.number().int(),
    /** Not done and due before the day asked about. */
    overdue: z.number().int(),
  })
  .strict();
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planOccurrenceSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    due: isoDateSchema,
    status: z.enum(occurrenceStatuses),
    note: z.string(),
    updatedAt: z.string().nullable(),
    overdue: z.boolean(),
  })
  .strict();
export type PlanOccurrence = z.infer<typeof planOccurrenceSchema>;

export const planTaskSchema = z
  .object({
    id: idSchema,
    number: z.string().nullable(),
    content: z.string(),
    leadBody: z.string(),
    coordinatingBodies: z.string(),
    /** As the appendix writes it. */
    deadlineText: z.string(),
    /** As the app reads it ("Quý III hàng năm"). */
    deadline: z.string(),
    leader: z.string(),
    occurrences: z.array(planOccurrenceSchema),
  })
  .strict();
export type PlanTask = z.infer<typeof planTaskSchema>;

export const planDetailSchema = z.object({ plan: planSummarySchema, tasks: z.array(planTaskSchema) }).strict();

export const overdueOccurrenceSchema = z
  .object({
    planId: idSchema,
    planTitle: z.string(),
    planNumber: z.string(),
    taskId: idSchema,
    taskNumber: z.string().nullable(),
    content: z.string(),
    leadBody: z.string(),
    leader: z.string(),
    key: z.string(),
    label: z.string(),
    due: isoDateSchema,
    status: z.enum(occurrenceStatuses),
  })
  .strict();
export type OverdueOccurrence = z.infer<typeof overdueOccurrenceSchema>;
