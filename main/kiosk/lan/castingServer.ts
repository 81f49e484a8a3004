import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallResult } from '../../../shared/contract';
import { BodyTooLarge, readRequestText } from '../../base/requestBody';
import { answerClientError } from '../../base/clientErrorResponse';
import { errorPayload, type ErrorPayload } from '../../../shared/errors';
import { castingHost, castingPaths } from '../../../shared/kiosk/castingPaths';
import type { CastingPage } from './castingPage';
import { hallRateLimits, RateLimits, type RateLimitOptions } from './rateLimits';

/** The two things a phone may do; the conference is the listener's, never the phone's to name. */
export interface CastingDesk {
  ballotPaper(code: unknown): Promise<CallResult<unknown>>;
  cast(code: unknown, ballots: unknown): Promise<CallResult<unknown>>;
}

export interface CastingServerOptions {
  readonly address: string;
  /** 0: the system chooses. */
  readonly port: number;
  readonly certificate: { readonly certificatePem: string; readonly privateKeyPem: string };
  readonly page: CastingPage;
  readonly desk: CastingDesk;
  readonly limits?: RateLimitOptions;
}

export interface CastingServer {
  readonly url: string;
  readonly port: number;
  throttled(): number;
  close(): Promise<void>;
}

/** A ballot paper for a whole conference is a few kilobytes; this is room to spare and no more. */
const maxBodyBytes = 512 * 1024;

/** Only the page's own files and its own two calls: no frames, no other origin, nothing kept. */
const castingHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...castingHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

const refuse = (response: ServerResponse, status: number, error: ErrorPayload) =>
  sendJson(response, status, { ok: false, error });

/** The body as a JSON object, or null for anything else. */
async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const text = await readRequestText(request, maxBodyBytes);
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const badBody = () =>
  errorPayload('INVALID_INPUT', {
    reason: { vi: 'nội dung gửi lên không phải JSON hợp lệ', en: 'the request body is not valid JSON' },
  });

/**
 * The hall network's listener (issue 19, point 2): HTTPS on one chosen address with the
 * conference's certificate, serving the casting page and its two calls and answering nothing
 * else. No session, no cookie, no token: the one-time code is the only credential, and the rate
 * limits bound how fast any device may try codes. Requests must name this listener's own host and
 * port (no DNS rebinding) and come from its own origin when they say where they come from.
 */
export async function startCastingServer(options: CastingServerOptions): Promise<CastingServer> {
  const limits = new RateLimits(options.limits ?? hallRateLimits);
  let origin = '';
  let host = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const device = request.socket.remoteAddress ?? 'unknown';
    if (!limits.admit(device)) return refuse(response, 429, errorPayload('TOO_MANY_ATTEMPTS'));
    if (request.headers.host !== host) return refuse(response, 403, errorPayload('FOREIGN_REQUEST'));
    const from = request.headers.origin;
    if (from !== undefined && from !== origin) return refuse(response, 403, errorPayload('FOREIGN_REQUEST'));

    const path = new URL(request.url ?? '/', origin).pathname;
    if (request.method === 'POST' && (path === castingPaths.ballotPaper || path === castingPaths.cast)) {
      let body: Record<string, unknown> | null;
      try {
        body = await readJsonObject(request);
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuse(response, 413, badBody());
        throw error;
      }
      if (!body) return refuse(response, 400, badBody());
      const result =
        path === castingPaths.ballotPaper
          ? await options.desk.ballotPaper(body.code)
          : await options.desk.cast(body.code, body.ballots);
      if (!result.ok && result.error.code === 'KIOSK_CODE_INVALID') limits.wrongCode(device);
      return sendJson(response, 200, result);
    }

    const file = request.method === 'GET' || request.method === 'HEAD' ? options.page.get(path) : undefined;
    if (!file) {
      response.writeHead(404, { ...castingHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end('Not found');
    }
    response.writeHead(200, { ...castingHeaders, 'Content-Type': file.contentType });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server: Server = createServer(
    { key: options.certificate.privateKeyPem, cert: options.certificate.certificatePem, minVersion: 'TLSv1.2' },
    (request, response) => {
      handle(request, response).catch(() => {
        if (!response.headersSent) refuse(response, 500, errorPayload('INTERNAL'));
        else response.destroy();
      });
    },
  );
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket, castingHeaders));
  // A slow or idle phone does not hold a connection for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 512;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  host = castingHost(options.address, port);
  origin = `https://${host}`;
  return {
    url: `${origin}/`,
    port,
    throttled: () => limits.throttled(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
