// The real browser shell (dist/main/browser.mjs) as its own process, for the UI benchmark: started
// on a data folder, called over HTTP with its session cookie (the page's own session: one per
// launch), and stopped. The same way the end-to-end tests run it (test/e2e/fixtures/browserShell.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { browserShellEntry } from '../helpers/builtBundle';

export { ensureBundle } from '../helpers/builtBundle';

/** Wall-clock milliseconds with sub-millisecond precision: comparable with a page's `performance.timeOrigin + now()`. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

type CallResult = { ok: boolean; value?: unknown; error?: { code: string; details?: unknown } };

export interface BenchShell {
  readonly child: ChildProcess;
  readonly launchUrl: string;
  readonly origin: string;
  /** When the process was spawned and when it printed its address (epochNow). */
  readonly spawnedAt: number;
  readonly addressAt: number;
  /**
   * A call with the session cookie: the one a page that opened launchUrl holds (see useSessionOf),
   * else the one this client gets by spending the launch ticket itself on its first call.
   */
  call(name: string, input: unknown): Promise<CallResult>;
  /** Makes the calls in the session of a page that opened launchUrl (the ticket is good once). */
  useSessionOf(cookies: ReadonlyArray<{ name: string; value: string }>): void;
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
  const cookieName = `kiem_phieu_session_${url.port}`;
  let cookie: string | null = null;
  const sessionCookie = async (): Promise<string> => {
    if (cookie) return cookie;
    const response = await fetch(launchUrl, { redirect: 'manual' });
    const pair = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    if (response.status !== 303 || !pair.startsWith(`${cookieName}=`))
      throw new Error(`the launch ticket was not exchanged (${response.status}): did a page open it first?`);
    cookie = pair;
    return cookie;
  };
  const call = async (name: string, input: unknown): Promise<CallResult> => {
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { cookie: await sessionCookie(), 'content-type': 'application/json' },
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
    useSessionOf(cookies) {
      const own = cookies.find((candidate) => candidate.name === cookieName);
      if (!own) throw new Error(`no ${cookieName} cookie: the page has not opened ${launchUrl}`);
      cookie = `${own.name}=${own.value}`;
    },
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
