import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, hasDisplay } from '../../../main/base/findBrowser';
import { offlineChromiumSwitches, offlineDisabledFeatures } from '../../../main/base/offlineChromium';
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
