import { errorRules, warningRules } from './reconciliation';
import { bilingualSchema, idSchema, isoDateSchema } from '../schema/common';
import { templateContentSchema } from '../templates/templateContent';
import { z } from '../schema/z';
import { invalidReasons } from './ballot';
import { surveyTools } from './surveyMapping';

const count = z.number().int().min(0).max(1_000_000);

export const committeeMemberSchema = z
  .object({ name: z.string().trim().min(1).max(200), role: z.enum(['head', 'member']) })
  .strict();

export const conferenceSchema = z
  .object({
    heldOn: isoDateSchema,
    place: z.string().trim().max(300),
    chair: z.string().trim().max(200),
    committee: z.array(committeeMemberSchema).max(30),
    convened: count,
    present: count,
  })
  .strict();
export type Conference = z.infer<typeof conferenceSchema>;

export const invalidCountsSchema = z
  .object(
    Object.fromEntries(invalidReasons.map((reason) => [reason, count])) as Record<
      (typeof invalidReasons)[number],
      typeof count
    >,
  )
  .strict();

/** The counting record of one contest (biên bản kiểm phiếu): slips issued and returned. */
export const contestCountsSchema = z
  .object({
    issued: count,
    returned: count,
    notReturned: count,
    valid: count,
    invalid: invalidCountsSchema,
  })
  .strict();
export type ContestCountsInput = z.infer<typeof contestCountsSchema>;

/** Where an imported batch came from: a file of ballot lines, a survey tool's export, or the kiosk (no file). */
export const batchOriginSchema = z
  .object({
    kind: z.enum(['ballotLines', 'survey', 'kiosk']),
    tool: z.enum(surveyTools).nullable(),
    fileName: z.string().nullable(),
  })
  .strict();
export type BatchOrigin = z.infer<typeof batchOriginSchema>;

export const batchSummarySchema = z
  .object({
    id: idSchema,
    number: z.number().int(),
    label: z.string(),
    source: z.enum(['keyed', 'imported']),
    /** Per pass: who keyed it (login), how many ballots, finished or not. */
    keyings: z.array(
      z
        .object({
          pass: z.number().int(),
          userLogin: z.string(),
          ballots: z.number().int(),
          finished: z.boolean(),
          mine: z.boolean(),
        })
        .strict(),
    ),
    passesRequired: z.number().int(),
    unresolvedMismatches: z.number().int(),
    verified: z.boolean(),
    verifiedBallots: z.number().int(),
    /** An imported batch's file and tool (absent for a batch keyed here, merged from a desk, or imported before 017). */
    importedFrom: batchOriginSchema.optional(),
    /** Differences sent back to the keyer of a pass, waiting for them to key the fields again (absent when none). */
    openReturn: z.object({ pass: z.number().int(), fields: z.number().int() }).strict().optional(),
    /** A batch keyed for a correction after sealing: its correction, state and the batch it replaces. */
    correction: z
      .object({
        number: z.number().int(),
        state: z.enum(['pending', 'counted', 'setAside']),
        replaces: z.number().int().nullable(),
      })
      .strict()
      .optional(),
    /** The batch a concluded correction replaced: out of the count, its keyings kept. */
    replacedBy: z.number().int().optional(),
  })
  .strict();
export type BatchSummary = z.infer<typeof batchSummarySchema>;

export const reconciliationLineSchema = z
  .object({
    rule: z.enum([...errorRules, ...warningRules]),
    severity: z.enum(['error', 'warning']),
    ok: z.boolean(),
    acknowledged: z.boolean(),
    title: bilingualSchema,
    explanation: bilingualSchema,
  })
  .strict();

export const contestDeskSchema = z
  .object({
    contestId: idSchema,
    unitId: idSchema,
    unitName: z.string(),
    subjectName: z.string(),
    positions: z.array(z.string()),
    counts: contestCountsSchema.nullable(),
    batches: z.array(batchSummarySchema),
    /** No error line fails and every failing warning is acknowledged. */
    reconciled: z.boolean(),
    closed: z.boolean(),
    /** Results has sealed it: nothing changes any more except by a signed amendment. */
    sealed: z.boolean(),
  })
  .strict();

