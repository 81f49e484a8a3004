import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../helpers/cliRun';
import packageJson from '../../../package.json' with { type: 'json' };
import { useTempDirectories } from '../../helpers/tempDirectory';

const adminPassword = 'mật khẩu quản trị';

describe('command line', () => {
  const temp = useTempDirectories();

  it('info prints the version and data directory in Vietnamese by default (exit 0)', async () => {
    const dataDirectory = temp();
    const result = await runCommandLine(['--data-dir', dataDirectory, 'info']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Phiên bản');
    expect(result.stdout).toContain(packageJson.version);
    expect(result.stdout).toContain(dataDirectory);
    expect(result.stdout).toContain('Chưa tạo kho dữ liệu');
    expect(result.stderr).toBe('');
  });

  it('info --json gives the same object as the app.info call', async () => {
    const dataDirectory = temp();
    const result = await runCommandLine([`--data-dir=${dataDirectory}`, '--lang', 'en', 'info', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      shell: 'cli',
      dataDirectory,
      vaultState: 'absent',
      version: packageJson.version,
    });
  });

  it('exits 2 with the usage on a wrong command line, and never takes a password as an argument', async () => {
    const dataDirectory = temp();
    const addLan = [
      '--data-dir',
      dataDirectory,
      '--user',
      'quantri',
      'user',
      'add',
      '--login',
      'lan',
      '--full-name',
      'Lan',
      '--role',
    ];
    for (const argv of [
      [],
      ['frobnicate'],
      ['--colour', 'info'],
      ['--lang', 'fr', 'info'],
      ['--data-dir', dataDirectory, 'info', '--yaml'],
      ['--data-dir', dataDirectory, 'vault', 'check'],
      [...addLan, 'counter', '--password', 'x'],
      [...addLan, 'boss'],
    ]) {
      const result = await runCommandLine(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain('kiem-phieu');
      expect(result.stdout).toBe('');
    }
  });

  it('exits 1 with one line on stderr when the work fails', async () => {
    const notADirectory = join(temp(), 'file');
    writeFileSync(notADirectory, 'x');
    const result = await runCommandLine(['--data-dir', notADirectory, 'info']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Không ghi được vào thư mục dữ liệu');
  });

  it('vault init, user add, vault check and audit verify with passwords read from stdin', async () => {
    const dataDirectory = temp();
    const base = ['--data-dir', dataDirectory];
    const init = await runCommandLine(
      [...base, 'vault', 'init', '--name', 'Ban Tuyên giáo', '--admin', 'quantri', '--full-name', 'Nguyễn Văn Quản'],
      [adminPassword, adminPassword],
    );
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout.trim()).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    expect(init.stderr).toContain('KHÓA KHÔI PHỤC');
    expect(init.questions).toContain('Mật khẩu mới của quantri');

    const add = await runCommandLine(
      [
        ...base,
        '--user',
        'quantri',
        'user',
        'add',
        '--login',
        'lan',
        '--full-name',
        'Nguyễn Thị Lan',
        '--role',
        'counter',
      ],
      [adminPassword, 'mật khẩu của Lan', 'mật khẩu của Lan'],
    );
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/^lan\tcounter\t/);

    const check = await runCommandLine(
      [...base, '--lang', 'en', '--user', 'quantri', 'vault', 'check'],
      [adminPassword],
    );
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('integrity_check: ok');
    expect(check.stdout).toContain('intact');

    const verify = await runCommandLine([...base, '--user', 'quantri', 'audit', 'verify'], [adminPassword]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('Nhật ký nguyên vẹn');

    const counterCheck = await runCommandLine([...base, '--user', 'lan', 'vault', 'check'], ['mật khẩu của Lan']);
    expect(counterCheck.code).toBe(1);
    expect(counterCheck.stderr).toContain('không được phép');

    const wrong = await runCommandLine([...base, '--user', 'quantri', 'vault', 'check'], ['sai mật khẩu']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('kiem-phieu: Sai tên đăng nhập hoặc mật khẩu.\n');

    const mismatch = await runCommandLine(
      [...base, '--user', 'quantri', 'user', 'passwd'],
      [adminPassword, 'mật khẩu một', 'mật khẩu hai'],
    );
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('không khớp');

    const again = await runCommandLine(
      [...base, 'vault', 'init', '--name', 'Kho khác', '--admin', 'x1', '--full-name', 'X'],
      ['12345678', '12345678'],
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có kho dữ liệu');
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
    const init = spawnSync(
      process.execPath,
      [
        bin,
        '--data-dir',
        dataDirectory,
        'vault',
        'init',
        '--name',
        'Kho',
        '--admin',
        'quantri',
        '--full-name',
        'Quản Trị',
      ],
      {
        encoding: 'utf8',
        input: `${adminPassword}\n${adminPassword}\n`,
      },
    );
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout.trim()).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  });
});
