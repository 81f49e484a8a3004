import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPositions, runDraw, verifyDrawRecord } from '../../../main/draws/drawAlgorithm';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { useTempDirectories } from '../../helpers/tempDirectory';

const seed = '4 2 6 1 3 5';
const preschools = [
  'Mầm non Bắc Biên',
  'Mầm non Bồ Đề',
  'Mầm non Gia Quất',
  'Mầm non Gia Thụy',
  'Mầm non Giang Biên',
  'Mầm non Hoa Phượng',
  'Mầm non Hoa Sữa',
  'Mầm non Long Biên',
  'Mầm non Phúc Đồng',
  'Mầm non Thạch Bàn',
];
/** Computed once with Python and, separately, traced by hand from `openssl dgst` (FORMATS.md §6). */
const expectedPositions = [3, 4, 7, 6, 5];

const vectorInput = {
  seed,
  groups: [{ unitType: 'mam_non', label: 'Trường mầm non', count: 5, candidates: preschools }],
};

const root = join(import.meta.dirname, '../../..');

/** FORMATS.md §6, whose worked example is this test's vector. */
function formatsDrawSection(): string {
  const formats = readFileSync(join(root, 'FORMATS.md'), 'utf8');
  const start = formats.indexOf('\n## 6. The draw\n');
  expect(start, 'FORMATS.md section "## 6. The draw"').toBeGreaterThan(-1);
  const end = formats.indexOf('\n## ', start + 1);
  return formats.slice(start, end === -1 ? undefined : end);
}

function errorCode(action: () => unknown): ErrorCode | 'none' {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.payload.code;
    throw error;
  }
  return 'none';
}

function isPermutationPrefix(positions: number[], n: number, count: number): boolean {
  return (
    positions.length === count &&
    new Set(positions).size === count &&
    positions.every((position) => Number.isInteger(position) && position >= 1 && position <= n)
  );
}

