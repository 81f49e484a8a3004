import { readFileSync } from 'node:fs';
import { z } from '../../shared/schema/z';
import { writeFileAtomically } from '../base/privateFiles';

/** Failures allowed before waiting starts; each further failure doubles the wait. */
export const freeAttempts = 5;
const firstWaitSeconds = 30;
const longestWaitSeconds = 60 * 60;

const attemptsSchema = z.object({
  version: z.literal(1),
  accounts: z.record(z.string(), z.object({ failures: z.number().int().min(0), lastFailureAt: z.number() })),
});
type AttemptsFile = z.infer<typeof attemptsSchema>;

export interface SignInAttempts {
  /** Seconds to wait before this account may try again; 0 when it may try now. */
  waitSeconds(account: string): number;
  recordFailure(account: string): void;
  /** Clears the count and returns how many failures there were since the last success. */
  recordSuccess(account: string): number;
}

export function waitAfter(failures: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(longestWaitSeconds, firstWaitSeconds * 2 ** (failures - freeAttempts));
}

/**
 * Counts failed sign-ins per account (login, or "recovery") in a file beside the vault, so a
 * restart does not reset the back-off. It holds no secret: only counts and times.
 */
export function createSignInAttempts(path: string, now: () => number = Date.now): SignInAttempts {
  function read(): AttemptsFile {
    try {
      const parsed = attemptsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // missing or unreadable: nothing recorded
    }
    return { version: 1, accounts: {} };
  }
  const write = (file: AttemptsFile) => writeFileAtomically(path, `${JSON.stringify(file)}\n`);

  return {
    waitSeconds(account) {
      const entry = read().accounts[account];
      if (!entry) return 0;
      const remaining = entry.lastFailureAt + waitAfter(entry.failures) * 1000 - now();
      return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
    },
    recordFailure(account) {
      const file = read();
      const failures = (file.accounts[account]?.failures ?? 0) + 1;
      file.accounts[account] = { failures, lastFailureAt: now() };
      write(file);
    },
    recordSuccess(account) {
      const file = read();
      const failures = file.accounts[account]?.failures ?? 0;
      if (failures === 0) return 0;
      delete file.accounts[account];
      write(file);
      return failures;
    },
  };
}
