// Issue 22, point 1: a short session through the real browser shell — its own Chromium window,
// signing in, keying, a PDF from the printer's Chromium — under strace: no connection and no
// datagram leaves the machine, no name is looked up. The one non-loopback connect() left is
// Chromium's IPv6 route check, which sends nothing (test/helpers/networkTrace.ts); it is counted
// and printed. Linux only (strace); in CI it must run: a tracer that cannot attach fails the test
// rather than skipping it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import { browserShellEntry, ensureBundle } from '../../helpers/builtBundle';
import {
  appWindow,
  pdfPrinter,
  readNetworkTrace,
  shellProcess,
  summarise,
  tracedCalls,
} from '../../helpers/networkTrace';
import { headlessBrowser } from '../../helpers/headlessBrowser';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { until } from '../../helpers/waitUntil';
import type { RunningShell } from '../../e2e/fixtures/browserShell';
import { ok, openSchoolContest, keyBallots } from '../../e2e/fixtures/schoolContest';
import { shellOver, type CallResult } from '../../e2e/fixtures/shellCalls';
import { twentyBallots } from '../../fixtures/schoolContestData';

const root = join(import.meta.dirname, '..', '..', '..');
const onLinux = process.platform === 'linux';

if (!onLinux)
  console.warn(`[network] SKIPPED the zero-network session: it needs Linux and strace (this is ${process.platform})`);