export const keyingViewSchema = z
  .object({
    keyingId: idSchema,
    batchId: idSchema,
    batchNumber: z.number().int(),
    pass: z.number().int(),
    contestId: idSchema,
    unitName: z.string(),
    subjectName: z.string(),
    form: templateContentSchema,
    /** How many ballots this keyer has saved in this batch, and how many the contest returned. */
    keyed: z.number().int(),
    returned: z.number().int().nullable(),
    finished: z.boolean(),
  })
  .strict();

export const differenceViewSchema = z
  .object({
    id: idSchema,
    position: z.number().int(),
    field: z.string(),
    /** The row's words when the field is a row (mark or note). */
    rowText: z.string().nullable(),
    keyed: z.array(z.unknown()),
    resolved: z.boolean(),
    resolution: z.string().nullable(),
    value: z.unknown(),
    /** The pass whose keyer it is sent back to, until they answer; null when it is not. */
    returnedTo: z.number().int().nullable(),
  })
  .strict();

/** One unit at the counting desk: its conference and each contest's counts, batches and state. */
export const deskUnitSchema = z
  .object({
    unitId: idSchema,
    unitName: z.string(),
    /** The unit type's code, for filtering; its name comes from campaigns.unitTypes. */
    unitType: z.string(),
    conference: conferenceSchema.nullable(),
    contests: z.array(contestDeskSchema),
  })
  .strict();

/** How the keyer statistics are grouped: per sign-in session, per calendar day in Việt Nam, or one row per keyer. */
export const keyerStatisticsGroupings = ['session', 'day', 'campaign'] as const;
export type KeyerStatisticsGrouping = (typeof keyerStatisticsGroupings)[number];

/** What found the errors laid at a keyer's door (main/counting/keyerErrors.ts), and all together. */
export const keyerErrorSources = ['resolutions', 'returns', 'audit'] as const;
export type KeyerErrorSource = (typeof keyerErrorSources)[number];

/** One value per source of errors, and one for all of them together. */
const perErrorSource = <Value extends z.ZodType>(value: Value) =>
  z.object({ resolutions: value, returns: value, audit: value, total: value }).strict();

/**
 * One keyer in one session, one day or the whole campaign: speed without pauses, the fields their
 * compared keyings hold, and the errors laid at their door per source and per 1,000 of those fields.
 */
export const keyerStatisticsSchema = z
  .object({
    userLogin: z.string(),
    /**
     * Grouped per session: the sign-in session; for a desk's keyer, the desk's kit id (its sessions
     * stayed at the desk); null for a keying-quality audit's sample, whose session is not recorded.
     * Null in the other groupings.
     */
    sessionId: z.string().nullable(),
    /** Grouped per day: the calendar day in Việt Nam (YYYY-MM-DD) the keyings started on; null otherwise. */
    day: z.string().nullable(),
    /** When the first of these keyings started (ISO timestamp). */
    startedAt: z.string(),
    /** The desk whose package brought these keyings; null for keyings made here. */
    desk: z.string().nullable(),
    ballots: z.number().int(),
    keystrokes: z.number().int(),
    activeHours: z.number(),
    keystrokesPerHour: z.number().nullable(),
    /** The fields of the keyings compared so far, named as compareKeyings names them; an audit's, those it compared. */
    fieldsCompared: z.number().int(),
    errors: perErrorSource(z.number().int()),
    /** Errors per 1,000 fields compared, three decimals; null while no field is compared. */
    errorsPerThousandFields: perErrorSource(z.number().nullable()),
  })
  .strict();
export type KeyerStatistics = z.infer<typeof keyerStatisticsSchema>;

/**
 * What a merged desk package says about one batch's keyings (who keyed each pass, how fast) and
 * how the desk's head settled the differences: the operator statistics count them under the desk.
 */
export interface MergedBatchKeyings {
  readonly kitId: string;
  readonly deskName: string;
  /** The desk's stand-in keyer here when the paper was keyed again: its keying is the desk's, counted above. */
  readonly standInKeyerId: string | null;
  readonly batchId: string;
  readonly keyings: ReadonlyArray<{
    pass: number;
    userLogin: string;
    ballots: number;
    keystrokes: number;
    activeMs: number;
    startedAt: string;
  }>;
  readonly resolutions: ReadonlyArray<{ keyed: readonly unknown[]; value: unknown }>;
}
