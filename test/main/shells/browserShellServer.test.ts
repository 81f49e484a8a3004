import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/createCore';
import { startBrowserShellServer, type BrowserShellServer } from '../../../main/shells/browser/browserShellServer';
import { rawExchange, rawRequest } from '../../helpers/rawHttp';
import { useTempDirectories } from '../../helpers/tempDirectory';

const bundleDirectory = join(import.meta.dirname, '..', '..', 'fixtures', 'bundle');

function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 1500 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('browser shell server', () => {
  const temp = useTempDirectories();
  let server: BrowserShellServer;
  let port: number;
  let launchPath: string;
  let ticket: string;

  beforeEach(async () => {
    const core = createCore({ shell: 'browser', dataDirectory: temp() });
    server = await startBrowserShellServer({ core, bundleDirectory });
    port = Number(new URL(server.origin).port);
    const launch = new URL(server.launchUrl);
    launchPath = launch.pathname + launch.search;
    ticket = launch.searchParams.get('ticket') ?? '';
  });
  afterEach(() => server.close());

  /** The window's first load: the ticket exchanged for the session cookie, as a Cookie header. */
  async function openWindow(): Promise<Record<string, string>> {
    const first = await rawRequest({ port, path: launchPath });
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
    return { cookie };
  }

  const callInfo = (headers: Record<string, string> = {}, path = '/api/app.info') =>
    rawRequest({
      port,
      path,
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', ...headers },
    });

  const expectUnauthorized = (response: { status: number; body: string }, what: string) => {
    expect(response.status, what).toBe(401);
    expect(JSON.parse(response.body), what).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(response.body).not.toContain('Trang thử');
  };

  it('listens on 127.0.0.1 with a 256-bit launch ticket that changes every launch', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.launchUrl).toBe(`${server.origin}/?ticket=${ticket}`);
    expect(Buffer.from(ticket, 'base64url')).toHaveLength(32);
    const core = createCore({ shell: 'browser', dataDirectory: temp() });
    const second = await startBrowserShellServer({ core, bundleDirectory });
    expect(new URL(second.launchUrl).searchParams.get('ticket')).not.toBe(ticket);
    await second.close();
  });

  it('the first load exchanges the ticket for a session cookie and serves the bundle with it', async () => {
    const first = await rawRequest({ port, path: launchPath });
    expect(first.status).toBe(303);
    // The ticket leaves the address bar and the history.
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
    const [name, value] = (pair ?? '').split('=');
    expect(name).toBe(`kiem_phieu_session_${port}`);
    // A fresh 256-bit secret of its own: not the ticket that a command line showed.
    expect(Buffer.from(value ?? '', 'base64url')).toHaveLength(32);
    expect(value).not.toBe(ticket);
    // HttpOnly and SameSite=Strict, for the whole site, and no lifetime: it ends with the browser's profile.
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);

    const page = await rawRequest({ port, path: '/', headers: { cookie: pair! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Trang thử');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");

    const call = await callInfo({ cookie: pair!, origin: server.origin });
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toMatchObject({ ok: true, value: { shell: 'browser' } });
  });

  it('refuses the ticket from the command line a second time, with 401 and the typed error', async () => {
    const session = await openWindow();
    // Another user who read the ticket in `ps` after the window opened gets nothing…
    expectUnauthorized(await rawRequest({ port, path: launchPath }), 'the ticket again');
    expectUnauthorized(await rawRequest({ port, path: `/assets/app.js?ticket=${ticket}` }), 'on another path');
    expectUnauthorized(await callInfo({}, `/api/app.info?ticket=${ticket}`), 'on a call');
    const withTicket: Array<Record<string, string>> = [
      { authorization: `Bearer ${ticket}` },
      { cookie: `kiem_phieu_session_${port}=${ticket}` },
    ];
    for (const headers of withTicket) expectUnauthorized(await callInfo(headers), JSON.stringify(headers));
    // …and the window keeps its session.
    expect(JSON.parse((await callInfo(session)).body)).toMatchObject({ ok: true });
  });

  it('gives the ticket to one load only, even when two race for it', async () => {
    const loads = await Promise.all([1, 2, 3].map(() => rawRequest({ port, path: launchPath })));
    expect(loads.map((load) => load.status).sort()).toEqual([303, 401, 401]);
  });

  it('keeps the ticket for its window when a wrong one, or the right one by POST, is tried first', async () => {
    expectUnauthorized(await rawRequest({ port, path: '/?ticket=guess' }), 'a guess');
    expectUnauthorized(await rawRequest({ port, path: `${launchPath}x` }), 'one character more');
    expectUnauthorized(await rawRequest({ port, path: launchPath, method: 'POST', body: '{}' }), 'by POST');
    await openWindow();
  });

  it('refuses calls and pages without the session cookie or with a wrong one', async () => {
    const session = await openWindow();
    const attempts: Array<Record<string, string>> = [
      {},
      { cookie: `kiem_phieu_session_${port}=wrong` },
      { cookie: `${session.cookie}x` },
      // The cookie of the shell on another port opens nothing here.
      { cookie: session.cookie!.replace(`_${port}=`, `_${port + 1}=`) },
      { authorization: `Bearer ${session.cookie!.split('=')[1]}` },
    ];
    for (const headers of attempts) {
      expectUnauthorized(await callInfo(headers), JSON.stringify(headers));
      expectUnauthorized(await rawRequest({ port, path: '/', headers }), JSON.stringify(headers));
    }
  });

  it('refuses a foreign Host (DNS rebinding) even with the session cookie', async () => {
    const session = await openWindow();
    for (const host of ['evil.example', `localhost:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const response = await callInfo({ ...session, host });
      expect(response.status, host).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'FOREIGN_REQUEST' } });
    }
    // Nor may a page of another host spend the ticket.
    expect((await rawRequest({ port, path: launchPath, headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a foreign Origin (another page in the browser) even with the session cookie', async () => {
    const session = await openWindow();
    for (const origin of ['http://evil.example', `http://localhost:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      const response = await callInfo({ ...session, origin });
      expect(response.status, origin).toBe(403);
    }
    const own = await callInfo({ ...session, origin: server.origin });
    expect(own.status).toBe(200);
  });

  it('serves nothing outside the bundle', async () => {
    const session = await openWindow();
    for (const path of [
      '/../outside-bundle.txt',
      '/%2e%2e/outside-bundle.txt',
      '/assets/../../outside-bundle.txt',
      '/.hidden',
      '/%00',
    ]) {
      const response = await rawRequest({ port, path, headers: session });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('answers malformed bodies and unknown calls with typed errors', async () => {
    const session = await openWindow();
    const notJson = await rawRequest({
      port,
      path: '/api/app.info',
      method: 'POST',
      body: '{not json',
      headers: session,
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await rawRequest({
      port,
      path: '/api/vault.destroy',
      method: 'POST',
      body: '{}',
      headers: session,
    });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const wrongMethod = await rawRequest({ port, path: '/api/app.info', method: 'GET', headers: session });
    expect(wrongMethod.status).toBe(405);
  });

  // Issue 22, point 4: Node's parser used to answer these with a bare status line and no body.
  it('answers requests refused before the app sees them with the typed error and its headers', async () => {
    const host = `Host: 127.0.0.1:${port}\r\n`;
    const longAddress = await rawExchange(port, `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n${host}\r\n`);
    const brokenHeader = await rawExchange(port, `GET / HTTP/1.1\r\n${host}X-Broken header\r\n\r\n`);
    for (const [response, status] of [
      [longAddress, 431],
      [brokenHeader, 400],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: { vi: expect.stringMatching(/yêu cầu/), en: expect.any(String) } },
      });
    }
    expect(JSON.parse(longAddress.body).error.message.en).toContain('too long');
    // The server still answers the next request.
    expect((await rawRequest({ port, path: launchPath })).status).toBe(303);
  });

  it('cannot be reached on any address but 127.0.0.1', async () => {
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    const others = ['127.0.0.2', '::1'];
    for (const entries of Object.values(networkInterfaces())) {
      for (const entry of entries ?? []) {
        if (!entry.internal) others.push(entry.address.split('%')[0] ?? entry.address);
      }
    }
    for (const address of others) expect(await canConnect(address, port), address).toBe(false);
  });
});
