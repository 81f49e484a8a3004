import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, hasDisplay } from '../../../main/base/findBrowser';
import { offlineChromiumSwitches, offlineDisabledFeatures } from '../../../main/base/offlineChromium';
import { removeStaleProfiles, type ProcessTable } from '../../../main/shells/browser/browserProfiles';
import { launchBrowser } from '../../../main/shells/browser/launchBrowser';
import { useTempDirectories } from '../../helpers/tempDirectory';

const posix = process.platform !== 'win32';

/** A stand-in browser: records the arguments it was started with, then exits like a closed window. */
function fakeBrowser(folder: string, name: string): { path: string; argumentsFile: string } {
  const path = join(folder, name);
  const argumentsFile = join(folder, `${name}.args`);
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argumentsFile}'\n`);
  chmodSync(path, 0o755);
  return { path, argumentsFile };
}

describe.runIf(posix)('opening the browser shell in the system browser', () => {
  const temp = useTempDirectories();

  it('finds Chromium, Chrome or Edge on the PATH, in that order of preference', () => {
    const folder = temp();
    expect(findBrowser({ PATH: folder }, 'linux')).toBeNull();
    const edge = fakeBrowser(folder, 'microsoft-edge');
    expect(findBrowser({ PATH: folder }, 'linux')).toBe(edge.path);
    const chromium = fakeBrowser(folder, 'chromium');
    expect(findBrowser({ PATH: folder }, 'linux')).toBe(chromium.path);
  });

  it('knows when Linux has no display to open a window on', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('starts it in app mode with a fresh profile inside the data directory, deleted when the window closes', async () => {
    const dataDirectory = temp();
    const browser = fakeBrowser(temp(), 'chromium');
    const launched = launchBrowser(browser.path, 'http://127.0.0.1:4000/?ticket=abc', dataDirectory);
    expect(launched.profileDirectory.startsWith(join(dataDirectory, 'browser-profiles'))).toBe(true);
    await launched.closed;

    const args = readFileSync(browser.argumentsFile, 'utf8').trim().split('\n');
    expect(args).toContain('--app=http://127.0.0.1:4000/?ticket=abc');
    expect(args).toContain(`--user-data-dir=${launched.profileDirectory}`);
    // Off the network (main/base/offlineChromium.ts): no name resolves but the shell's own address.
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
    for (const flag of offlineChromiumSwitches) expect(args).toContain(flag);
    const features = args.filter((flag) => flag.startsWith('--disable-features='));
    expect(features).toHaveLength(1);
    expect(features[0]!.slice('--disable-features='.length).split(',')).toEqual([...offlineDisabledFeatures]);
    expect(existsSync(launched.profileDirectory)).toBe(false);
    expect(readdirSync(join(dataDirectory, 'browser-profiles'))).toEqual([]);
  });
});

describe.runIf(posix)('profiles left by a shell that was killed outright', () => {
  const temp = useTempDirectories();

  /** A process table in memory: which pids live, with which arguments; a signal ends a process. */
  function fakeProcesses(running: Record<number, readonly string[]>) {
    const alive = new Map(Object.entries(running).map(([pid, args]) => [Number(pid), args]));
    const signals: string[] = [];
    const table: ProcessTable = {
      isAlive: (pid) => alive.has(pid),
      startedWith: (argument) => [...alive].filter(([, args]) => args.includes(argument)).map(([pid]) => pid),
      signal: (pid, signal) => {
        signals.push(`${signal} ${pid}`);
        alive.delete(pid);
      },
    };
    return { table, signals };
  }

  it('closes the windows of profiles whose shell is gone, and keeps a running shell’s profile', async () => {
    const dataDirectory = temp();
    const folder = join(dataDirectory, 'browser-profiles');
    const profile = (name: string, shellPid?: number): string => {
      const path = join(folder, name);
      mkdirSync(path, { recursive: true });
      if (shellPid) writeFileSync(join(path, 'kiem-phieu-shell.json'), JSON.stringify({ shellPid }));
      return path;
    };
    const live = profile('live', 111);
    const dead = profile('dead', 222);
    const unowned = profile('unowned');
    const { table, signals } = fakeProcesses({
      111: ['node', 'browser.mjs'],
      112: ['chromium', `--user-data-dir=${live}`],
      223: ['chromium', `--user-data-dir=${dead}`],
      224: ['chromium', '--type=zygote', `--user-data-dir=${dead}`],
      // Another program, whose arguments merely contain the profile's path: never touched.
      334: ['vim', `${dead}/Preferences`],
      445: ['chromium', `--user-data-dir=${unowned}`],
    });

    const stale = await removeStaleProfiles(dataDirectory, table);

    expect(signals.sort()).toEqual(['SIGTERM 223', 'SIGTERM 224', 'SIGTERM 445']);
    expect(
      stale.map(({ profile: path, stoppedProcesses, removed }) => [basename(path), stoppedProcesses, removed]).sort(),
    ).toEqual([
      ['dead', 2, true],
      ['unowned', 1, true],
    ]);
    expect(readdirSync(folder)).toEqual(['live']);
  });

  it('names its shell in the profile, and stopping the window deletes the profile', async () => {
    const dataDirectory = temp();
    const folder = temp();
    const path = join(folder, 'chromium');
    writeFileSync(path, '#!/bin/sh\nsleep 30\n');
    chmodSync(path, 0o755);
    const launched = launchBrowser(path, 'http://127.0.0.1:4000/?ticket=abc', dataDirectory);
    const owner = JSON.parse(readFileSync(join(launched.profileDirectory, 'kiem-phieu-shell.json'), 'utf8'));
    expect(owner).toEqual({ shellPid: process.pid });
    await launched.stop(1_000);
    expect(launched.process.signalCode).toBe('SIGTERM');
    expect(existsSync(launched.profileDirectory)).toBe(false);
  });
});
