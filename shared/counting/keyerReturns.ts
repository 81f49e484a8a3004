import type { Bilingual } from '../i18n/language';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import { templateContentSchema } from '../templates/templateContent';
import { answerSchema, ballotEntrySchema, ballotProblems, type BallotEntry, type BallotShape } from './ballot';
import { withFieldValue, type FieldName, type FieldValue } from './compareKeyings';

/**
 * Fields sent back to a keyer (issue 21, point 2): the keyer reads them again from the paper and
 * their keying takes the new values, before the keyings are compared again.
 */

/** What the keyer a return is sent to sees: where on which paper ballot, which field — never a value. */
export const returnedFieldsSchema = z
  .object({
    returnId: idSchema,
    batchId: idSchema,
    batchNumber: z.number().int(),
    pass: z.number().int(),
    unitName: z.string(),
    subjectName: z.string(),
    form: templateContentSchema,
    fields: z.array(
      z
        .object({
          differenceId: idSchema,
          position: z.number().int(),
          field: z.string(),
          /** The row's words when the field is a row (mark or note). */
          rowText: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type ReturnedFieldsView = z.infer<typeof returnedFieldsSchema>;

/** A value read again from the paper: a mark, a text, a whole ballot, or null (no ballot there). */
export const returnedValueSchema = z.union([ballotEntrySchema, answerSchema, z.string().max(4000), z.null()]);

export interface ReturnedAnswer {
  readonly position: number;
  readonly field: FieldName;
  readonly value: FieldValue;
}

export type RekeyedBallots =
  { readonly ok: true; readonly entries: BallotEntry[] } | { readonly ok: false; readonly problem: Bilingual };

/**
 * A keying's ballots, in paper order, with the answers put in. A whole ballot is replaced as a
 * whole (null: the keyer finds no ballot at that position), so a keying may gain or lose ballots at
 * its end, never leave a hole in the stack. Every ballot changed must still fit the form.
 */
export function rekeyedBallots(
  entries: readonly BallotEntry[],
  answers: readonly ReturnedAnswer[],
  shape: BallotShape,
): RekeyedBallots {
  const slots: Array<BallotEntry | null> = [...entries];
  for (const answer of answers.filter((candidate) => candidate.field === 'ballot'))
    slots[answer.position - 1] = answer.value as BallotEntry | null;
  for (const answer of answers.filter((candidate) => candidate.field !== 'ballot')) {
    const entry = slots[answer.position - 1];
    // A field differs only where every keying has a valid ballot: anything else is a stale answer.
    if (!entry?.valid)
      return refusal(answer.position, { vi: 'không có phiếu hợp lệ ở vị trí này', en: 'no valid ballot there' });
    slots[answer.position - 1] = withFieldValue(entry, answer.field, answer.value);
  }
  while (slots.length > 0 && !slots.at(-1)) slots.pop();
  const hole = slots.findIndex((slot) => !slot);
  if (hole >= 0)
    return refusal(hole + 1, {
      vi: 'không thể bỏ một phiếu ở giữa lô; chỉ phiếu cuối lô mới có thể là “không có phiếu”',
      en: 'a ballot cannot be taken out of the middle of the batch; only the last may be “no ballot”',
    });
  for (const position of new Set(answers.map((answer) => answer.position))) {
    const entry = slots[position - 1];
    const problem = entry ? ballotProblems(entry, shape)[0] : undefined;
    if (problem) return refusal(position, problem);
  }
  return { ok: true, entries: slots as BallotEntry[] };
}

function refusal(position: number, problem: Bilingual): RekeyedBallots {
  return {
    ok: false,
    problem: { vi: `phiếu thứ ${position}: ${problem.vi}`, en: `ballot ${position}: ${problem.en}` },
  };
}
