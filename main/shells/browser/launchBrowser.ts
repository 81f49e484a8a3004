import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDirectory } from '../../base/privateFiles';

/**
 * Flags that keep the browser from reaching the network on its own (updates, sync,
 * metrics, translation) and from keeping anything after the window closes.
 */
export function browserArguments(appUrl: string, profileDirectory: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${appUrl}`,
    `--user-data-dir=${profileDirectory}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-breakpad',
    '--disable-domain-reliability',
    '--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication',
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
}

/** Opens the app in its own window with a fresh profile inside the data directory. */
export function launchBrowser(executable: string, appUrl: string, dataDirectory: string): LaunchedBrowser {
  const profiles = join(dataDirectory, 'browser-profiles');
  ensurePrivateDirectory(profiles);
  const profileDirectory = join(profiles, randomBytes(8).toString('hex'));
  ensurePrivateDirectory(profileDirectory);
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const child = spawn(executable, browserArguments(appUrl, profileDirectory, runningAsRoot), { stdio: 'ignore' });
  const closed = new Promise<void>((resolve) => {
    const finish = (): void => {
      rmSync(profileDirectory, { recursive: true, force: true });
      resolve();
    };
    child.once('exit', finish);
    child.once('error', finish);
  });
  return { process: child, profileDirectory, closed };
}