/** The app window's own calls, made from inside the window with its session cookie. */
function windowShell(page: Page, origin: string, dataDirectory: string): RunningShell {
  const call = (name: string, input: unknown): Promise<CallResult> =>
    page.evaluate(
      async ([callName, callInput]) => {
        const response = await fetch(`/api/${callName}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(callInput),
        });
        return (await response.json()) as CallResult;
      },
      [name, input] as const,
    );
  return shellOver(call, { origin, dataDirectory, restart: () => Promise.reject(new Error('not in this test')) });
}

describe.runIf(onLinux)('the browser shell under strace', () => {
  const temp = useTempDirectories();

  it(
    'opens, signs in, keys and prints: no connection, datagram or DNS query leaves the machine',
    { timeout: 400_000 },
    async () => {
      const strace = spawnSync('strace', ['-V'], { encoding: 'utf8' });
      if (strace.status !== 0)
        throw new Error('strace is missing: install it (apt-get install strace); .ci/run and build/setup.mjs do');
      const executable = findBrowser();
      if (!executable) throw new Error('no Chromium-family browser: install chromium');
      ensureBundle();

      const dataDirectory = temp();
      const traceFile = join(temp(), 'network.strace');
      const tracer = spawn(
        'strace',
        [
          '-f',
          '-qq',
          // Stop the traced processes only at the traced calls, not at every system call: the
          // session then runs at nearly full speed, which a loaded CI machine needs.
          '--seccomp-bpf',
          // Long enough for a program's path and its first arguments: each process is named by them.
          '-s',
          '120',
          '-e',
          `trace=${tracedCalls.join(',')}`,
          '-e',
          'signal=none',
          '-o',
          traceFile,
          process.execPath,
          browserShellEntry,
          '--data-dir',
          dataDirectory,
        ],
        {
          // The shell opens its window only where there is a display; the stand-in needs none.
          env: {
            ...process.env,
            KIEM_PHIEU_BROWSER: headlessBrowser(temp(), executable, ['--remote-debugging-port=0']),
            DISPLAY: ':404',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
          // Its own process group: whatever is left at the end goes with it.
          detached: true,
        },
      );
      let output = '';
      tracer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      tracer.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => tracer.once('exit', (code) => resolve(code)));
      let browser: Awaited<ReturnType<typeof chromium.connectOverCDP>> | null = null;
      try {
        const launchUrl = await until(
          `the shell's address (strace and the shell said: ${output})`,
          () => {
            if (tracer.exitCode !== null)
              throw new Error(`strace could not run the shell (exit ${tracer.exitCode}): ${output}`);
            return /KIEM_PHIEU_URL=(\S+)/.exec(output)?.[1] ?? null;
          },
          60_000,
        );
        const origin = new URL(launchUrl).origin;
        const profiles = join(dataDirectory, 'browser-profiles');
        const devToolsPort = await until(
          'the window to open',
          () => {
            const profile = existsSync(profiles) ? readdirSync(profiles)[0] : undefined;
            const portFile = profile ? join(profiles, profile, 'DevToolsActivePort') : null;
            if (!portFile || !existsSync(portFile)) return null;
            return readFileSync(portFile, 'utf8').split('\n')[0] || null;
          },
          60_000,
        );
        // Attaching waits for every target in the window; on a loaded machine that took over 30 s once.
        browser = await chromium.connectOverCDP(`http://127.0.0.1:${devToolsPort}`, { timeout: 120_000 });
        const page = await until(
          'the app page in the window',
          () =>
            browser!
              .contexts()
              .flatMap((context) => context.pages())
              .find((candidate) => candidate.url().startsWith(origin)) ?? null,
          60_000,
        );
        await page.waitForURL(`${origin}/`);

        const shell = windowShell(page, origin, dataDirectory);
        const { contest } = await openSchoolContest(shell);
        const batch = await ok<{ id: string }>(shell, 'counting.createBatch', {
          contestId: contest.id,
          label: 'Phong bì 1',
        });
        await keyBallots(shell, 'kiemphieu1', batch.id, twentyBallots.slice(0, 2));
        await ok(shell, 'session.signOut', {});
        await ok(shell, 'session.signIn', { login: 'truongban', password: 'mật khẩu truongban' });
        await page.goto(`${origin}/#/counting`);
        const pdf = await ok<{ pdfBase64: string }>(shell, 'print.pdf', {
          document: { kind: 'countingMinutes', unitId: contest.unitId },
        });
        expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

        // Closing the window ends the shell, and strace with it.
        const cdp = await browser.newBrowserCDPSession();
        await cdp.send('Browser.close').catch(() => undefined);
        const code = await Promise.race([
          exited,
          new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000)),
        ]);
        expect(code, `the shell did not stop when its window closed: ${output}`).toBe(0);

        const text = readFileSync(traceFile, 'utf8');
        const kept = join(root, 'test-results', 'network');
        mkdirSync(kept, { recursive: true });
        writeFileSync(join(kept, 'session.strace'), text);
        const trace = readNetworkTrace(text);
        const port = Number(new URL(origin).port);
        console.warn(
          `[network] ${trace.loopbackConnectsTo(port, appWindow)} loopback connect()s from the window to the shell; ` +
            `${trace.nonLoopbackConnects.length} non-loopback connect()s, of which ${trace.routeChecks.length} ` +
            `IPv6 route checks (UDP, nothing sent); ${trace.leaks.length} leaks; ${trace.dnsQueries.length} DNS queries ` +
            `(programs traced: ${[...trace.programs].join(', ')}; the whole trace in test-results/network/)`,
        );
        for (const line of summarise(trace.routeChecks)) console.warn(`[network]   route check: ${line}`);
        for (const line of summarise(trace.leaks)) console.warn(`[network]   LEAK: ${line}`);
        for (const line of summarise(trace.dnsQueries)) console.warn(`[network]   DNS: ${line}`);
        // The trace did follow both browsers: the window reached the shell, the printer started.
        expect(trace.loopbackConnectsTo(port, appWindow)).toBeGreaterThan(0);
        expect([...trace.programs]).toEqual(expect.arrayContaining([shellProcess, appWindow, pdfPrinter]));
        expect(summarise(trace.leaks)).toEqual([]);
        expect(summarise(trace.dnsQueries)).toEqual([]);
        // The shell's own process reaches nothing outside at all, not even to check a route.
        expect(trace.nonLoopbackConnects.filter((attempt) => attempt.program === shellProcess)).toEqual([]);
      } finally {
        await browser?.close().catch(() => undefined);
        if (tracer.exitCode === null && tracer.pid) {
          try {
            process.kill(-tracer.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
    },
  );
});
