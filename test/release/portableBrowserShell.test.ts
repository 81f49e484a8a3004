// Issue 24, point 3: the browser shell as a portable folder for machines where installing is not
// allowed (build/release/portableBrowserShell.mjs). Built here, outside the checkout, it starts with one
// command — its own Node runtime, its own production dependencies, nothing of the checkout — and
// serves the app: the launch ticket opens a session, and a vault is created through it (the
// native SQLCipher module loads from the folder).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBundle } from '../helpers/builtBundle';
import { rawRequest } from '../helpers/rawHttp';
import { useTempDirectories } from '../helpers/tempDirectory';
import { until } from '../helpers/waitUntil';

const root = join(import.meta.dirname, '..', '..');
const posix = process.platform !== 'win32';

describe.runIf(posix)('the portable browser shell', () => {
  const temp = useTempDirectories();

  it('starts from its own folder with one command and serves a working app', { timeout: 180_000 }, async () => {
    ensureBundle();
    const built = spawnSync(
      process.execPath,
      [join(root, 'build', 'release', 'portableBrowserShell.mjs'), '--out', temp(), '--archive'],
      {
        encoding: 'utf8',
      },
    );
    expect(built.status, built.stderr).toBe(0);
    // As the release makes it: the folder, and beside it the archive the offline bundle carries.
    const archive = built.stdout.trim();
    expect(archive.endsWith('.tar.gz')).toBe(true);
    const folder = archive.slice(0, -'.tar.gz'.length);
    const listing = spawnSync('tar', ['-tvzf', archive], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(listing.status).toBe(0);
    const name = basename(folder);
    for (const file of [`${name}/kiem-phieu.sh`, `${name}/node/node`])
      expect(listing.stdout, file).toMatch(new RegExp(`^-rwxr-xr-x .* ${file.replace(/[.]/g, '\\.')}$`, 'm'));
    expect(listing.stdout).toContain(`${name}/app/dist/main/browser.mjs`);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(folder).toMatch(
      new RegExp(`kiem-phieu-${version.replace(/\./g, '\\.')}-${process.platform}-${process.arch}$`),
    );
    for (const file of ['kiem-phieu.sh', 'kiem-phieu.cmd', 'DOC-TRUOC.txt', 'node/node', 'app/dist/main/browser.mjs'])
      expect(existsSync(join(folder, file)), file).toBe(true);
    // Only what runs: no dev tools, no sources, no native build leftovers.
    for (const absent of ['app/node_modules/vitest', 'app/node_modules/typescript', 'app/main', 'app/test'])
      expect(existsSync(join(folder, absent)), absent).toBe(false);
    expect(existsSync(join(folder, 'app/node_modules/better-sqlite3-multiple-ciphers/deps'))).toBe(false);

    // Started from elsewhere, with the system's PATH only: the launcher runs the folder's own Node.
    const dataDirectory = temp();
    const shell = spawn(join(folder, 'kiem-phieu.sh'), ['--no-open', '--data-dir', dataDirectory], {
      cwd: temp(),
      env: { PATH: '/usr/bin:/bin', HOME: temp(), KIEM_PHIEU_AIR_GAP: 'offline' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    shell.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    shell.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => shell.once('exit', (code) => resolve(code)));
    try {
      const launchUrl = await until("the portable shell's address", () => {
        if (shell.exitCode !== null) throw new Error(`the portable shell stopped: ${output}`);
        return /KIEM_PHIEU_URL=(\S+)/.exec(output)?.[1] ?? null;
      });
      const launch = new URL(launchUrl);
      const port = Number(launch.port);
      const first = await rawRequest({ port, path: launch.pathname + launch.search });
      expect(first.status).toBe(303);
      const cookie = String(first.headers['set-cookie']).split(';')[0]!;
      const page = await rawRequest({ port, path: '/', headers: { cookie } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('<script');
      const call = async (name: string, input: unknown) =>
        JSON.parse(
          (
            await rawRequest({
              port,
              path: `/api/${name}`,
              method: 'POST',
              body: JSON.stringify(input),
              headers: { cookie, 'content-type': 'application/json' },
            })
          ).body,
        ) as { ok: boolean; value?: Record<string, unknown> };
      expect(await call('app.info', {})).toMatchObject({ ok: true, value: { version, shell: 'browser' } });
      const created = await call('vault.create', {
        vaultName: 'Ban Tuyên giáo Quận ủy',
        admin: { login: 'quantri', fullName: 'Nguyễn Văn Quản', password: 'mật khẩu quản trị 1' },
      });
      expect(created.ok, JSON.stringify(created)).toBe(true);
      expect(existsSync(join(dataDirectory, 'vault.db'))).toBe(true);
    } finally {
      shell.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
