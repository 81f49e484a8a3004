import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainderShares, wholeShare } from '../../../shared/results/largestRemainder';

describe('largestRemainderShares (hundredths of a percent)', () => {
  it('gives exact shares unchanged', () => {
    expect(largestRemainderShares([1, 1, 2])).toEqual([2500, 2500, 5000]);
    expect(largestRemainderShares([12, 6, 2, 0])).toEqual([6000, 3000, 1000, 0]);
    expect(largestRemainderShares([0, 5, 0])).toEqual([0, 10_000, 0]);
  });

  it('three equal parts: 3333.33 each, the missing hundredth goes to the earliest part', () => {
    expect(largestRemainderShares([7, 7, 7])).toEqual([3334, 3333, 3333]);
    expect(largestRemainderShares([1, 1, 1])).toEqual([3334, 3333, 3333]);
    // A zero in front takes nothing: its remainder is 0, not a tie.
    expect(largestRemainderShares([0, 1, 1, 1])).toEqual([0, 3334, 3333, 3333]);
  });

  it('gives the missing hundredths to the largest fractional parts, not to the largest counts', () => {
    // 2/7 = 2857.14…, 3/7 = 4285.71…: the .71 wins.
    expect(largestRemainderShares([2, 2, 3])).toEqual([2857, 2857, 4286]);
    // 1/7 = 1428.57…, 2/7 = 2857.14…, 4/7 = 5714.28…: the .57 of the smallest part wins.
    expect(largestRemainderShares([1, 2, 4])).toEqual([1429, 2857, 5714]);
    // 5, 4, 2, 1, 1 of 13: floors 3846 + 3076 + 1538 + 769 + 769 = 9998; remainders .92 and .46 win.
    expect(largestRemainderShares([5, 4, 2, 1, 1])).toEqual([3846, 3077, 1539, 769, 769]);
    // 333,333 / 333,333 / 333,334 of a million: only the last one's .34 rounds up.
    expect(largestRemainderShares([333_333, 333_333, 333_334])).toEqual([3333, 3333, 3334]);
  });

  it('breaks ties by position when several hundredths are missing', () => {
    // Six equal parts: 1666.66… each, floors sum to 9996, four hundredths go to the first four.
    expect(largestRemainderShares([1, 1, 1, 1, 1, 1])).toEqual([1667, 1667, 1667, 1667, 1666, 1666]);
    // Equal remainders among unequal parts: 1/6 = 1666.66… beats 2/6 = 3333.33…, in order of position.
    expect(largestRemainderShares([2, 1, 2, 1])).toEqual([3333, 1667, 3333, 1667]);
    expect(largestRemainderShares([1, 1, 1, 1, 1, 1, 1])).toEqual([1429, 1429, 1429, 1429, 1428, 1428, 1428]);
  });

  it('gives all zeros for a zero base, and nothing for no parts', () => {
    expect(largestRemainderShares([0, 0, 0])).toEqual([0, 0, 0]);
    expect(largestRemainderShares([])).toEqual([]);
  });

  it('property: shares add up to exactly 10000, each within one hundredth above its floor, larger counts never get less', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2_000_000 }), { minLength: 1, maxLength: 24 }), (counts) => {
        const shares = largestRemainderShares(counts);
        const base = counts.reduce((total, count) => total + count, 0);
        expect(shares).toHaveLength(counts.length);
        if (base === 0) {
          expect(shares.every((share) => share === 0)).toBe(true);
          return;
        }
        expect(shares.reduce((total, share) => total + share, 0)).toBe(wholeShare);
        counts.forEach((count, index) => {
          const floor = Math.floor((count * wholeShare) / base);
          expect(shares[index]! - floor).toBeGreaterThanOrEqual(0);
          expect(shares[index]! - floor).toBeLessThanOrEqual(1);
          if (count === 0) expect(shares[index]).toBe(0);
        });
        for (let a = 0; a < counts.length; a += 1)
          for (let b = 0; b < counts.length; b += 1)
            if (counts[a]! > counts[b]!) expect(shares[a]!).toBeGreaterThanOrEqual(shares[b]!);
      }),
      { numRuns: 500 },
    );
  });
});
