import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/createCore';
import { startBrowserShellServer, type BrowserShellServer } from '../../../main/shells/browser/browserShellServer';
import { rawRequest } from '../../helpers/rawHttp';
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
  let authorization: Record<string, string>;

  beforeEach(async () => {
    const core = createCore({ shell: 'browser', dataDirectory: temp() });
    server = await startBrowserShellServer({ core, bundleDirectory });
    port = Number(new URL(server.origin).port);
    authorization = { authorization: `Bearer ${server.token}` };
  });
  afterEach(() => server.close());

  const callInfo = (headers: Record<string, string> = {}) =>
    rawRequest({
      port,
      path: '/api/app.info',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('listens on 127.0.0.1 with a 256-bit token that changes every launch', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    const core = createCore({ shell: 'browser', dataDirectory: temp() });
    const second = await startBrowserShellServer({ core, bundleDirectory });
    expect(second.token).not.toBe(server.token);
    await second.close();
  });

  it('answers a call that carries the token', async () => {
    const response = await callInfo(authorization);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { shell: 'browser' } });
  });

  it('refuses calls and pages without the token or with a wrong one', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: `Bearer ${server.token}x` },
      { cookie: 'kiem_phieu_token=wrong' },
    ];
    for (const headers of attempts) {
      const call = await callInfo(headers);
      expect(call.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      const page = await rawRequest({ port, path: '/', headers });
      expect(page.status).toBe(401);
      expect(page.body).not.toContain('Trang thử');
    }
    const wrongQuery = await rawRequest({ port, path: '/?token=guess' });
    expect(wrongQuery.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) even with the token', async () => {
    for (const host of ['evil.example', `localhost:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const response = await callInfo({ ...authorization, host });
      expect(response.status, host).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'FOREIGN_REQUEST' } });
    }
  });

  it('refuses a foreign Origin (another page in the browser) even with the token', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      const response = await callInfo({ ...authorization, origin });
      expect(response.status, origin).toBe(403);
    }
    const own = await callInfo({ ...authorization, origin: server.origin });
    expect(own.status).toBe(200);
  });

  it('swaps the token in the launch address for an HttpOnly same-site cookie, then serves the bundle with it', async () => {
    const first = await rawRequest({
      port,
      path: new URL(server.launchUrl).pathname + new URL(server.launchUrl).search,
    });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const cookieHeader = cookie.split(';')[0] ?? '';

    const page = await rawRequest({ port, path: '/', headers: { cookie: cookieHeader } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Trang thử');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");

    const call = await callInfo({ cookie: cookieHeader, origin: server.origin });
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
  });

  it('serves nothing outside the bundle', async () => {
    for (const path of [
      '/../outside-bundle.txt',
      '/%2e%2e/outside-bundle.txt',
      '/assets/../../outside-bundle.txt',
      '/.hidden',
      '/%00',
    ]) {
      const response = await rawRequest({ port, path, headers: authorization });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('answers malformed bodies and unknown calls with typed errors', async () => {
    const notJson = await rawRequest({
      port,
      path: '/api/app.info',
      method: 'POST',
      body: '{not json',
      headers: authorization,
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await rawRequest({
      port,
      path: '/api/vault.destroy',
      method: 'POST',
      body: '{}',
      headers: authorization,
    });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const wrongMethod = await rawRequest({ port, path: '/api/app.info', method: 'GET', headers: authorization });
    expect(wrongMethod.status).toBe(405);
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
