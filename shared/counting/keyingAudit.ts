import { sha256 } from '../sha256';
import type { BallotEntry } from './ballot';

/**
 * The keying-quality audit's sample (issue 21, point 3): which ballots of a verified batch a third
 * person keys again, blind. Drawn like the public draw ("sha256-ctr-fisher-yates-v1",
 * FORMATS.md §6) with the batch's id in place of the unit type: the byte stream is
 * SHA-256("seed|batchId|k") for k = 0, 1, 2, …, read as big-endian uint32s; a Fisher–Yates
 * shuffle of 1..n from the top takes uniform values below a bound by rejection; the sample is
 * its first `size` positions, listed in paper order. The seed comes from the core's CSPRNG and
 * is kept with the positions, so anyone can recompute the sample from the record.
 */
export const auditSampleAlgorithm = 'sha256-ctr-fisher-yates-v1';

const uint32Range = 2 ** 32;

function* uint32Stream(seed: string, label: string): Generator<number, never> {
  for (let block = 0; ; block += 1) {
    const digest = sha256(`${seed}|${label}|${block}`);
    const view = new DataView(digest.buffer);
    for (let offset = 0; offset < digest.length; offset += 4) yield view.getUint32(offset);
  }
}

function uniformBelow(bound: number, stream: Iterator<number, never>): number {
  const limit = Math.floor(uint32Range / bound) * bound;
  for (;;) {
    const value = stream.next().value;
    if (value < limit) return value % bound;
  }
}

/**
 * The paper positions (1-based, ascending) of a batch's audit sample: `size` of the batch's
 * `ballotCount` ballots, all of them when the batch is smaller than the sample.
 */
export function auditSamplePositions(seed: string, batchId: string, ballotCount: number, size: number): number[] {
  if (!Number.isSafeInteger(ballotCount) || ballotCount < 0 || !Number.isSafeInteger(size) || size < 0)
    throw new RangeError(`audit sample: ${size} of ${ballotCount}`);
  const positions = Array.from({ length: ballotCount }, (_, index) => index + 1);
  const stream = uint32Stream(seed, batchId);
  for (let i = ballotCount - 1; i >= 1; i -= 1) {
    const j = uniformBelow(i + 1, stream);
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions.slice(0, Math.min(size, ballotCount)).sort((a, b) => a - b);
}

const noteRows = (entry: BallotEntry & { valid: true }) =>
  Math.max(entry.answers.length, ...Object.keys(entry.notes).map(Number));

/**
 * How many fields comparing a verified ballot with its audit keying looks at, named as
 * compareKeyings names them: each row's mark and note, the prestige and the other comments of two
 * valid ballots; one field — the whole ballot — when either is invalid (or blank).
 */
export function comparedFieldCount(verified: BallotEntry, audit: BallotEntry): number {
  if (!verified.valid || !audit.valid) return 1;
  return Math.max(verified.answers.length, audit.answers.length) + 2 + Math.max(noteRows(verified), noteRows(audit));
}

/** How the head judged a difference against the paper: the verified value was wrong (a residual error), or the audit keying was. */
export const auditVerdicts = ['verifiedWrong', 'auditWrong'] as const;
export type AuditVerdict = (typeof auditVerdicts)[number];
