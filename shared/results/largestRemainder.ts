/** A whole, in hundredths of a percent. */
export const wholeShare = 10_000;

/**
 * Shares of a whole in hundredths of a percent that add up to exactly 10000 (largest remainder,
 * the Hare method): each part gets the floor of its exact share, then the hundredths still
 * missing go one each to the parts with the largest remainders; ties go to the earlier part, so
 * the result never depends on anything but the counts. A base of 0 gives all zeros.
 */
export function largestRemainderShares(counts: readonly number[]): number[] {
  const base = counts.reduce((sum, count) => sum + count, 0);
  if (base === 0) return counts.map(() => 0);
  const shares = counts.map((count) => Math.floor((count * wholeShare) / base));
  let missing = wholeShare - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = counts
    .map((count, index) => ({ index, remainder: (count * wholeShare) % base }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing === 0) break;
    shares[index]! += 1;
    missing -= 1;
  }
  return shares;
}
