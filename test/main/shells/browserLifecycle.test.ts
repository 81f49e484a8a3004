// Issue 22, point 4: the browser shell owns its window. Stopped (SIGTERM, SIGINT, SIGHUP), it
// closes the window and deletes the profile before it exits; killed outright (SIGKILL), it
// cannot, so the next start on the same data directory closes the window left running and
// removes the profile. The real shell (dist/main/browser.mjs) and the real Chromium, headless
// (CI has no display). Linux only: the window's process is found through /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import { systemProcesses } from '../../../main/shells/browser/browserProfiles';
import { browserShellEntry, ensureBundle } from '../../helpers/builtBundle';
import { headlessBrowser } from '../../helpers/headlessBrowser';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { until } from '../../helpers/waitUntil';

const onLinux = process.platform === 'linux';
if (!onLinux)
  console.warn(`[lifecycle] SKIPPED: the window's process is found through /proc (this is ${process.platform})`);

interface StartedShell {
  readonly child: ChildProcess;
  readonly exited: Promise<number | string | null>;
  output(): string;
}

describe.runIf(onLinux)('the browser shell owns its window', () => {
  const temp = useTempDirectories();
  const started: ChildProcess[] = [];
  const windows: number[] = [];

  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of windows.splice(0)) systemProcesses.signal(pid, 'SIGKILL');
  });

  /** The system browser, headless: the shell starts it as it would the real window. */
  function systemBrowserHeadless(): string {
    const executable = findBrowser();
    if (!executable) throw new Error('no Chromium-family browser: install chromium');
    return headlessBrowser(temp(), executable);
  }

  function startShell(dataDirectory: string, browser: string, extra: string[] = []): StartedShell {
    const child = spawn(process.execPath, [browserShellEntry, '--data-dir', dataDirectory, ...extra], {
      env: { ...process.env, KIEM_PHIEU_BROWSER: browser, DISPLAY: ':404' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | string | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? signal)),
    );
    return { child, exited, output: () => output };
  }

  /** The window's profile, once Chromium holds it, and Chromium's pid from its own lock (`<host>-<pid>`). */
  async function openedWindow(dataDirectory: string): Promise<{ profile: string; pid: number }> {
    const profiles = join(dataDirectory, 'browser-profiles');
    const window = await until('the window to open', () => {
      const name = existsSync(profiles) ? readdirSync(profiles)[0] : undefined;
      if (!name) return null;
      const profile = join(profiles, name);
      try {
        const target = readlinkSync(join(profile, 'SingletonLock'));
        return { profile, pid: Number(target.slice(target.lastIndexOf('-') + 1)) };
      } catch {
        return null;
      }
    });
    windows.push(window.pid);
    expect(systemProcesses.isAlive(window.pid)).toBe(true);
    expect(systemProcesses.startedWith(`--user-data-dir=${window.profile}`)).toContain(window.pid);
    return window;
  }

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'stopped with %s, it closes its window and deletes the profile before it exits',
    { timeout: 60_000 },
    async (signal) => {
      ensureBundle();
      const dataDirectory = temp();
      const shell = startShell(dataDirectory, systemBrowserHeadless());
      const window = await openedWindow(dataDirectory);

      shell.child.kill(signal);
      expect(await shell.exited, shell.output()).toBe(0);
      expect(systemProcesses.isAlive(window.pid), 'the window outlived its shell').toBe(false);
      expect(systemProcesses.startedWith(`--user-data-dir=${window.profile}`), 'helpers outlived it').toEqual([]);
      expect(existsSync(window.profile)).toBe(false);
      expect(readdirSync(join(dataDirectory, 'browser-profiles'))).toEqual([]);
    },
  );

  it('killed outright, its window and profile are cleared at the next start', { timeout: 90_000 }, async () => {
    ensureBundle();
    const dataDirectory = temp();
    const browser = systemBrowserHeadless();
    const first = startShell(dataDirectory, browser);
    const window = await openedWindow(dataDirectory);
    first.child.kill('SIGKILL');
    await first.exited;
    // Nothing can close a window when its shell is killed outright: the next start must.
    expect(systemProcesses.isAlive(window.pid)).toBe(true);

    const second = startShell(dataDirectory, browser, ['--no-open']);
    await until(`the second shell's address (${second.output()})`, () =>
      /KIEM_PHIEU_URL=/.test(second.output()) ? true : null,
    );
    expect(systemProcesses.isAlive(window.pid), 'the stale window still runs').toBe(false);
    expect(systemProcesses.startedWith(`--user-data-dir=${window.profile}`), 'its helpers still run').toEqual([]);
    expect(existsSync(window.profile)).toBe(false);
    expect(second.output()).toMatch(/Closed a window left by an earlier run \(\d+ processes\)/);
    expect(second.output()).toContain(`Removed an old browser profile: ${window.profile}`);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
