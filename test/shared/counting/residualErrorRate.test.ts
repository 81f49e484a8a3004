import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotEntry, ValidBallot } from '../../../shared/counting/ballot';
import { compareKeyings } from '../../../shared/counting/compareKeyings';
import { comparedFieldCount } from '../../../shared/counting/keyingAudit';
import {
  clopperPearson,
  logGamma,
  regularizedIncompleteBeta,
  residualErrorRate,
} from '../../../shared/counting/residualErrorRate';

describe('the regularised incomplete beta function', () => {
  it('agrees with closed forms and known values', () => {
    // Γ(n) = (n − 1)!
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9);
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 13);
    expect(regularizedIncompleteBeta(0.001, 1, 5000)).toBeCloseTo(1 - 0.999 ** 5000, 12);
    // A binomial tail: P(X ≤ 2 | n = 10, p = 0.3) = I_{0.7}(8, 3) = 0.3827827864.
    expect(regularizedIncompleteBeta(0.7, 8, 3)).toBeCloseTo(0.3827827864, 9);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});

/** An interval per 1,000 fields, to the digits R's binom.test prints (checked against scipy and mpmath). */
const perThousand = (errors: number, fields: number) => {
  const rate = residualErrorRate(errors, fields);
  return [rate.perThousand, rate.lowerPerThousand, rate.upperPerThousand];
};

describe('the residual error rate per 1,000 fields with its exact 95 % interval', () => {
  it('10 errors in 5,000 fields: 2.0 per 1,000, between 0.959 and 3.675 (binom.test(10, 5000))', () => {
    const [rate, lower, upper] = perThousand(10, 5000);
    expect(rate).toBe(2);
    // binom.test(10, 5000)$conf.int = 0.000959481, 0.003674985
    expect(lower).toBeCloseTo(0.959481318, 7);
    expect(upper).toBeCloseTo(3.674985481, 7);
  });

  it('0 errors in 2,000 fields: no error, at most about 1.5 per 1,000 (one-sided, 1 − 0.05^(1/2000))', () => {
    const [rate, lower, upper] = perThousand(0, 2000);
    expect(rate).toBe(0);
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(1.496744895, 7);
    expect(upper).toBeCloseTo(1.5, 1);
  });

  it.each([
    // errors, fields, lower, upper (binom.test(x, n)$conf.int)
    [1, 1000, 2.531748749e-5, 0.00555892428],
    [5, 200, 0.008166166191, 0.05737435113],
    [50, 100_000, 0.0003711317018, 0.0006591351959],
    [3, 7, 0.09898827844, 0.8159484324],
    [7, 32, 0.09277153228, 0.3997282637],
    [2, 160, 0.001517409103, 0.04442303443],
    [199, 200, 0.9724581015, 0.999873419],
  ])('%i errors in %i fields matches R', (errors, fields, lower, upper) => {
    const interval = clopperPearson(errors, fields);
    expect(interval.lower / lower).toBeCloseTo(1, 8);
    expect(interval.upper / upper).toBeCloseTo(1, 8);
  });

  it('every field wrong: the upper bound is 1 and the lower one-sided, 0.05^(1/n)', () => {
    expect(clopperPearson(20, 20)).toEqual({ lower: 0.05 ** (1 / 20), upper: 1 });
  });

  it('no field compared gives no estimate; impossible counts are refused', () => {
    expect(residualErrorRate(0, 0)).toEqual({
      errors: 0,
      fields: 0,
      perThousand: null,
      lowerPerThousand: null,
      upperPerThousand: null,
    });
    expect(() => residualErrorRate(1, 0)).toThrow(RangeError);
    expect(() => clopperPearson(3, 2)).toThrow(RangeError);
    expect(() => clopperPearson(-1, 2)).toThrow(RangeError);
    expect(() => clopperPearson(1.5, 2)).toThrow(RangeError);
  });

  it('the bounds always bracket the point estimate, inside [0, 1000]', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((fields) => fc.tuple(fc.integer({ min: 0, max: Math.min(fields, 5000) }), fc.constant(fields))),
        ([errors, fields]) => {
          const rate = residualErrorRate(errors, fields);
          expect(rate.lowerPerThousand!).toBeGreaterThanOrEqual(0);
          expect(rate.lowerPerThousand!).toBeLessThanOrEqual(rate.perThousand!);
          expect(rate.perThousand!).toBeLessThanOrEqual(rate.upperPerThousand!);
          expect(rate.upperPerThousand!).toBeLessThanOrEqual(1000);
          if (errors > 0) expect(rate.lowerPerThousand!).toBeGreaterThan(0);
        },
      ),
      { seed: 20230517, numRuns: 300 },
    );
  });
});

