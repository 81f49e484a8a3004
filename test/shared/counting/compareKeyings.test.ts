import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { compareKeyings, mergeKeyings, resolvedValue } from '../../../shared/counting/compareKeyings';

const ballot = (
  answers: BallotEntry extends infer _ ? Array<number | '*'> : never,
  prestige: number | '*' = 1,
  notes: Record<string, string> = {},
  other = '',
): BallotEntry => ({
  valid: true,
  answers,
  notes,
  other,
  prestige,
});
const invalid: BallotEntry = { valid: false, invalidReason: 'blank', invalidText: '' };

const arbitraryBallot = fc.oneof(
  fc.record({
    valid: fc.constant(true as const),
    answers: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('*' as const)), {
      minLength: 15,
      maxLength: 15,
    }),
    notes: fc.dictionary(fc.integer({ min: 1, max: 15 }).map(String), fc.string({ minLength: 1, maxLength: 20 }), {
      maxKeys: 2,
    }),
    other: fc.string({ maxLength: 30 }),
    prestige: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('*' as const)),
  }),
  fc.constant(invalid),
) as fc.Arbitrary<BallotEntry>;

describe('comparing two keyings', () => {
  it('lists exactly the fields that differ, where they are', () => {
    const first = [ballot([1, 2, 2, 1]), ballot([2, 2, 3, 4], 2, { '3': 'hay nóng' }), invalid];
    const second = [ballot([1, 2, 3, 1]), ballot([2, 2, 3, 4], '*', { '3': 'hay nóng giận' }), invalid];
    expect(compareKeyings([first, second])).toEqual([
      { position: 1, field: 'answer:3', keyed: [2, 3] },
      { position: 2, field: 'prestige', keyed: [2, '*'] },
      { position: 2, field: 'note:3', keyed: ['hay nóng', 'hay nóng giận'] },
    ]);
  });

  it('compares whole ballots when one keyer saw an extra ballot or a different validity', () => {
    const first = [ballot([1, 1]), invalid];
    const second = [ballot([1, 1]), ballot([2, 2]), ballot([3, 3])];
    expect(compareKeyings([first, second])).toEqual([
      { position: 2, field: 'ballot', keyed: [invalid, ballot([2, 2])] },
      { position: 3, field: 'ballot', keyed: [null, ballot([3, 3])] },
    ]);
  });

  it('merges the resolutions into the verified ballots', () => {
    const first = [ballot([1, 2, 2]), ballot([4, 4, 4])];
    const second = [ballot([1, 2, 3]), ballot([4, 4, 4]), ballot([1, 1, 1])];
    const [answer, extra] = compareKeyings([first, second]);
    const merged = mergeKeyings(
      [first, second],
      [
        { difference: answer!, value: resolvedValue(answer!, { choice: 'rekey', value: '*' }) },
        { difference: extra!, value: resolvedValue(extra!, { choice: 'pass1' }) },
      ],
    );
    expect(merged).toEqual([ballot([1, 2, '*']), ballot([4, 4, 4])]);
  });

  it('finds nothing between identical keyings, and merging them gives them back (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryBallot, { maxLength: 20 }), (pass) => {
        expect(compareKeyings([pass, pass])).toEqual([]);
        expect(mergeKeyings([pass, pass], [])).toEqual(pass);
      }),
    );
  });

  it('finds every changed mark, and taking the first keying everywhere restores it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryBallot, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.nat(14),
        (pass, pick, row) => {
          const position = pick % pass.length;
          const original = pass[position]!;
          fc.pre(original.valid);
          const changed = {
            ...original,
            answers: original.answers.map((answer, index) => (index === row ? (answer === 1 ? 2 : 1) : answer)),
          };
          const second = pass.map((entry, index) => (index === position ? changed : entry));
          const differences = compareKeyings([pass, second]);
          expect(differences).toEqual([
            {
              position: position + 1,
              field: `answer:${row + 1}`,
              keyed: [original.answers[row], changed.answers[row]],
            },
          ]);
          const merged = mergeKeyings(
            [pass, second],
            differences.map((difference) => ({ difference, value: resolvedValue(difference, { choice: 'pass1' }) })),
          );
          expect(merged).toEqual(pass);
        },
      ),
    );
  });
});