describe('the draw algorithm (sha256-ctr-fisher-yates-v1)', () => {
  const temp = useTempDirectories();

  it('gives the documented result for the fixed vector', () => {
    expect(drawPositions(seed, 'mam_non', 10, 5)).toEqual(expectedPositions);
    const record = runDraw(vectorInput);
    expect(record).toEqual({
      format: 'kiem-phieu-draw',
      version: 1,
      algorithm: 'sha256-ctr-fisher-yates-v1',
      seed,
      groups: [
        { unitType: 'mam_non', label: 'Trường mầm non', count: 5, candidates: preschools, drawn: [3, 4, 7, 6, 5] },
      ],
    });
    expect(record.groups[0]?.drawn.map((position) => preschools[position - 1])).toEqual([
      'Mầm non Gia Quất',
      'Mầm non Gia Thụy',
      'Mầm non Hoa Sữa',
      'Mầm non Hoa Phượng',
      'Mầm non Giang Biên',
    ]);
    expect(verifyDrawRecord(record)).toEqual(record);
  });

  it('changes its result with the seed, the unit type, the count or the list', () => {
    expect(drawPositions('4 2 6 1 3 6', 'mam_non', 10, 5)).not.toEqual(expectedPositions);
    expect(drawPositions(seed, 'tieu_hoc', 10, 5)).not.toEqual(expectedPositions);
    expect(drawPositions(seed, 'mam_non', 10, 4)).toEqual(expectedPositions.slice(0, 4));
    expect(drawPositions(seed, 'mam_non', 10, 6)).toHaveLength(6);
    expect(drawPositions(seed, 'mam_non', 11, 5)).not.toEqual(expectedPositions);
    expect(drawPositions(seed, 'mam_non', 10, 10).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(drawPositions(seed, 'mam_non', 10, 0)).toEqual([]);
    expect(drawPositions(seed, 'mam_non', 1, 1)).toEqual([1]);
  });

  it('normalises the typed seed to NFC and trims it, then records that string', () => {
    const decomposed = 'Ba con xúc xắc'.normalize('NFD');
    const record = runDraw({ ...vectorInput, seed: `  ${decomposed}\n` });
    expect(record.seed).toBe('Ba con xúc xắc'.normalize('NFC'));
    expect(record.groups[0]?.drawn).toEqual(drawPositions(record.seed, 'mam_non', 10, 5));
  });

  it('always draws `count` distinct positions in 1..n, and the same ones every time', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/),
        fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        (anySeed, unitType, [n, count]) => {
          const positions = drawPositions(anySeed, unitType, n, count);
          expect(isPermutationPrefix(positions, n, count)).toBe(true);
          expect(drawPositions(anySeed, unitType, n, count)).toEqual(positions);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses what cannot be drawn, with DRAW_RECORD_INVALID', () => {
    const group = vectorInput.groups[0] as (typeof vectorInput.groups)[number];
    expect(errorCode(() => runDraw({ ...vectorInput, seed: '  \t ' }))).toBe('DRAW_RECORD_INVALID');
    expect(errorCode(() => runDraw({ seed, groups: [{ ...group, count: 11 }] }))).toBe('DRAW_RECORD_INVALID');
    expect(errorCode(() => runDraw({ seed, groups: [{ ...group, candidates: [], count: 0 }] }))).toBe(
      'DRAW_RECORD_INVALID',
    );
    expect(errorCode(() => runDraw({ seed, groups: [group, { ...group, label: 'Lần nữa' }] }))).toBe(
      'DRAW_RECORD_INVALID',
    );
    expect(
      errorCode(() => runDraw({ seed, groups: [{ ...group, candidates: [...preschools, 'Mầm non Bắc Biên'] }] })),
    ).toBe('DRAW_RECORD_INVALID');
    expect(errorCode(() => drawPositions(seed, 'mam_non', 10, -1))).toBe('DRAW_RECORD_INVALID');
  });

  it('verifyDrawRecord rejects a changed result or seed, naming the group', () => {
    const record = runDraw(vectorInput);
    const changedDrawn = structuredClone(record);
    (changedDrawn.groups[0] as { drawn: number[] }).drawn = [3, 4, 7, 6, 8];
    const changedSeed = { ...structuredClone(record), seed: '4 2 6 1 3 4' };
    const reordered = structuredClone(record);
    (reordered.groups[0] as { drawn: number[] }).drawn = [4, 3, 7, 6, 5];
    for (const altered of [changedDrawn, changedSeed, reordered]) {
      try {
        verifyDrawRecord(altered);
        expect.unreachable('an altered record verified');
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        const payload = (error as AppError).payload;
        expect(payload.code).toBe('DRAW_MISMATCH');
        expect(payload.message.vi).toContain('Trường mầm non');
        expect(payload.message.vi).toContain('3, 4, 7, 6, 5');
        expect(payload.message.en).toContain('Trường mầm non');
      }
    }
  });

  it('verifyDrawRecord rejects a malformed record with DRAW_RECORD_INVALID', () => {
    const record = runDraw(vectorInput);
    const group = record.groups[0] as (typeof record.groups)[number];
    for (const malformed of [
      null,
      'record',
      {},
      { ...record, algorithm: 'sha256-ctr-fisher-yates-v2' },
      { ...record, version: 2 },
      { ...record, seed: '' },
      { ...record, groups: [] },
      { ...record, extra: true },
      { ...record, groups: [{ ...group, drawn: [0, 1] }] },
      { ...record, groups: [{ ...group, unitType: 'Mầm non' }] },
      { ...record, groups: [{ ...group, count: 11 }] },
      { ...record, groups: [{ ...group, candidates: [] }] },
    ]) {
      expect(
        errorCode(() => verifyDrawRecord(malformed)),
        JSON.stringify(malformed),
      ).toBe('DRAW_RECORD_INVALID');
    }
  });

  it('FORMATS.md §6 works through this vector, block by block', () => {
    const section = formatsDrawSection();
    const firstBlock = createHash('sha256').update(`${seed}|mam_non|0`, 'utf8').digest('hex');
    expect(section).toContain(firstBlock);
    expect(section).toContain('**[3, 4, 7, 6, 5]**');
    expect(section).toContain('`sha256-ctr-fisher-yates-v1`');
  });

  it('tools/recompute_draw.py recomputes the same positions from a record', (context) => {
    const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      console.warn('Skipped: python3 is not on PATH, so tools/recompute_draw.py could not be run.');
      context.skip();
    }
    const directory = temp();
    const script = join(root, 'tools', 'recompute_draw.py');
    const recordFile = join(directory, 'draw.json');
    const fixture = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/draw/draw-2023-schools.json'), 'utf8'),
    ) as unknown;
    const records = [runDraw(vectorInput), verifyDrawRecord(fixture)];
    for (const record of records) {
      writeFileSync(recordFile, JSON.stringify(record));
      const result = spawnSync('python3', [script, recordFile], {
        encoding: 'utf8',
        env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
      });
      expect(result.status, result.stderr).toBe(0);
      const expected = record.groups.map(
        (group) => `${group.unitType} ${group.count}/${group.candidates.length}: ${group.drawn.join(' ')} ok`,
      );
      expect(result.stdout.split('\n').filter((line) => /^[a-z][a-z0-9_]* \d+\/\d+: /.test(line))).toEqual(expected);
    }
    expect(records[0]?.groups[0]?.drawn).toEqual(expectedPositions);
  });
});
