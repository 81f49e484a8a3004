import { z } from '../schema/z';
import { bilingualSchema, idSchema, isoDateSchema } from '../schema/common';
import { unitCategories } from './unitTypes';

export const campaignStatuses = ['draft', 'open', 'counting', 'closed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const campaignStatusLabels = {
  draft: { vi: 'Đang chuẩn bị', en: 'Draft' },
  open: { vi: 'Đang lấy ý kiến', en: 'Open' },
  counting: { vi: 'Đang kiểm phiếu', en: 'Counting' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
} as const;

/** Only forward, one step at a time. */
export const nextStatus: Readonly<Record<CampaignStatus, CampaignStatus | null>> = {
  draft: 'open',
  open: 'counting',
  counting: 'closed',
  closed: null,
};

export const percentageBases = ['returned', 'valid'] as const;
export const percentageBaseLabels = {
  returned: { vi: 'Số phiếu thu về', en: 'Ballots returned' },
  valid: { vi: 'Số phiếu hợp lệ', en: 'Valid ballots' },
} as const;

export const scheduleEntrySchema = z
  .object({
    unitType: z.string().min(1).max(40),
    pollDate: isoDateSchema,
    templateVersionId: idSchema,
  })
  .strict();
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

export const campaignFieldsSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    planNumber: z.string().trim().max(100),
    planDate: isoDateSchema,
    issuingBody: z.string().trim().max(300),
    /** Written before the date on documents, e.g. "Long Biên". */
    locality: z.string().trim().max(100),
    year: z.number().int().min(2000).max(2100),
    percentageBase: z.enum(percentageBases),
    /** Independent keyings of every batch: 2, or 3 for campaigns that ask for a third. */
    keyingsRequired: z.union([z.literal(2), z.literal(3)]).default(2),
    /** A criterion is flagged when Trung bình + Yếu kém reach this share (percent). */
    flagThresholdPercent: z.number().int().min(1).max(100).default(20),
    /** Free-text comments are shown only from this many valid ballots (never below 5). */
    textFloor: z.number().int().min(5).max(1000).default(10),
    /**
     * The keying-quality audit (issue 21): how many ballots of each verified batch a third person
     * keys again, blind, to measure the errors double entry leaves. 0 = no audit. A count per
     * batch, as a district office pulls them from the stack ("5 phiếu mỗi lô"); a batch smaller
     * than it is audited whole. Fixed with the rest of the setup, before any ballot is seen.
     */
    auditSampleSize: z.number().int().min(0).max(1000).default(0),
    /**
     * A contest warns when its audited residual error rate (the point estimate) exceeds this many
     * errors per 1,000 fields. Double entry leaves about 0.05 (Paulsen 2012: 0.046; keying once,
     * 0.370): 1.0 is some twenty times what double entry should leave and nearly three times keying
     * once — above it, double entry at that contest is doing less than a single keying would.
     */
    auditWarningPerThousand: z.number().min(0.01).max(1000).multipleOf(0.01).default(1),
    /**
     * Refuse keying (and imports of ballots) and sealing while the air-gap check (issue 22) finds
     * this machine could reach outside. On unless the campaign says otherwise: ballots on the
     * people a district leads are handled as confidential, and the Law on Protection of State
     * Secrets (2018, art. 5) forbids keeping such content on a computer connected to the Internet
     * or another network — the office's own rule, which the app enforces rather than only warns
     * of. A district that must count on a connected machine says so here, in its setup, where
     * the choice is recorded; the banner and the audit show an online machine either way.
     */
    refuseWhileOnline: z.boolean().default(true),
    schedule: z.array(scheduleEntrySchema).max(20),
  })
  .strict();
export type CampaignFields = z.infer<typeof campaignFieldsSchema>;

export const campaignSchema = campaignFieldsSchema
  .extend({
    id: idSchema,
    status: z.enum(campaignStatuses),
    copiedFrom: idSchema.nullable(),
    createdAt: z.string(),
    unitCount: z.number().int(),
    subjectCount: z.number().int(),
    contestCount: z.number().int(),
    drawHeld: z.boolean(),
  })
  .strict();
export type Campaign = z.infer<typeof campaignSchema>;

export const unitTypeSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    category: z.enum(unitCategories),
    defaultTemplateCode: z.string().nullable(),
  })
  .strict();

export const subjectViewSchema = z
  .object({
    id: idSchema,
    fullName: z.string(),
    positions: z.array(z.string()),
    startedAt: z.string().nullable(),
    eligible: z.boolean(),
    /** Why excluded, or a note on an included person (override, no date). */
    eligibilityNote: bilingualSchema.nullable(),
    eligibilityOverride: z.string().nullable(),
  })
  .strict();
export type SubjectView = z.infer<typeof subjectViewSchema>;

export const unitViewSchema = z
  .object({
    id: idSchema,
    unitType: z.string(),
    name: z.string(),
    parentBody: z.string(),
    convened: z.number().int().nullable(),
    subjects: z.array(subjectViewSchema),
    /** At least one person assessed may be polled: the unit can be drawn. */
    eligible: z.boolean(),
  })
  .strict();
export type UnitView = z.infer<typeof unitViewSchema>;

export const contestViewSchema = z
  .object({
    id: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    unitType: z.string(),
    subjectId: idSchema,
    subjectName: z.string(),
    positions: z.array(z.string()),
    templateVersionId: idSchema,
    templateName: z.string(),
    templateVersion: z.number().int(),
  })
  .strict();
export type ContestView = z.infer<typeof contestViewSchema>;

/** A spreadsheet travelling between screen and core (never through a file path). */
export const fileUploadSchema = z
  .object({
    fileName: z.string().min(1).max(260),
    /** Base64 of the file's bytes; 10 MB at most once decoded. */
    contentBase64: z.string().max(14_000_000),
  })
  .strict();

export const rowErrorSchema = z
  .object({ row: z.number().int(), column: z.string(), message: bilingualSchema })
  .strict();

export const importPreviewSchema = z
  .object({
    unitCount: z.number().int(),
    subjectCount: z.number().int(),
    errors: z.array(rowErrorSchema),
  })
  .strict();
