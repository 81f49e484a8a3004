import { describeInputIssues } from '../schema/inputIssues';
import { z } from '../schema/z';
import type { Bilingual } from '../i18n/language';
import {
  answerSchema,
  ballotProblems,
  invalidReasons,
  severalMarks,
  type BallotEntry,
  type BallotShape,
} from './ballot';
import { wellFormedBallotLine } from './wellFormedBallotLine';

/**
 * Ballot interchange (SPEC §5), one JSON object per line:
 * {"contest": "<contest id>", "ballot": "<uuid>", "valid": true, "answers": [1,2,2,0,"*",…],
 *  "notes": {"3": "…"}, "other": "…", "prestige": 2}
 * A valid ballot must carry `prestige` (0 on a form without that part): a missing one is
 * refused, never guessed. An invalid ballot: {"contest", "ballot", "valid": false} with an
 * optional "invalidReason" (default "other") and "invalidText"; it may also carry the empty
 * fields of a valid one (`answers: []`, `notes: {}`, `other: ""`, `prestige: 0`), as a tool
 * that writes every line alike does. The same shape serves electronic-survey responses and desk
 * packages; its JSON Schema is shared/formats/ballot-line.schema.json.
 */
export const ballotLineSchema = z.discriminatedUnion('valid', [
  z
    .object({
      contest: z.uuid(),
      ballot: z.uuid(),
      valid: z.literal(true),
      answers: z.array(answerSchema).max(100),
      notes: z.record(z.string().regex(/^[1-9]\d{0,2}$/), z.string().min(1).max(4000)).default({}),
      other: z.string().max(4000).default(''),
      prestige: z.union([z.number().int().min(0).max(4), z.literal(severalMarks)]),
    })
    .strict(),
  z
    .object({
      contest: z.uuid(),
      ballot: z.uuid(),
      valid: z.literal(false),
      invalidReason: z.enum(invalidReasons).optional(),
      invalidText: z.string().max(4000).optional(),
      answers: z.array(answerSchema).max(0).optional(),
      notes: z.record(z.string(), z.never()).optional(),
      other: z.literal('').optional(),
      prestige: z.literal(0).optional(),
    })
    .strict(),
]);
export type BallotLine = z.input<typeof ballotLineSchema>;

/** What an invalid line without a reason is stored with. */
export const reasonNotGiven = 'Không ghi lý do (nhập từ tệp)';

/** A ballot read from a file keeps the id the file gives it. */
export type ImportedBallot = BallotEntry & { readonly id: string; readonly line: number };

export interface LineError {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly message: Bilingual;
}

export const maxBallotLines = 100_000;

/** A ballot line as the schema outputs it (defaults filled in). */
export type CheckedBallotLine = z.output<typeof ballotLineSchema>;

/**
 * One ballot line's shape, checked once: the well-formed line without zod, anything else by the
 * schema, which words the problem. Accepts and refuses exactly what `ballotLineSchema` does.
 */
export function checkBallotLine(
  value: unknown,
): { readonly ok: true; readonly line: CheckedBallotLine } | { readonly ok: false; readonly message: Bilingual } {
  const wellFormed: CheckedBallotLine | undefined = wellFormedBallotLine(value);
  if (wellFormed) return { ok: true, line: wellFormed };
  const parsed = ballotLineSchema.safeParse(value, { reportInput: true });
  return parsed.success
    ? { ok: true, line: parsed.data }
    : { ok: false, message: describeInputIssues(parsed.error.issues) };
}

/** `ballotLineSchema` as a file's member (a desk package's ballots), through `checkBallotLine`. */
export const checkedBallotLineSchema = z.unknown().transform((value, context): CheckedBallotLine => {
  const checked = checkBallotLine(value);
  if (checked.ok) return checked.line;
  context.addIssue({ code: 'custom', message: checked.message.en });
  return z.NEVER;
});