/** mulberry32: a small seeded generator, so the simulation below is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A school ballot as it stands on paper: 15 marks, a prestige, now and then a note. */
function paperBallot(random: () => number): ValidBallot {
  const answers = Array.from({ length: 15 }, () => 1 + Math.floor(random() * 4));
  return {
    valid: true,
    answers,
    notes: random() < 0.1 ? { [String(1 + Math.floor(random() * 15))]: 'Chưa sâu sát' } : {},
    other: random() < 0.05 ? 'Cần gần gũi hơn' : '',
    prestige: 1 + Math.floor(random() * 4),
  };
}

/** The verified copy after double entry, each field wrong with probability `rate` (a mark off by one, a note lost…). */
function verifiedWithErrors(paper: ValidBallot, rate: number, random: () => number): ValidBallot {
  const wrong = () => random() < rate;
  const rows = Math.max(paper.answers.length, ...Object.keys(paper.notes).map(Number));
  const notes: Record<string, string> = {};
  for (let row = 1; row <= rows; row += 1) {
    const note = paper.notes[String(row)] ?? '';
    const keyed = wrong() ? (note === '' ? 'ghi nhầm' : '') : note;
    if (keyed !== '') notes[String(row)] = keyed;
  }
  return {
    valid: true,
    answers: paper.answers.map((answer) => (wrong() ? (answer === 4 ? 3 : (answer as number) + 1) : answer)),
    notes,
    other: wrong() ? `${paper.other}.` : paper.other,
    prestige: wrong() ? 0 : paper.prestige,
  };
}

describe('the estimate against injected error rates', () => {
  // 200 seeded repetitions per rate: per repetition, 125 ballots (4,000 fields) sampled, the
  // verified copy carrying errors at the known rate, the audit keying the paper correctly.
  const repetitions = 200;
  it.each([0, 0.5, 2, 10])('%f errors per 1,000 fields: the interval covers the true rate in ≥ 90 %', (rate) => {
    let covered = 0;
    let errorsFound = 0;
    let fieldsCompared = 0;
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      const random = seededRandom(1000 * rate + repetition + 1);
      const paper: BallotEntry[] = Array.from({ length: 125 }, () => paperBallot(random));
      const verified = paper.map((ballot) => verifiedWithErrors(ballot as ValidBallot, rate / 1000, random));
      const differences = compareKeyings([verified, paper]);
      const fields = paper.reduce((sum, ballot, index) => sum + comparedFieldCount(verified[index]!, ballot), 0);
      expect(fields).toBe(125 * 32);
      const estimate = residualErrorRate(differences.length, fields);
      if (estimate.lowerPerThousand! <= rate && rate <= estimate.upperPerThousand!) covered += 1;
      errorsFound += differences.length;
      fieldsCompared += fields;
    }
    expect(covered / repetitions).toBeGreaterThanOrEqual(0.9);
    // Over all 800,000 fields the estimate is close to the rate injected.
    const pooled = residualErrorRate(errorsFound, fieldsCompared);
    expect(pooled.lowerPerThousand!).toBeLessThanOrEqual(rate);
    expect(pooled.upperPerThousand!).toBeGreaterThanOrEqual(rate);
  });
});
