import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };
import { expectMatchesFormat } from '../../helpers/formats';
import { useTempDirectories } from '../../helpers/tempDirectory';

const root = join(import.meta.dirname, '..', '..', '..');

/** The script exactly as the README shows it, between its two markers. */
function readmeScript(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /<!-- scripting-example -->\s*```bash\n([\s\S]*?)```\s*<!-- \/scripting-example -->/.exec(readme);
  if (!block) throw new Error('README.md has no scripting example between its markers');
  return block[1]!;
}

describe('the scripting example of the README', () => {
  const temp = useTempDirectories();

  it('builds a vault, two users and a campaign, imports 2,000 ballots and prints the tally, with kiem-phieu only', () => {
    const script = readmeScript();
    expect(script.trim().split('\n').length).toBeLessThanOrEqual(25);
    const folder = temp();
    // `kiem-phieu` on the PATH is the package's bin, built by npm test.
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'kiem-phieu'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(root, packageJson.bin['kiem-phieu'])}" "$@"\n`,
    );
    chmodSync(join(bin, 'kiem-phieu'), 0o755);
    copyFileSync(join(root, 'test', 'fixtures', 'scripting', 'dot-2026.json'), join(folder, 'dot-2026.json'));
    writeFileSync(join(folder, 'script.sh'), script);

    const started = performance.now();
    const run = spawnSync('bash', ['script.sh'], {
      cwd: folder,
      encoding: 'utf8',
      // The machine running the tests may well be online (CI is): the script's air-gap check says offline.
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, KIEM_PHIEU_LANG: 'vi', KIEM_PHIEU_AIR_GAP: 'offline' },
    });
    const seconds = (performance.now() - started) / 1000;
    console.warn(`[scripting] the README's script on 2,000 ballots: ${seconds.toFixed(1)} s`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Đã nhập 2000 phiếu');

    const tally = JSON.parse(run.stdout) as { ballots: { valid: number; returned: number }; digest: null };
    expectMatchesFormat('tally', tally);
    expect(tally.ballots).toMatchObject({ valid: 2000, returned: 2000 });
    expect(tally.digest).toBeNull();
  }, 120_000);
});
