import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh 256-bit secret. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Compares in constant time whatever the candidate's length. */
export function tokenMatches(expected: string, candidate: string | undefined | null): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(candidate));
}

/**
 * The launch ticket: the one secret that appears on a command line (the browser's --app address),
 * where every local user can read it. It is good for one exchange only, so whoever reads it after
 * the window has used it holds nothing; a reader who races the window to it leaves the window
 * refused, which the user sees.
 */
export class LaunchTicket {
  readonly value = newAccessToken();
  private used = false;

  /** True once, for the right ticket; every later attempt, right or wrong, is false. */
  redeem(candidate: string | null): boolean {
    if (this.used || !tokenMatches(this.value, candidate)) return false;
    this.used = true;
    return true;
  }
}
