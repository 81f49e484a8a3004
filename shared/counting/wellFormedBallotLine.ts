import { z } from '../schema/z';
import { invalidReasons, severalMarks } from './ballot';

/**
 * The output of `ballotLineSchema` for the common, complete ballot line, read without zod: zod
 * runs jitless here (see schema/z.ts), and a desk package's 100,000 ballots cost seconds that way.
 * It accepts a strict subset of what the schema accepts and returns exactly what the schema would
 * (same members, same order, the same values — the line's own answers array and notes object); anything else — a defaulted member left out, an invalid line's
 * empty fields, any doubt — is `undefined`, and the caller asks the schema, which also words the
 * problem. test/shared/counting/wellFormedBallotLine.test.ts compares the two on many lines.
 */
export type WellFormedBallotLine =
  | {
      contest: string;
      ballot: string;
      valid: true;
      answers: Array<number | typeof severalMarks>;
      notes: Record<string, string>;
      other: string;
      prestige: number | typeof severalMarks;
    }
  | {
      contest: string;
      ballot: string;
      valid: false;
      invalidReason?: (typeof invalidReasons)[number];
      invalidText?: string;
    };

/** The pattern z.uuid() checks with. */
const uuidPattern = z.regexes.uuid();
const noteKeyPattern = /^[1-9]\d{0,2}$/;
const maxText = 4000;
const maxAnswers = 100;

const validMembers = new Set(['contest', 'ballot', 'valid', 'answers', 'notes', 'other', 'prestige']);
const invalidMembers = new Set(['contest', 'ballot', 'valid', 'invalidReason', 'invalidText']);
const reasons: ReadonlySet<unknown> = new Set(invalidReasons);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isMark(value: unknown, highest: number): value is number | typeof severalMarks {
  return value === severalMarks || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= highest);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

/** Own members exactly among `allowed`, with every one of `required`. */
function hasMembers(value: Record<string, unknown>, allowed: ReadonlySet<string>, required: number): boolean {
  const keys = Object.keys(value);
  if (keys.length < required || keys.length > allowed.size) return false;
  return keys.every((key) => allowed.has(key));
}

function wellFormedNotes(notes: unknown): notes is Record<string, string> {
  if (!isPlainObject(notes)) return false;
  for (const key of Object.keys(notes)) {
    const text = notes[key];
    if (!noteKeyPattern.test(key) || typeof text !== 'string' || text.length < 1 || text.length > maxText) return false;
  }
  return true;
}

function wellFormedValid(line: Record<string, unknown>): WellFormedBallotLine | undefined {
  // All seven members present: a defaulted one left out goes to the schema.
  if (!hasMembers(line, validMembers, validMembers.size)) return undefined;
  const { contest, ballot, answers, notes, other, prestige } = line;
  if (!isId(contest) || !isId(ballot)) return undefined;
  if (!Array.isArray(answers) || answers.length > maxAnswers) return undefined;
  for (const answer of answers as unknown[]) if (!isMark(answer, 10)) return undefined;
  if (typeof other !== 'string' || other.length > maxText) return undefined;
  if (!isMark(prestige, 4)) return undefined;
  if (!wellFormedNotes(notes)) return undefined;
  // The line's own answers and notes, not copies: a package's 100,000 ballots, and the
  // canonical-JSON check then meets the very arrays it read. Nothing changes them afterwards.
  return { contest, ballot, valid: true, answers: answers as Array<number | '*'>, notes, other, prestige };
}

function wellFormedInvalid(line: Record<string, unknown>): WellFormedBallotLine | undefined {
  if (!hasMembers(line, invalidMembers, 3)) return undefined;
  const { contest, ballot, invalidReason, invalidText } = line;
  if (!isId(contest) || !isId(ballot)) return undefined;
  if (Object.hasOwn(line, 'invalidReason') && !reasons.has(invalidReason)) return undefined;
  if (Object.hasOwn(line, 'invalidText') && (typeof invalidText !== 'string' || invalidText.length > maxText))
    return undefined;
  return {
    contest,
    ballot,
    valid: false,
    ...(Object.hasOwn(line, 'invalidReason')
      ? { invalidReason: invalidReason as (typeof invalidReasons)[number] }
      : {}),
    ...(Object.hasOwn(line, 'invalidText') ? { invalidText: invalidText as string } : {}),
  };
}

/** A complete ballot line as the schema would output it, or `undefined` to ask the schema. */
export function wellFormedBallotLine(value: unknown): WellFormedBallotLine | undefined {
  if (!isPlainObject(value)) return undefined;
  if (value.valid === true) return wellFormedValid(value);
  if (value.valid === false) return wellFormedInvalid(value);
  return undefined;
}
