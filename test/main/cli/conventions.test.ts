import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../main/cli/commands';
import packageJson from '../../../package.json' with { type: 'json' };
import { runCommandLine as run } from '../../helpers/cliRun';
import { useTempDirectories } from '../../helpers/tempDirectory';

const adminPassword = 'mật khẩu quản trị';

async function vaultWithHead(dataDirectory: string) {
  const base = ['--data-dir', dataDirectory];
  const init = await run(
    [...base, 'vault', 'init', '--name', 'Kho', '--admin', 'quantri', '--full-name', 'Quản Trị'],
    [adminPassword, adminPassword],
  );
  expect(init.code, init.stderr).toBe(0);
  const head = await run(
    [
      ...base,
      '--user',
      'quantri',
      'user',
      'add',
      '--login',
      'truongban',
      '--full-name',
      'Trưởng Ban',
      '--role',
      'head',
    ],
    [adminPassword, 'mật khẩu trưởng ban', 'mật khẩu trưởng ban'],
  );
  expect(head.code, head.stderr).toBe(0);
  return base;
}

describe('command-line conventions', () => {
  const temp = useTempDirectories();

  it.each(commands.map((command) => [command.words.join(' ')]))(
    '%s --help prints its usage on stdout and exits 0, in either language',
    async (words) => {
      const vi = await run([...words.split(' '), '--help']);
      expect(vi.code).toBe(0);
      expect(vi.stdout).toContain(`Cách dùng: kiem-phieu ${words}`);
      expect(vi.stderr).toBe('');
      const en = await run(['-h', ...words.split(' '), '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain(`Usage: kiem-phieu ${words}`);
    },
  );

  it('answers --version, -V and version with exit 0, and --help alone with the command list', async () => {
    for (const argv of [['--version'], ['-V'], ['version']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout).toContain(packageJson.version);
    }
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.stdout).toContain(command.words.join(' '));
  });

  it('takes the global options anywhere on the line', async () => {
    const dataDirectory = temp();
    const result = await run(['info', '--json', '--data-dir', dataDirectory, '--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ dataDirectory, language: 'vi' });
    const inline = await run(['info', `--data-dir=${dataDirectory}`]);
    expect(inline.code).toBe(0);
  });

  it('says what is wrong with the command line in the chosen language (exit 2)', async () => {
    const vi = await run(['info', '--yaml']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('kiem-phieu: không có tùy chọn «--yaml»');
    const en = await run(['--lang', 'en', 'info', '--yaml']);
    expect(en.stderr).toContain('kiem-phieu: there is no option “--yaml”');
    const missing = await run(['tally', '--json', '--contest']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('«--contest» cần một giá trị');
    expect((await run(['info', 'extra'])).stderr).toContain('thừa «extra»');
  });

  it('a read-only command never creates the data folder', async () => {
    const dataDirectory = join(temp(), 'chua-co');
    expect((await run(['--data-dir', dataDirectory, 'info'])).code).toBe(0);
    expect((await run(['--data-dir', dataDirectory, 'api', '--list'])).code).toBe(0);
    expect(existsSync(dataDirectory)).toBe(false);
  });

  it('on a missing vault says so before asking any password', async () => {
    const dataDirectory = temp();
    const result = await run(['--data-dir', dataDirectory, '--user', 'quantri', 'vault', 'check'], [adminPassword]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `kiem-phieu: Chưa có kho dữ liệu trong thư mục ${dataDirectory}. Hãy tạo kho dữ liệu trước.\n`,
    );
    expect(result.questions).toBe('');
  });

  it('vault init over a vault refuses before asking for the new password', async () => {
    const base = await vaultWithHead(temp());
    const again = await run(
      [...base, 'vault', 'init', '--name', 'Khác', '--admin', 'x1', '--full-name', 'X'],
      ['a', 'a'],
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có kho dữ liệu');
    expect(again.questions).toBe('');
  });

  it('a head adding a user is refused right after signing in, never asked for the new password twice', async () => {
    const base = await vaultWithHead(temp());
    const result = await run(
      [...base, '--user', 'truongban', 'user', 'add', '--login', 'lan', '--full-name', 'Lan', '--role', 'counter'],
      ['mật khẩu trưởng ban', 'mới 12345678', 'mới 12345678'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('không được phép');
    expect(result.questions).toBe('Mật khẩu của truongban: ');
  });

  it('names a missing contest in words a district officer reads', async () => {
    const base = await vaultWithHead(temp());
    const result = await run(
      [...base, '--user', 'truongban', 'tally', '--json', '--contest', '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'],
      ['mật khẩu trưởng ban'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('kiem-phieu: Không tìm thấy cuộc lấy ý kiến (phiếu của một người được góp ý) này.\n');
  });
});
