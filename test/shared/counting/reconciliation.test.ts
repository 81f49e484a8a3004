import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidReasons, type InvalidReason } from '../../../shared/counting/ballot';
import {
  blocking,
  errorRules,
  reconcile,
  warningRules,
  type ReconciliationInput,
} from '../../../shared/counting/reconciliation';

const noInvalid: Record<InvalidReason, number> = { notOfficial: 0, blank: 0, identifying: 0, other: 0 };

/** A contest where everything balances: 60 issued, 58 returned, 2 not returned, 57 valid, 1 blank. */
function balanced(): ReconciliationInput {
  return {
    counts: { issued: 60, returned: 58, notReturned: 2, valid: 57, invalid: { ...noInvalid, blank: 1 } },
    conference: { convened: 60, present: 58 },
    keyed: { valid: 57, invalid: { ...noInvalid, blank: 1 } },
    batches: { total: 2, unverified: 0 },
    unresolvedMismatches: 0,
    acknowledged: {},
  };
}

const line = (input: ReconciliationInput, rule: string) =>
  reconcile(input).find((candidate) => candidate.rule === rule)!;
const failing = (input: ReconciliationInput) => blocking(reconcile(input)).map((candidate) => candidate.rule);

describe('reconciliation rules', () => {
  it('a balanced contest passes every rule', () => {
    expect(failing(balanced())).toEqual([]);
    expect(line(balanced(), 'R01').explanation.vi).toBe('Phát ra 60 = 58 + 2 (thu về + không thu về).');
  });

  it('R01 issued = returned + not returned, saying how many are missing', () => {
    const input = { ...balanced(), counts: { ...balanced().counts!, notReturned: 1 } };
    expect(failing(input)).toContain('R01');
    expect(line(input, 'R01').explanation).toEqual({
      vi: 'Phát ra 60 ≠ thu về 58 + không thu về 1 (thiếu 1 phiếu).',
      en: 'Issued 60 ≠ returned 58 + not returned 1 (1 ballot unaccounted for).',
    });
  });

  it('R02 returned = valid + invalid', () => {
    const input = { ...balanced(), counts: { ...balanced().counts!, valid: 56 } };
    expect(line(input, 'R02')).toMatchObject({
      ok: false,
      explanation: { vi: 'Thu về 58 ≠ hợp lệ 56 + không hợp lệ 1.' },
    });
  });

  it('R03/R04 keyed ballots match the counts, reason by reason', () => {
    expect(failing({ ...balanced(), keyed: { valid: 56, invalid: { ...noInvalid, blank: 1 } } })).toEqual(['R03']);
    const swapped = { ...balanced(), keyed: { valid: 57, invalid: { ...noInvalid, identifying: 1 } } };
    expect(failing(swapped)).toEqual(['R04']);
    expect(line(swapped, 'R04').explanation.vi).toContain('Phiếu để trống hoàn toàn: đã nhập 0 ≠ 1');
  });

  it('R05/R06 double entry complete and settled', () => {
    expect(failing({ ...balanced(), batches: { total: 2, unverified: 1 } })).toEqual(['R05']);
    expect(failing({ ...balanced(), batches: { total: 0, unverified: 0 } })).toEqual(['R05']);
    expect(failing({ ...balanced(), unresolvedMismatches: 3 })).toEqual(['R06']);
  });

  it('W01 warns at exactly 3% invalid of returned', () => {
    const at = (returned: number, invalid: number): ReconciliationInput => ({
      ...balanced(),
      counts: {
        issued: returned,
        returned,
        notReturned: 0,
        valid: returned - invalid,
        invalid: { ...noInvalid, other: invalid },
      },
      keyed: { valid: returned - invalid, invalid: { ...noInvalid, other: invalid } },
      conference: { convened: returned, present: returned },
    });
    expect(failing(at(100, 3))).toEqual(['W01']);
    expect(failing(at(100, 2))).toEqual([]);
    expect(line(at(100, 3), 'W01').explanation.vi).toBe('3/100 phiếu thu về không hợp lệ: từ 3% trở lên.');
  });

  it('W02 warns below two thirds present (96-QĐ/TW), exactly at the boundary', () => {
    const present = (convened: number, count: number): ReconciliationInput => ({
      ...balanced(),
      conference: { convened, present: count },
      counts: { issued: count, returned: count, notReturned: 0, valid: count, invalid: noInvalid },
      keyed: { valid: count, invalid: noInvalid },
    });
    expect(failing(present(30, 20))).toEqual([]);
    expect(failing(present(30, 19))).toEqual(['W02']);
    expect(failing(present(31, 21))).toEqual([]);
    expect(failing(present(31, 20))).toEqual(['W02']);
    expect(line(present(30, 19), 'W02').explanation.vi).toBe('Có mặt 19/30 người được triệu tập: dưới 2/3.');
  });

  it('W03 warns when present differs from returned; an acknowledgement with a reason stops it blocking', () => {
    const input = { ...balanced(), conference: { convened: 60, present: 59 } };
    expect(failing(input)).toEqual(['W03']);
    const acknowledged = { ...input, acknowledged: { W03: 'Một người về sớm, không bỏ phiếu' } };
    expect(failing(acknowledged)).toEqual([]);
    expect(line(acknowledged, 'W03')).toMatchObject({ ok: false, acknowledged: true });
  });

  it('says what is missing when counts or conference are not entered', () => {
    const empty: ReconciliationInput = { ...balanced(), counts: null, conference: null };
    expect(failing(empty)).toEqual(['R00', 'R01', 'R02', 'R03', 'R04', 'W01', 'W02', 'W03']);
    expect(line(empty, 'R01').explanation.vi).toBe('Chưa ghi số phiếu của biên bản kiểm phiếu.');
    expect(failing({ ...balanced(), conference: { convened: 0, present: 0 } })).toEqual(['W03']);
  });
});

