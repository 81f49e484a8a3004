import { z } from '../schema/z';
import { answerSchema, ballotEntrySchema, type BallotEntry, type ValidBallot } from './ballot';

/**
 * Blind double entry: the same stack keyed by two (or three) people, compared position by
 * position and field by field. A field is a row's mark, the prestige, a row's note, the other
 * comments — or, when the keyings disagree on whether there is a ballot at all or whether it is
 * valid, the whole ballot.
 */
export type FieldName = 'ballot' | 'prestige' | 'other' | `answer:${number}` | `note:${number}`;

export type FieldValue = BallotEntry | null | z.infer<typeof answerSchema> | string;

export interface Difference {
  readonly position: number;
  readonly field: FieldName;
  /** What each pass keyed, in pass order (null: the pass has no ballot at that position). */
  readonly keyed: FieldValue[];
}

const sameEntry = (a: BallotEntry | null, b: BallotEntry | null) => JSON.stringify(a) === JSON.stringify(b);

function validFields(entry: ValidBallot): Map<FieldName, FieldValue> {
  const fields = new Map<FieldName, FieldValue>();
  entry.answers.forEach((answer, index) => fields.set(`answer:${index + 1}`, answer));
  fields.set('prestige', entry.prestige);
  fields.set('other', entry.other);
  const rows = Math.max(entry.answers.length, ...Object.keys(entry.notes).map(Number));
  for (let row = 1; row <= rows; row += 1) fields.set(`note:${row}`, entry.notes[String(row)] ?? '');
  return fields;
}

/**
 * How many fields compareKeyings names on a paper position of a form with `rows` rows: each row's
 * mark and note, the prestige and the other comments when every keying there holds a valid ballot
 * (a form's ballots keep its number of rows, notes only beside them); one, the whole ballot, otherwise.
 */
export function namedFieldCount(rows: number, allValid: boolean): number {
  return allValid ? 2 * rows + 2 : 1;
}

export function compareKeyings(passes: ReadonlyArray<readonly BallotEntry[]>): Difference[] {
  const differences: Difference[] = [];
  const count = Math.max(...passes.map((pass) => pass.length));
  for (let position = 1; position <= count; position += 1) {
    const entries = passes.map((pass) => pass[position - 1] ?? null);
    const allValid = entries.every((entry) => entry?.valid === true);
    if (!allValid) {
      if (!entries.every((entry) => sameEntry(entry, entries[0] ?? null)))
        differences.push({ position, field: 'ballot', keyed: entries });
      continue;
    }
    const fieldMaps = (entries as ValidBallot[]).map(validFields);
    const names = new Set(fieldMaps.flatMap((fields) => [...fields.keys()]));
    for (const name of names) {
      const values = fieldMaps.map((fields) => fields.get(name) ?? (name.startsWith('note:') ? '' : null));
      if (!values.every((value) => value === values[0])) differences.push({ position, field: name, keyed: values });
    }
  }
  return differences;
}

/** How the head settled a difference: one pass was right, or the value read again from the paper. */
export type Resolution =
  { readonly choice: 'pass1' | 'pass2' | 'pass3' } | { readonly choice: 'rekey'; readonly value: FieldValue };

export function resolvedValue(difference: Difference, resolution: Resolution): FieldValue {
  if (resolution.choice === 'rekey') return resolution.value;
  return difference.keyed[Number(resolution.choice.slice(4)) - 1] ?? null;
}

/** Checks a re-keyed value has the type its field needs. */
export function fieldValueSchema(field: FieldName): z.ZodType<FieldValue> {
  if (field === 'ballot') return ballotEntrySchema.nullable() as z.ZodType<FieldValue>;
  if (field === 'prestige') return z.union([z.number().int().min(0).max(4), z.literal('*')]);
  if (field.startsWith('answer:')) return answerSchema;
  return z.string().max(4000);
}

/**
 * The verified ballots of a batch: the first keying with every difference replaced by its
 * resolution. Only callable when every difference is resolved.
 */
export function mergeKeyings(
  passes: ReadonlyArray<readonly BallotEntry[]>,
  resolved: ReadonlyArray<{ difference: Difference; value: FieldValue }>,
): BallotEntry[] {
  const count = Math.max(...passes.map((pass) => pass.length));
  const merged: BallotEntry[] = [];
  for (let position = 1; position <= count; position += 1) {
    const here = resolved.filter((item) => item.difference.position === position);
    // The latest settlement of a whole ballot stands: a keying-quality audit may correct one the head settled.
    const whole = here.findLast((item) => item.difference.field === 'ballot');
    let entry: BallotEntry | null = whole ? (whole.value as BallotEntry | null) : (passes[0]?.[position - 1] ?? null);
    if (entry?.valid) {
      let fixed: ValidBallot = entry;
      for (const { difference, value } of here) fixed = withFieldValue(fixed, difference.field, value);
      entry = fixed;
    }
    if (entry) merged.push(entry);
  }
  return merged;
}

/** A valid ballot with one field (a row's mark or note, the prestige, the other comments) set; an empty note is none. */
export function withFieldValue(entry: ValidBallot, field: FieldName, value: FieldValue): ValidBallot {
  const fixed: ValidBallot = { ...entry, answers: [...entry.answers], notes: { ...entry.notes } };
  const [kind, row] = field.split(':');
  if (kind === 'answer') fixed.answers[Number(row) - 1] = value as ValidBallot['answers'][number];
  else if (kind === 'prestige') fixed.prestige = value as ValidBallot['prestige'];
  else if (kind === 'other') fixed.other = value as string;
  else if (kind === 'note') {
    if (value === '') delete fixed.notes[row!];
    else fixed.notes[row!] = value as string;
  }
  return fixed;
}
