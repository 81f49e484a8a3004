// Issue 23: the candidates' order is defined by code point (shared/draws/candidateOrder.ts,
// FORMATS.md §6) rather than left to ICU: it agrees with ICU's Vietnamese collation on real
// names, never ties two different names (so the list no longer follows the import file), and
// tools/recompute_draw.py --order rebuilds it with Python's standard library.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCandidates } from '../../../shared/draws/candidateOrder';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { campaignWithUnitNames } from './drawUnits';

const root = join(import.meta.dirname, '..', '..', '..');
const sorted = (names: readonly string[]) => [...names].sort(compareCandidates);

function fixtureUnitNames(): string[] {
  const folder = join(root, 'test', 'fixtures', 'units');
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.csv'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').split('\n').slice(1))
    .map((line) => line.split(/[,;]/)[1]?.trim() ?? '')
    .filter(Boolean);
  return [...new Set(names)];
}

const tricky = ['Hỏa', 'Hóa', 'Hòa', 'Hõa', 'Họa', 'Hoa', 'hoa', 'HOA', 'Đa', 'Da', 'Dê', 'Ăn', 'Ân', 'An', 'Ơn', 'Ôn'];
const trickier = ['On', 'Ưu', 'Uu', 'Gia Quất', 'Giang Biên', 'THCS 10', 'THCS 2', 'A-B', 'A B', 'AB', 'Đặng', 'Dặng'];

function pythonOrder(directory: string, names: readonly string[]): string[] {
  const file = join(directory, 'units.txt');
  writeFileSync(file, names.join('\n'));
  const run = spawnSync('python3', [join(root, 'tools', 'recompute_draw.py'), '--order', file], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^\d+\. /, ''));
}

describe('the order of the candidates', () => {
  const temp = useTempDirectories();

  it('is Vietnamese alphabetical order: it agrees with ICU (vi, numeric) on the fixtures’ names', () => {
    const names = [...fixtureUnitNames(), ...tricky, ...trickier];
    const icu = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
    expect(sorted(names)).toEqual([...names].sort(icu.compare));
    expect(sorted(['Đa', 'Da', 'Dê', 'Hóa', 'Hòa', 'Hoa', 'THCS 10', 'THCS 2'])).toEqual([
      'Da',
      'Dê',
      'Đa',
      'Hoa',
      'Hòa',
      'Hóa',
      'THCS 2',
      'THCS 10',
    ]);
  });

  it('never ties two different names: ICU’s ties ("THCS 01", "THCS 1") go by code point', () => {
    expect(sorted(['THCS 1', 'THCS 01'])).toEqual(['THCS 01', 'THCS 1']);
    expect(sorted(['THCS 01', 'THCS 1'])).toEqual(['THCS 01', 'THCS 1']);
    expect(compareCandidates('Hòa'.normalize('NFD'), 'Hòa')).not.toBe(0);
  });

  it('numbers the draw’s candidates the same whatever the order of the import file', async () => {
    const units: Array<[string, string]> = [
      ['Trường THCS', 'THCS 1'],
      ['Trường THCS', 'THCS Đức Giang'],
      ['Trường THCS', 'THCS 01'],
      ['Trường THCS', 'THCS Dương Xá'],
    ];
    const lists: string[][] = [];
    for (const order of [units, [...units].reverse()]) {
      const { core, admin, campaignId } = await campaignWithUnitNames(temp(), order);
      const groups = await admin.ok('draws.candidates', { campaignId });
      lists.push(groups.find((group) => group.unitType === 'thcs')!.candidates.map((unit) => unit.name));
      core.shutdown();
    }
    expect(lists[0]).toEqual(['THCS 01', 'THCS 1', 'THCS Dương Xá', 'THCS Đức Giang']);
    expect(lists[1]).toEqual(lists[0]);
  });

  it('is rebuilt by tools/recompute_draw.py --order, for real names and random ones', () => {
    const directory = temp();
    const names = [...fixtureUnitNames(), ...tricky, ...trickier, 'THCS 01', 'THCS 1', 'Ặc', 'Ắc', 'Ác', 'Ấp 3'];
    expect(pythonOrder(directory, names)).toEqual(sorted(names));
    const character = fc.constantFrom(
      ...'aAăĂâÂđĐeêoôơuưyYdD0129 -.'.split(''),
      '\u0300',
      '\u0301',
      '\u0323',
      '\u0309',
    );
    const name = fc.array(character, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('').trim());
    fc.assert(
      fc.property(fc.uniqueArray(name.filter(Boolean), { minLength: 2, maxLength: 30 }), (random) => {
        expect(pythonOrder(directory, random)).toEqual(sorted(random));
      }),
      { numRuns: 25 },
    );
  });
});
