// The real browser shell (dist/main/browser.mjs) as its own process, for the UI benchmark: started
// on a data folder, called over HTTP with its token (the page's own session: one per launch), and
// stopped. The same way the end-to-end tests run it (test/e2e/fixtures/browserShell.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Two levels up from test/bench/ and from test-results/bench/, where build/bench.mjs bundles it.
const root = join(import.meta.dirname, '..', '..');
const browserShellEntry = join(root, 'dist', 'main', 'browser.mjs');

/** Wall-clock milliseconds with sub-millisecond precision: comparable with a page's `performance.timeOrigin + now()`. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** The newest modification time under these folders (sources of the bundle). */
function newestSource(folders: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const folder of folders) visit(join(root, folder));
  return newest;
}

/** Builds dist/ (renderer and shells) when dist/main/browser.mjs is missing or older than a source. */
export function ensureBundle(): void {
  const built = existsSync(browserShellEntry) ? statSync(browserShellEntry).mtimeMs : 0;
  const renderer = join(root, 'dist', 'renderer', 'index.html');
  if (built > newestSource(['main', 'shared', 'renderer']) && existsSync(renderer)) return;
  console.log('dist/ is missing or older than the sources: node build/bundle.mjs …');
  const run = spawnSync(process.execPath, [join(root, 'build', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status === 0) return;
  // Sources half-way through a change (other work in the same checkout): the last good bundle will do.
  if (built > 0 && existsSync(renderer)) console.log('the build failed: measuring the bundle already in dist/');
  else throw new Error('node build/bundle.mjs failed and there is no bundle in dist/');
}

type CallResult = { ok: boolean; value?: unknown; error?: { code: string; details?: unknown } };

export interface BenchShell {
  readonly child: ChildProcess;
  readonly launchUrl: string;
  readonly origin: string;
  /** When the process was spawned and when it printed its address (epochNow). */
  readonly spawnedAt: number;
  readonly addressAt: number;
  call(name: string, input: unknown): Promise<CallResult>;
  /** A call that must succeed. */
  ok<T>(name: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts the browser shell on this data folder and waits for its KIEM_PHIEU_URL line. */
export function startShell(dataDirectory: string): Promise<BenchShell> {
  const spawnedAt = epochNow();
  const child = spawn(process.execPath, [browserShellEntry, '--no-open', '--data-dir', dataDirectory], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('browser shell did not print its address within 30 s')), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser shell exited early with code ${code}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = /KIEM_PHIEU_URL=(\S+)/.exec(buffered);
      if (!match?.[1]) return;
      const addressAt = epochNow();
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve(describe(child, match[1], spawnedAt, addressAt));
    });
  });
}

function describe(child: ChildProcess, launchUrl: string, spawnedAt: number, addressAt: number): BenchShell {
  const url = new URL(launchUrl);
  const token = url.searchParams.get('token');
  const call = async (name: string, input: unknown): Promise<CallResult> => {
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as CallResult;
  };
  return {
    child,
    launchUrl,
    origin: url.origin,
    spawnedAt,
    addressAt,
    call,
    async ok<T>(name: string, input: unknown): Promise<T> {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
