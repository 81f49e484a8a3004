import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/runCli';
import packageJson from '../../../package.json' with { type: 'json' };
import { useTempDirectories } from '../../helpers/tempDirectory';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

describe('command line', () => {
  const temp = useTempDirectories();

  it('info prints the version and data directory in Vietnamese by default (exit 0)', async () => {
    const dataDirectory = temp();
    const result = await run(['--data-dir', dataDirectory, 'info']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Phiên bản`);
    expect(result.stdout).toContain(packageJson.version);
    expect(result.stdout).toContain(dataDirectory);
    expect(result.stdout).toContain('Chưa tạo kho dữ liệu');
    expect(result.stderr).toBe('');
  });

  it('info --json gives the same object as the app.info call', async () => {
    const dataDirectory = temp();
    const result = await run([`--data-dir=${dataDirectory}`, '--lang', 'en', 'info', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      shell: 'cli',
      dataDirectory,
      vaultState: 'absent',
      version: packageJson.version,
    });
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    const dataDirectory = temp();
    for (const argv of [
      [],
      ['frobnicate'],
      ['--colour', 'info'],
      ['--lang', 'fr', 'info'],
      ['--data-dir', dataDirectory, 'info', '--yaml'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain('kiem-phieu');
      expect(result.stdout).toBe('');
    }
  });

  it('exits 1 with one line on stderr when the work fails', async () => {
    const notADirectory = join(temp(), 'file');
    writeFileSync(notADirectory, 'x');
    const result = await run(['--data-dir', notADirectory, 'info']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Không ghi được vào thư mục dữ liệu');
  });

  it('runs as the package bin (dist/main/cli.mjs, built by npm test)', () => {
    const bin = join(import.meta.dirname, '..', '..', '..', packageJson.bin['kiem-phieu']);
    expect(existsSync(bin), `${bin} is missing: run npm run build`).toBe(true);
    const dataDirectory = temp();
    const ok = spawnSync(process.execPath, [bin, '--data-dir', dataDirectory, '--lang', 'en', 'info'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Data directory');
    const usage = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
