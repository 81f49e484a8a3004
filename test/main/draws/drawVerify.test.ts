import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../helpers/cliRun';
import type { DrawRecord } from '../../../shared/draws/drawRecord';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword } from '../../helpers/testVault';
import { campaignWithUnitNames } from './drawUnits';

/*
 * A sample with the three school levels. Its candidates include the 15 schools drawn by hand on
 * 24/02/2023 (seed 001), but its `drawn` fields were computed by the app from its own seed, so
 * they are not that meeting's result.
 */
const fixtureFile = join(import.meta.dirname, '../../fixtures/draw/draw-2023-schools.json');
const fixture = JSON.parse(readFileSync(fixtureFile, 'utf8')) as DrawRecord;

describe('kiem-phieu draw verify', () => {
  const temp = useTempDirectories();

  it('recomputes the sample record and lists the schools drawn (exit 0), with no vault', async () => {
    const result = await runCommandLine(['--data-dir', temp(), 'draw', 'verify', '--file', fixtureFile]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Tính lại khớp');
    for (const group of fixture.groups) {
      expect(group.drawn).toHaveLength(5);
      expect(result.stdout).toContain(group.label);
      for (const position of group.drawn)
        expect(result.stdout).toContain(`${position}. ${group.candidates[position - 1]}`);
    }
    expect(result.stdout).toContain('Mầm non Hoa Mai');
    expect(result.stdout).toContain('THCS Chu Văn An');

    const english = await runCommandLine([
      '--data-dir',
      temp(),
      '--lang',
      'en',
      'draw',
      'verify',
      '--file',
      fixtureFile,
    ]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Recomputing gives the recorded result');
  });

  it('exits 1 with one Vietnamese line when a recorded position was changed', async () => {
    const directory = temp();
    const altered = structuredClone(fixture);
    const thcs = altered.groups[2] as DrawRecord['groups'][number];
    thcs.drawn = [...thcs.drawn.slice(0, 4), thcs.drawn[4] === 2 ? 4 : 2];
    const file = join(directory, 'altered.json');
    writeFileSync(file, JSON.stringify(altered, null, 2));
    const result = await runCommandLine(['--data-dir', directory, 'draw', 'verify', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Tính lại không ra cùng kết quả bốc thăm');
    expect(lines[0]).toContain('Trường trung học cơ sở');
  });

  it('exits 1 for a file that is not JSON or is missing, and 2 without --file', async () => {
    const directory = temp();
    const notJson = join(directory, 'draw.txt');
    writeFileSync(notJson, 'Kết quả bốc thăm: 3, 4, 7, 6, 5');
    const garbled = await runCommandLine(['--data-dir', directory, 'draw', 'verify', '--file', notJson]);
    expect(garbled.code).toBe(1);
    expect(garbled.stderr.trim().split('\n')).toHaveLength(1);
    expect(garbled.stderr).toContain('không phải JSON');

    const missing = await runCommandLine([
      '--data-dir',
      directory,
      'draw',
      'verify',
      '--file',
      join(directory, 'absent.json'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không đọc được tệp');

    const noFile = await runCommandLine(['--data-dir', directory, 'draw', 'verify']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('--file');
    expect(noFile.stdout).toBe('');
  });
});

describe('kiem-phieu draw export', () => {
  const temp = useTempDirectories();

  it('refuses a campaign without a draw (exit 1, nothing written) and a command line without --out (exit 2)', async () => {
    const dataDirectory = temp();
    const { core, campaignId } = await campaignWithUnitNames(dataDirectory, [['Trường THCS', 'THCS Ái Mộ']]);
    core.shutdown();
    const out = join(temp(), 'boc-tham.json');
    const base = ['--data-dir', dataDirectory, '--user', 'quantri', 'draw', 'export', '--campaign', campaignId];
    const none = await runCommandLine([...base, '--out', out], [adminPassword]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Không tìm thấy kết quả bốc thăm (đợt này chưa bốc thăm).');
    expect(existsSync(out)).toBe(false);
    const usage = await runCommandLine(base, [adminPassword]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('cần --campaign MÃ và --out TỆP.json');
  });
});
