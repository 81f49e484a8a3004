import { describe, expect, it } from 'vitest';
import { ballotLineSchema, checkBallotLine, checkedBallotLineSchema } from '../../../shared/counting/ballotLines';
import { describeInputIssues } from '../../../shared/schema/inputIssues';
import { wellFormedBallotLine } from '../../../shared/counting/wellFormedBallotLine';

/** A small seeded generator (mulberry32): the same lines on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const contest = '6f1c2a3e-1b2c-4d5e-8f90-123456789abc';
const ballot = '0b7d6c1e-93a4-4f11-a2b3-c4d5e6f70812';

/** Values near every edge a member has, right and wrong. */
const samples = {
  id: [
    contest,
    ballot,
    contest.toUpperCase(),
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '6f1c2a3e-1b2c-0d5e-8f90-123456789abc',
    '6f1c2a3e-1b2c-4d5e-7f90-123456789abc',
    '6f1c2a3e1b2c4d5e8f90123456789abc',
    ` ${contest}`,
    '',
    7,
    null,
  ],
  mark: [0, 1, 4, 5, 10, 11, -1, -0, 2.5, '*', '**', '1', null, true, Number.NaN, 1e21],
  prestige: [0, 1, 4, 5, -1, -0, 1.5, '*', '', null, undefined, '4'],
  noteKey: ['1', '9', '10', '15', '99', '100', '999', '1000', '0', '01', ' 1', 'a', ''],
  noteText: ['Chưa sâu sát', 'x', '', 'a'.repeat(4000), 'a'.repeat(4001), 3, null],
  other: ['', 'Nhiệt tình', ' ', 'b'.repeat(4000), 'b'.repeat(4001), 0, null, undefined],
  reason: ['notOfficial', 'blank', 'identifying', 'other', 'Other', '', null, undefined],
  invalidText: ['', 'Viết tên', 'c'.repeat(4000), 'c'.repeat(4001), 1, null, undefined],
  valid: [true, false, 'true', 1, null, undefined],
};

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

/** A line near a well-formed one: each member usually right, sometimes at an edge or missing or extra. */
function generatedLine(random: () => number): unknown {
  const often = (right: unknown, edges: readonly unknown[]) => (random() < 0.8 ? right : pick(random, edges));
  const wantValid = random() < 0.7;
  const line: Record<string, unknown> = {
    contest: often(contest, samples.id),
    ballot: often(ballot, samples.id),
    valid: often(wantValid, samples.valid),
  };
  if (wantValid) {
    const rows = random() < 0.9 ? 15 : pick(random, [0, 1, 100, 101]);
    line.answers = often(
      Array.from({ length: rows }, () => often(pick(random, [0, 1, 2, 3, 4, '*']), samples.mark)),
      [null, 'x', {}, [[1]]],
    );
    const notes: Record<string, unknown> = {};
    for (let index = Math.floor(random() * 3); index > 0; index -= 1)
      notes[often(String(1 + Math.floor(random() * 15)), samples.noteKey) as string] = often(
        'Ghi chú',
        samples.noteText,
      );
    line.notes = often(notes, [null, [], 'x', { 1: 'ok' }]);
    line.other = often('', samples.other);
    line.prestige = often(pick(random, [0, 1, 2, 3, 4, '*']), samples.prestige);
  } else {
    if (random() < 0.6) line.invalidReason = often('blank', samples.reason);
    if (random() < 0.5) line.invalidText = often('Viết tên', samples.invalidText);
    if (random() < 0.1) line.answers = pick(random, [[], [1], null]);
    if (random() < 0.1) line.notes = pick(random, [{}, { 1: 'x' }]);
    if (random() < 0.1) line.other = pick(random, ['', 'x']);
    if (random() < 0.1) line.prestige = pick(random, [0, 1]);
  }
  // A member left out, or one too many, now and then.
  if (random() < 0.08) delete line[pick(random, Object.keys(line))];
  if (random() < 0.05) line[pick(random, ['extra', 'Valid', '__proto__x'])] = 1;
  // Members in any order, as another tool may write them.
  const keys = Object.keys(line).sort(() => random() - 0.5);
  return Object.fromEntries(keys.map((key) => [key, line[key]]));
}

describe('the well-formed ballot line read without zod', () => {
  it('accepts only what the schema accepts, and returns exactly what the schema returns (members in order)', () => {
    const random = seededRandom(16);
    let fast = 0;
    let schemaOnly = 0;
    let refused = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const line = generatedLine(random);
      const byHand = wellFormedBallotLine(line);
      const bySchema = ballotLineSchema.safeParse(line);
      if (byHand === undefined) {
        if (bySchema.success) schemaOnly += 1;
        else refused += 1;
        continue;
      }
      fast += 1;
      expect(bySchema.success, JSON.stringify(line)).toBe(true);
      expect(byHand).toStrictEqual(bySchema.data);
      expect(Object.keys(byHand)).toEqual(Object.keys(bySchema.data!));
    }
    // The generator reaches all three cases, many times each.
    expect(fast).toBeGreaterThan(2000);
    expect(schemaOnly).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(2000);
  });

  it('checkBallotLine and the package member schema decide as the schema does, with the schema’s words', () => {
    const random = seededRandom(2026);
    for (let index = 0; index < 5_000; index += 1) {
      const line = JSON.parse(JSON.stringify(generatedLine(random))) as unknown;
      const bySchema = ballotLineSchema.safeParse(line, { reportInput: true });
      const checked = checkBallotLine(line);
      expect(checked.ok).toBe(bySchema.success);
      if (checked.ok) {
        expect(checked.line).toStrictEqual(bySchema.data);
        expect(checkedBallotLineSchema.parse(line)).toStrictEqual(bySchema.data);
      } else {
        expect(checked.message).toEqual(describeInputIssues(bySchema.error!.issues));
        expect(checkedBallotLineSchema.safeParse(line).success).toBe(false);
      }
    }
  });

  it('leaves to the schema a line whose defaults are left out, and an invalid line with empty fields', () => {
    const complete = { contest, ballot, valid: true, answers: [1, 2], notes: {}, other: '', prestige: 0 };
    expect(wellFormedBallotLine(complete)).toStrictEqual(ballotLineSchema.parse(complete));
    const { notes: _notes, other: _other, ...short } = complete;
    expect(wellFormedBallotLine(short)).toBeUndefined();
    expect(ballotLineSchema.parse(short)).toStrictEqual(complete);
    const invalid = { contest, ballot, valid: false, answers: [], notes: {}, other: '', prestige: 0 };
    expect(wellFormedBallotLine(invalid)).toBeUndefined();
    expect(checkBallotLine(invalid)).toEqual({ ok: true, line: ballotLineSchema.parse(invalid) });
  });
});