const consistent = fc
  .record({
    returned: fc.integer({ min: 1, max: 2000 }),
    notReturned: fc.integer({ min: 0, max: 50 }),
    invalid: fc.record(
      Object.fromEntries(invalidReasons.map((reason) => [reason, fc.integer({ min: 0, max: 5 })])) as Record<
        InvalidReason,
        fc.Arbitrary<number>
      >,
    ),
    batches: fc.integer({ min: 1, max: 20 }),
  })
  .filter(({ returned, invalid }) => invalidReasons.reduce((sum, reason) => sum + invalid[reason], 0) <= returned)
  .map(({ returned, notReturned, invalid, batches }): ReconciliationInput => {
    const invalidTotal = invalidReasons.reduce((sum, reason) => sum + invalid[reason], 0);
    return {
      counts: { issued: returned + notReturned, returned, notReturned, valid: returned - invalidTotal, invalid },
      conference: { convened: returned + notReturned, present: returned },
      keyed: { valid: returned - invalidTotal, invalid: { ...invalid } },
      batches: { total: batches, unverified: 0 },
      unresolvedMismatches: 0,
      acknowledged: {},
    };
  });

describe('reconciliation properties', () => {
  it('counts that are consistent never fail an error rule', () => {
    fc.assert(
      fc.property(consistent, (input) => {
        expect(blocking(reconcile(input)).filter((candidate) => candidate.severity === 'error')).toEqual([]);
      }),
    );
  });

  it('changing any one count by k ≥ 1 makes an error fail', () => {
    const fields = [
      'issued',
      'returned',
      'notReturned',
      'valid',
      ...invalidReasons.map((reason) => `invalid.${reason}`),
      'keyedValid',
      ...invalidReasons.map((reason) => `keyed.${reason}`),
    ];
    fc.assert(
      fc.property(
        consistent,
        fc.constantFrom(...fields),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (input, field, k, up) => {
          const delta = up ? k : -k;
          const counts = { ...input.counts!, invalid: { ...input.counts!.invalid } };
          const keyed = { valid: input.keyed.valid, invalid: { ...input.keyed.invalid } };
          const bump = (value: number) => Math.max(0, value + delta);
          const [group, reason] = field.split('.') as [string, InvalidReason | undefined];
          let before: number;
          if (group === 'invalid') counts.invalid[reason!] = bump((before = counts.invalid[reason!]));
          else if (group === 'keyed') keyed.invalid[reason!] = bump((before = keyed.invalid[reason!]));
          else if (group === 'keyedValid') keyed.valid = bump((before = keyed.valid));
          else {
            const numbers = counts as unknown as Record<string, number>;
            numbers[group] = bump((before = numbers[group]!));
          }
          fc.pre(bump(before) !== before);
          const errors = blocking(reconcile({ ...input, counts, keyed })).filter(
            (candidate) => candidate.severity === 'error',
          );
          expect(errors.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('never blocks on a passing line or an acknowledged warning, and reports every rule once, in order', () => {
    const anyInput = fc.record({
      counts: fc.option(consistent.map((input) => input.counts!)),
      conference: fc.option(fc.record({ convened: fc.nat(100), present: fc.nat(100) })),
      keyed: fc.record({ valid: fc.nat(100), invalid: fc.constant(noInvalid) }),
      batches: fc.record({ total: fc.nat(5), unverified: fc.nat(5) }),
      unresolvedMismatches: fc.nat(5),
      acknowledged: fc.dictionary(fc.constantFrom(...warningRules), fc.string({ minLength: 5 })),
    }) as fc.Arbitrary<ReconciliationInput>;
    fc.assert(
      fc.property(anyInput, (input) => {
        const lines = reconcile(input);
        expect(lines.map((candidate) => candidate.rule)).toEqual([...errorRules, ...warningRules]);
        for (const blocked of blocking(lines)) {
          expect(blocked.ok).toBe(false);
          expect(blocked.acknowledged).toBe(false);
        }
      }),
    );
  });
});
