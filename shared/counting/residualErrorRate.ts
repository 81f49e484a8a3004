/**
 * The keying errors that survive double entry, estimated from a quality audit (issue 21, point 3):
 * a sample of verified ballots keyed a third time, blind, and every difference judged against the
 * paper. Errors found among the fields compared are a binomial count, so the rate gets an exact
 * (Clopper–Pearson) 95 % interval, computed here from the regularised incomplete beta function —
 * no statistics library, so a reader can check every step against Numerical Recipes (§6.4).
 */

/** ln Γ(x) for x > 0: Lanczos' approximation (g = 7, 9 terms), about 15 significant digits. */
export function logGamma(x: number): number {
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  // Reflection keeps the series where it is accurate.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = coefficients[0]!;
  for (let index = 1; index < coefficients.length; index += 1) sum += coefficients[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

const tiny = 1e-300;
const epsilon = 1e-15;
/** The fraction converges in O(√max(a, b)) steps: ample for a million fields. */
const maxIterations = 100_000;

/** The continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes' betacf). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxIterations; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < epsilon) return h;
  }
  throw new RangeError(`incomplete beta: no convergence for a = ${a}, b = ${b}`);
}

/** The regularised incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1 (Numerical Recipes' betai). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta: I_${x}(${a}, ${b})`);
  if (x === 0 || x === 1) return x;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  // The fraction converges fast only on this side of the mean; the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) covers the other.
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The p-quantile of Beta(a, b): the x where I_x(a, b) = p, by bisection (monotone, never diverges). */
export function betaQuantile(p: number, a: number, b: number): number {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 200 && high - low > Number.EPSILON * high; step += 1) {
    const middle = (low + high) / 2;
    if (regularizedIncompleteBeta(middle, a, b) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The exact binomial (Clopper–Pearson) interval of a proportion, `errors` of `trials`, at 95 %.
 * Two-sided with 2.5 % in each tail, as R's binom.test — except at the edges: with no error the
 * lower bound is 0 whatever the data, so the whole 5 % goes to the upper tail, 1 − 0.05^(1/n)
 * ("0 errors in 2,000 fields: at most 1.5 per 1,000"), and symmetrically when every trial erred.
 */
export function clopperPearson(errors: number, trials: number, confidence = 0.95): Interval {
  if (!Number.isInteger(trials) || trials < 1 || !Number.isInteger(errors) || errors < 0 || errors > trials)
    throw new RangeError(`Clopper–Pearson: ${errors} of ${trials}`);
  const alpha = 1 - confidence;
  if (errors === 0) return { lower: 0, upper: 1 - alpha ** (1 / trials) };
  if (errors === trials) return { lower: alpha ** (1 / trials), upper: 1 };
  return {
    lower: betaQuantile(alpha / 2, errors, trials - errors + 1),
    upper: betaQuantile(1 - alpha / 2, errors + 1, trials - errors),
  };
}

/** A residual error rate per 1,000 fields with its 95 % interval; no estimate (nulls) when no field was compared. */
export interface ResidualErrorRate {
  readonly errors: number;
  readonly fields: number;
  readonly perThousand: number | null;
  readonly lowerPerThousand: number | null;
  readonly upperPerThousand: number | null;
}

export function residualErrorRate(errors: number, fields: number): ResidualErrorRate {
  if (fields === 0) {
    if (errors !== 0) throw new RangeError(`residual error rate: ${errors} errors in no field`);
    return { errors, fields, perThousand: null, lowerPerThousand: null, upperPerThousand: null };
  }
  const { lower, upper } = clopperPearson(errors, fields);
  return {
    errors,
    fields,
    perThousand: (errors * 1000) / fields,
    lowerPerThousand: lower * 1000,
    upperPerThousand: upper * 1000,
  };
}

/** A rate per 1,000 fields as documents and screens write it: two decimals, a decimal comma in Vietnamese ("2,00"). */
export function perThousandText(value: number, language: 'vi' | 'en'): string {
  const text = value.toFixed(2);
  return language === 'vi' ? text.replace('.', ',') : text;
}