/** Too many lines for one batch: `count` as a text's lines are counted (a last line may be empty). */
function tooManyLines(count: number): LineError[] {
  return count > maxBallotLines + 1
    ? [
        {
          line: maxBallotLines + 1,
          message: { vi: `quá ${maxBallotLines} dòng`, en: `more than ${maxBallotLines} lines` },
        },
      ]
    : [];
}

/**
 * What one line of a batch adds, once its shape is checked: an entry, or the line's error — of
 * another contest, a ballot id an earlier line gave (`seen`, which it updates), or a ballot the
 * contest's form does not allow. Shared by a text file's lines and a package's ballots, so both
 * accept and refuse alike, with the same words.
 */
function acceptLine(
  value: CheckedBallotLine,
  line: number,
  batch: { contestId: string; shape: BallotShape; seen: Map<string, number> },
): ImportedBallot | LineError {
  if (value.contest !== batch.contestId)
    return {
      line,
      message: {
        vi: `phiếu của cuộc lấy ý kiến khác («${value.contest}»)`,
        en: `a ballot of another contest (“${value.contest}”)`,
      },
    };
  const earlier = batch.seen.get(value.ballot);
  if (earlier !== undefined)
    return { line, message: { vi: `mã phiếu trùng với dòng ${earlier}`, en: `the same ballot id as line ${earlier}` } };
  batch.seen.set(value.ballot, line);
  const id = value.ballot;
  const entry: ImportedBallot = value.valid
    ? {
        valid: true,
        answers: value.answers,
        notes: value.notes,
        other: value.other,
        prestige: value.prestige,
        id,
        line,
      }
    : value.invalidReason === undefined
      ? { valid: false, invalidReason: 'other', invalidText: value.invalidText || reasonNotGiven, id, line }
      : { valid: false, invalidReason: value.invalidReason, invalidText: value.invalidText ?? '', id, line };
  const problems = ballotProblems(entry, batch.shape);
  if (problems.length > 0)
    return {
      line,
      message: {
        vi: problems.map((problem) => problem.vi).join('; '),
        en: problems.map((problem) => problem.en).join('; '),
      },
    };
  return entry;
}

/** Checks every line; the caller imports the entries only if there is no error at all. */
export function parseBallotLines(
  text: string,
  contestId: string,
  shape: BallotShape,
  onProgress: (done: number, total: number) => void = () => undefined,
): { entries: ImportedBallot[]; errors: LineError[] } {
  const entries: ImportedBallot[] = [];
  const errors: LineError[] = [];
  const batch = { contestId, shape, seen: new Map<string, number>() };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tooMany = tooManyLines(lines.length);
  if (tooMany.length > 0) return { entries: [], errors: tooMany };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (line % 1000 === 0) onProgress(line, lines.length);
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors.push({ line, message: { vi: 'không phải một đối tượng JSON', en: 'not a JSON object' } });
      return;
    }
    const checked = checkBallotLine(json);
    const accepted = checked.ok ? acceptLine(checked.line, line, batch) : { line, message: checked.message };
    if ('message' in accepted) errors.push(accepted);
    else entries.push(accepted);
  });
  onProgress(lines.length, lines.length);
  return { entries, errors };
}

/**
 * The same check over ballot lines already read and shape-checked (a desk package's batch, whose
 * ballots `checkedBallotLineSchema` read): line n is the n-th ballot, as if they were a file.
 */
export function checkedBallotEntries(
  lines: readonly CheckedBallotLine[],
  contestId: string,
  shape: BallotShape,
): { entries: ImportedBallot[]; errors: LineError[] } {
  const tooMany = tooManyLines(lines.length);
  if (tooMany.length > 0) return { entries: [], errors: tooMany };
  const entries: ImportedBallot[] = [];
  const errors: LineError[] = [];
  const batch = { contestId, shape, seen: new Map<string, number>() };
  lines.forEach((value, index) => {
    const accepted = acceptLine(value, index + 1, batch);
    if ('message' in accepted) errors.push(accepted);
    else entries.push(accepted);
  });
  return { entries, errors };
}
