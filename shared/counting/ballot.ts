import { z } from '../schema/z';
import type { Bilingual } from '../i18n/language';
import type { TemplateContent } from '../templates/templateContent';

/**
 * One paper ballot as keyed. A row's mark: 1–4 (levels, ratings) or 1–10 (points), 0 left
 * blank, "*" several marks — recorded as on paper, never guessed.
 */
export const severalMarks = '*';
export const answerSchema = z.union([z.number().int().min(0).max(10), z.literal(severalMarks)]);
export type Answer = z.infer<typeof answerSchema>;

export const invalidReasons = ['notOfficial', 'blank', 'identifying', 'other'] as const;
export type InvalidReason = (typeof invalidReasons)[number];

export const invalidReasonLabels: Readonly<Record<InvalidReason, Bilingual>> = {
  notOfficial: { vi: 'Không phải phiếu do ban kiểm phiếu phát ra', en: 'Not the official ballot' },
  blank: { vi: 'Phiếu để trống hoàn toàn', en: 'Entirely blank' },
  identifying: { vi: 'Phiếu có dấu hiệu nhận biết người viết', en: 'Marked so the voter can be identified' },
  other: { vi: 'Lý do khác', en: 'Other reason' },
};

const text = z.string().max(4000);

export const validBallotSchema = z
  .object({
    valid: z.literal(true),
    answers: z.array(answerSchema).max(100),
    /** Notes (Ghi chú) by criterion number, 1-based, as written. */
    notes: z.record(z.string().regex(/^[1-9]\d{0,2}$/), text.min(1)),
    /** Section II, Ý kiến khác, as written ('' when empty). */
    other: text,
    /** Section III, 1–4, 0 blank, "*" several marks; 0 on forms without it. */
    prestige: z.union([z.number().int().min(0).max(4), z.literal(severalMarks)]),
  })
  .strict();

export const invalidBallotSchema = z
  .object({
    valid: z.literal(false),
    invalidReason: z.enum(invalidReasons),
    /** What the "other" reason is ('' for the named reasons). */
    invalidText: text,
  })
  .strict();

export const ballotEntrySchema = z.discriminatedUnion('valid', [validBallotSchema, invalidBallotSchema]);
export type BallotEntry = z.infer<typeof ballotEntrySchema>;
export type ValidBallot = z.infer<typeof validBallotSchema>;

/** What a form asks for, to check a keyed ballot against it. */
export interface BallotShape {
  readonly rows: number;
  /** Highest mark: 4 for levels and ratings, 10 for points. */
  readonly maxMark: number;
  readonly hasPrestige: boolean;
}

/**
 * Nothing marked, noted or written anywhere: the specification counts such a ballot as invalid
 * (blank), wherever it enters — keyed or imported — and never tallies it as valid.
 */
export function isEntirelyBlank(entry: ValidBallot): boolean {
  return (
    entry.answers.every((answer) => answer === 0) &&
    entry.prestige === 0 &&
    Object.keys(entry.notes).length === 0 &&
    entry.other.trim() === ''
  );
}

/** The problems of a ballot against its form, or none. */
export function ballotProblems(entry: BallotEntry, shape: BallotShape): Bilingual[] {
  const problems: Bilingual[] = [];
  if (!entry.valid) {
    if (entry.invalidReason === 'other' && entry.invalidText.trim() === '') {
      problems.push({ vi: 'cần ghi rõ lý do khác', en: 'the other reason must be written' });
    }
    return problems;
  }
  if (entry.answers.length !== shape.rows) {
    problems.push({
      vi: `phiếu có ${shape.rows} dòng, đã nhập ${entry.answers.length}`,
      en: `the form has ${shape.rows} rows, ${entry.answers.length} were keyed`,
    });
  }
  entry.answers.forEach((answer, index) => {
    if (typeof answer === 'number' && answer > shape.maxMark) {
      problems.push({
        vi: `dòng ${index + 1}: mức ${answer} không có trên phiếu`,
        en: `row ${index + 1}: mark ${answer} is not on the form`,
      });
    }
  });
  for (const criterion of Object.keys(entry.notes)) {
    if (Number(criterion) > shape.rows)
      problems.push({
        vi: `ghi chú cho dòng ${criterion} không có`,
        en: `a note for row ${criterion}, which does not exist`,
      });
  }
  if (!shape.hasPrestige && entry.prestige !== 0) {
    problems.push({ vi: 'phiếu này không có phần uy tín', en: 'this form has no prestige part' });
  }
  if (isEntirelyBlank(entry)) {
    problems.push({
      vi: 'phiếu để trống hoàn toàn phải ghi là phiếu không hợp lệ (để trống)',
      en: 'an entirely blank ballot must be recorded as invalid (blank)',
    });
  }
  return problems;
}

/** What a form asks for: as many rows as criteria, marks up to 4 (or 10), prestige if it has that part. */
export function ballotShapeOf(form: TemplateContent): BallotShape {
  return {
    rows: form.criteria.length,
    maxMark: form.scale === 'points10' ? 10 : 4,
    hasPrestige: form.prestigeHeading !== null,
  };
}
