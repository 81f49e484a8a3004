import { message } from '../../shared/i18n/messages';
import { createHash } from 'node:crypto';
import { describeInputIssues } from '../../shared/schema/inputIssues';
import { drawAlgorithm, drawRecordSchema, type DrawRecord } from '../../shared/draws/drawRecord';
import { checkSeed } from '../../shared/draws/drawSeed';
import { AppError } from '../../shared/errors';
import type { Bilingual } from '../../shared/i18n/language';

/*
 * The draw (bốc thăm), "sha256-ctr-fisher-yates-v1", as specified in FORMATS.md §6
 * ("The draw"). It is deliberately plain so that anyone can recompute a draw from its
 * record with a few lines of Python or openssl; any change to it needs a new algorithm name.
 */

const uint32Range = 2 ** 32;

/** The group's byte stream read as big-endian uint32s: SHA-256("seed|unitType|k"), k = 0, 1, 2, … */
function* uint32Stream(seed: string, unitType: string): Generator<number, never> {
  for (let block = 0; ; block += 1) {
    const digest = createHash('sha256').update(`${seed}|${unitType}|${block}`, 'utf8').digest();
    for (let offset = 0; offset < digest.length; offset += 4) yield digest.readUInt32BE(offset);
  }
}

/** Uniform in [0, bound): numbers from the biased top of the uint32 range are skipped, never folded in. */
function uniformBelow(bound: number, stream: Iterator<number, never>): number {
  const limit = Math.floor(uint32Range / bound) * bound;
  for (;;) {
    const value = stream.next().value;
    if (value < limit) return value % bound;
  }
}

function invalid(reason: Bilingual): AppError {
  return new AppError('DRAW_RECORD_INVALID', { reason });
}

function checkCounts(label: string, candidateCount: number, count: number): void {
  if (!Number.isSafeInteger(candidateCount) || candidateCount < 1)
    throw invalid(message('core.drawAlgorithm.groupHasNoCandidates', { label }));
  if (!Number.isSafeInteger(count) || count < 0 || count > candidateCount)
    throw invalid(message('core.drawAlgorithm.groupDrawsOutOf', { label, count, candidateCount }));
}

/** The 1-based positions drawn, in the order drawn: the first `count` of a Fisher–Yates shuffle of 1..n. */
export function drawPositions(seed: string, unitType: string, candidateCount: number, count: number): number[] {
  checkCounts(unitType, candidateCount, count);
  const positions = Array.from({ length: candidateCount }, (_, index) => index + 1);
  const stream = uint32Stream(seed, unitType);
  for (let i = candidateCount - 1; i >= 1; i -= 1) {
    const j = uniformBelow(i + 1, stream);
    [positions[i], positions[j]] = [positions[j] as number, positions[i] as number];
  }
  return positions.slice(0, count);
}

function parseRecord(value: unknown): DrawRecord {
  const parsed = drawRecordSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw invalid(describeInputIssues(parsed.error.issues));
  return parsed.data;
}

export interface DrawInput {
  /** As typed at the meeting; normalised here by `checkSeed` and recorded in that form. */
  readonly seed: string;
  readonly groups: ReadonlyArray<{ unitType: string; label: string; count: number; candidates: readonly string[] }>;
}

export function runDraw(input: DrawInput): DrawRecord {
  const checked = checkSeed(input.seed);
  if (!checked.ok) throw invalid(checked.reason);
  const { seed } = checked;
  const unitTypes = new Set<string>();
  const groups = input.groups.map((group) => {
    checkCounts(group.label, group.candidates.length, group.count);
    // The same unit type twice would draw from the same stream; the same unit twice would get two chances.
    if (unitTypes.has(group.unitType))
      throw invalid(message('core.drawAlgorithm.unitTypeAppearsTwice', { unitType: group.unitType }));
    unitTypes.add(group.unitType);
    if (new Set(group.candidates).size !== group.candidates.length)
      throw invalid(message('core.drawAlgorithm.groupListsACandidate', { label: group.label }));
    return {
      unitType: group.unitType,
      label: group.label,
      count: group.count,
      candidates: [...group.candidates],
      drawn: drawPositions(seed, group.unitType, group.candidates.length, group.count),
    };
  });
  // The record must read back exactly as any verifier will read it.
  return parseRecord({ format: 'kiem-phieu-draw', version: 1, algorithm: drawAlgorithm, seed, groups });
}

function mismatch(label: string, recorded: readonly number[], expected: readonly number[]): Bilingual {
  const list = (positions: readonly number[]) => positions.join(', ') || message('core.drawAlgorithm.none');
  return message('core.drawAlgorithm.recordsPositions', { label, recorded: list(recorded), expected: list(expected) });
}

/** Parses a record from anywhere (a file, the vault) and recomputes every group; returns it when all agree. */
export function verifyDrawRecord(record: unknown): DrawRecord {
  const parsed = parseRecord(record);
  for (const group of parsed.groups) {
    checkCounts(group.label, group.candidates.length, group.count);
    const expected = drawPositions(parsed.seed, group.unitType, group.candidates.length, group.count);
    if (expected.length !== group.drawn.length || expected.some((position, index) => group.drawn[index] !== position))
      throw new AppError('DRAW_MISMATCH', { reason: mismatch(group.label, group.drawn, expected) });
  }
  return parsed;
}
