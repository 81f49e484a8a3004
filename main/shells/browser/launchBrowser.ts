import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { disableFeaturesSwitch, offlineChromiumSwitches, offlineDisabledFeatures } from '../../base/offlineChromium';
import { ensurePrivateDirectory } from '../../base/privateFiles';
import { closeProfile, profilesFolderName, recordProfileOwner } from './browserProfiles';

/**
 * The app window: a profile of its own, and the switches that keep the browser from resolving or
 * fetching anything but the shell's loopback address (main/base/offlineChromium.ts).
 */
export function browserArguments(appUrl: string, profileDirectory: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${appUrl}`,
    `--user-data-dir=${profileDirectory}`,
    ...offlineChromiumSwitches,
    disableFeaturesSwitch(offlineDisabledFeatures),
    '--password-store=basic',
    // Date fields and number formats follow Vietnamese conventions (dd/mm/yyyy).
    '--lang=vi',
    '--disk-cache-size=1',
    // Chromium will not start as root with its sandbox on; the app's own window is sandboxed by CSP and the shell.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ];
}

export interface LaunchedBrowser {
  readonly process: ChildProcess;
  readonly profileDirectory: string;
  /** Resolves when the window is closed; the profile is deleted by then. */
  readonly closed: Promise<void>;
  /** Closes the window with the shell: asks the browser to stop, makes it after `graceMs`; resolves once closed. */
  stop(graceMs?: number): Promise<void>;
}

/** Opens the app in its own window with a fresh profile inside the data directory. */
export function launchBrowser(executable: string, appUrl: string, dataDirectory: string): LaunchedBrowser {
  const profiles = join(dataDirectory, profilesFolderName);
  ensurePrivateDirectory(profiles);
  const profileDirectory = join(profiles, randomBytes(8).toString('hex'));
  ensurePrivateDirectory(profileDirectory);
  // Before the browser exists: a shell killed from here on leaves a profile the next start can attribute.
  recordProfileOwner(profileDirectory, process.pid);
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const child = spawn(executable, browserArguments(appUrl, profileDirectory, runningAsRoot), { stdio: 'ignore' });
  let exited = false;
  const closed = new Promise<void>((resolve) => {
    const finish = (): void => {
      exited = true;
      // The window's helpers outlive it for a moment; the profile goes with the last of them.
      void closeProfile(profileDirectory).then(() => resolve());
    };
    child.once('exit', finish);
    child.once('error', finish);
  });
  const stop = async (graceMs = 5_000): Promise<void> => {
    if (exited) return closed;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await closed;
    clearTimeout(timer);
  };
  return { process: child, profileDirectory, closed, stop };
}
