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

/** Checks every line; the caller imports the entries only if there is no error at all. */
export function parseBallotLines(
  text: string,
  contestId: string,
  shape: BallotShape,
  onProgress: (done: number, total: number) => void = () => undefined,
): { entries: ImportedBallot[]; errors: LineError[] } {
  const entries: ImportedBallot[] = [];
  const errors: LineError[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > maxBallotLines + 1) {
    return {
      entries: [],
      errors: [
        {
          line: maxBallotLines + 1,
          message: { vi: `quá ${maxBallotLines} dòng`, en: `more than ${maxBallotLines} lines` },
        },
      ],
    };
  }
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
    const parsed = ballotLineSchema.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      errors.push({ line, message: describeInputIssues(parsed.error.issues) });
      return;
    }
    const value = parsed.data;
    if (value.contest !== contestId) {
      errors.push({
        line,
        message: {
          vi: `phiếu của cuộc lấy ý kiến khác («${value.contest}»)`,
          en: `a ballot of another contest (“${value.contest}”)`,
        },
      });
      return;
    }
    const earlier = seen.get(value.ballot);
    if (earlier !== undefined) {
      errors.push({
        line,
        message: { vi: `mã phiếu trùng với dòng ${earlier}`, en: `the same ballot id as line ${earlier}` },
      });
      return;
    }
    seen.set(value.ballot, line);
    const entry: BallotEntry = value.valid
      ? { valid: true, answers: value.answers, notes: value.notes, other: value.other, prestige: value.prestige }
      : value.invalidReason === undefined
        ? { valid: false, invalidReason: 'other', invalidText: value.invalidText || reasonNotGiven }
        : { valid: false, invalidReason: value.invalidReason, invalidText: value.invalidText ?? '' };
    const problems = ballotProblems(entry, shape);
    if (problems.length > 0)
      errors.push({
        line,
        message: {
          vi: problems.map((problem) => problem.vi).join('; '),
          en: problems.map((problem) => problem.en).join('; '),
        },
      });
    else entries.push({ ...entry, id: value.ballot, line });
  });
  onProgress(lines.length, lines.length);
  return { entries, errors };
}
