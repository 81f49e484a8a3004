/**
 * How much one device on the hall's network may ask (issue 19, point 2). Codes are ~49.5 bits, so
 * guessing is hopeless anyway; the limits keep a misbehaving phone from flooding the vault with
 * reads, and make a guesser's rate a few codes a minute. Two buckets per address: every request,
 * and wrong codes, each refilled steadily. The table of addresses is bounded: when full, the
 * stalest entries go (an address forgotten starts full, which is no gain to a guesser at this rate).
 */
export interface RateLimitOptions {
  /** Requests of any kind: burst, then per second. */
  readonly requestBurst: number;
  readonly requestsPerSecond: number;
  /** Wrong codes: burst, then per minute. */
  readonly wrongCodeBurst: number;
  readonly wrongCodesPerMinute: number;
  readonly maxAddresses: number;
}

export const hallRateLimits: RateLimitOptions = {
  requestBurst: 60,
  requestsPerSecond: 2,
  wrongCodeBurst: 10,
  wrongCodesPerMinute: 6,
  maxAddresses: 4096,
};

interface Bucket {
  tokens: number;
  at: number;
}

class Buckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly burst: number,
    private readonly perMs: number,
    private readonly maxAddresses: number,
  ) {}

  private current(address: string, now: number): Bucket {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= this.maxAddresses) {
        const stalest = this.buckets.keys().next().value;
        if (stalest !== undefined) this.buckets.delete(stalest);
      }
      bucket = { tokens: this.burst, at: now };
    } else {
      bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
      this.buckets.delete(address);
    }
    // Re-inserted: the map's order is least recently seen first.
    this.buckets.set(address, bucket);
    return bucket;
  }

  hasToken(address: string, now: number): boolean {
    return this.current(address, now).tokens >= 1;
  }

  take(address: string, now: number): boolean {
    const bucket = this.current(address, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

export class RateLimits {
  private readonly requests: Buckets;
  private readonly wrongCodes: Buckets;
  private refused = 0;

  constructor(
    options: RateLimitOptions = hallRateLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.requests = new Buckets(options.requestBurst, options.requestsPerSecond / 1000, options.maxAddresses);
    this.wrongCodes = new Buckets(options.wrongCodeBurst, options.wrongCodesPerMinute / 60_000, options.maxAddresses);
  }

  /** Whether a request from this address may go on to the core; counts it. */
  admit(address: string): boolean {
    const now = this.clock();
    const admitted = this.requests.take(address, now) && this.wrongCodes.hasToken(address, now);
    if (!admitted) this.refused += 1;
    return admitted;
  }

  /** A code from this address was wrong (or burned, or foreign). */
  wrongCode(address: string): void {
    this.wrongCodes.take(address, this.clock());
  }

  /** Requests refused since the listener opened. */
  throttled(): number {
    return this.refused;
  }
}
