import { message } from '../../../shared/i18n/messages';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorPayload } from '../../../shared/errors';
import type { Core } from '../../core/createCore';
import { readBundleFile } from '../../base/bundleFiles';
import { answerClientError } from '../../base/clientErrorResponse';
import { BodyTooLarge, readRequestText } from '../../base/requestBody';
import { bundleResponseHeaders } from '../common/contentSecurityPolicy';
import { LaunchTicket, newAccessToken } from './accessToken';
import {
  checkAddressing,
  hasSession,
  sessionCookieName,
  ticketQueryName,
  unauthorized,
  type Refusal,
} from './requestGuard';

export const loopbackHost = '127.0.0.1';
const apiPrefix = '/api/';
/** Large enough for a ballot import sent in one call, small enough to refuse a flood. */
const maxRequestBytes = 64 * 1024 * 1024;

export interface BrowserShellServer {
  readonly origin: string;
  /**
   * The address to open, once: it carries the single-use launch ticket, which the first load
   * exchanges for the session cookie. It may appear on a command line; after that load it opens nothing.
   */
  readonly launchUrl: string;
  close(): Promise<void>;
}

export interface BrowserShellOptions {
  readonly core: Pick<Core, 'dispatcher' | 'openSession'>;
  readonly bundleDirectory: string;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...bundleResponseHeaders,
    'Content-Type': 'application/json; charset=utf-8',
  });
  response.end(JSON.stringify(body));
}

/**
 * The browser shell: the same core as the Electron shell, behind HTTP on 127.0.0.1 only, on
 * a port the system picks. `POST /api/<call>` with a JSON body makes a call; every other
 * path serves the built renderer.
 */
export async function startBrowserShellServer({
  core,
  bundleDirectory,
}: BrowserShellOptions): Promise<BrowserShellServer> {
  const ticket = new LaunchTicket();
  // The session's secret never leaves this process but in the cookie sent to the window.
  const sessionSecret = newAccessToken();
  // One launch, one ticket, one window: one session.
  const session = core.openSession('browser');
  let origin = '';
  let cookieName = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const refuse = (refusal: Refusal) => sendJson(response, refusal.status, { ok: false, error: refusal.error });
    const misaddressed = checkAddressing(request, origin);
    if (misaddressed) return refuse(misaddressed);

    if (url.searchParams.has(ticketQueryName)) {
      // The first load of the window: the ticket, good once, becomes the session cookie (no
      // Max-Age: it lives as long as the browser's profile), and the address loses the ticket.
      if (request.method !== 'GET' || !ticket.redeem(url.searchParams.get(ticketQueryName)))
        return refuse(unauthorized);
      response.writeHead(303, {
        ...bundleResponseHeaders,
        'Set-Cookie': `${cookieName}=${sessionSecret}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
      });
      return void response.end();
    }
    if (!hasSession(request, cookieName, sessionSecret)) return refuse(unauthorized);

    if (url.pathname.startsWith(apiPrefix)) {
      if (request.method !== 'POST')
        return sendJson(response, 405, { ok: false, error: errorPayload('FOREIGN_REQUEST') });
      let input: unknown;
      try {
        const text = await readRequestText(request, maxRequestBytes);
        input = text.length === 0 ? {} : JSON.parse(text);
      } catch (error) {
        const reason =
          error instanceof BodyTooLarge
            ? message('core.browserShellServer.theRequestIsToo')
            : message('core.browserShellServer.theRequestBodyIs');
        return sendJson(response, error instanceof BodyTooLarge ? 413 : 400, {
          ok: false,
          error: errorPayload('INVALID_INPUT', { reason }),
        });
      }
      // Call names are plain ASCII; anything percent-encoded is simply an unknown call.
      const name = url.pathname.slice(apiPrefix.length);
      return sendJson(response, 200, await core.dispatcher.dispatch(name, input, session));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, { ok: false, error: errorPayload('FOREIGN_REQUEST') });
    }
    const file = await readBundleFile(bundleDirectory, url.pathname);
    if (!file) {
      response.writeHead(404, { ...bundleResponseHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end('Not found');
    }
    response.writeHead(200, { ...bundleResponseHeaders, 'Content-Type': file.contentType });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: errorPayload('INTERNAL') });
      else response.destroy();
    });
  });
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket, bundleResponseHeaders));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, loopbackHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${loopbackHost}:${port}`;
  cookieName = sessionCookieName(port);

  return {
    origin,
    launchUrl: `${origin}/?${ticketQueryName}=${ticket.value}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
