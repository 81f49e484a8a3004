import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorPayload } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import type { Bilingual } from '../../shared/i18n/language';

/** What Node's HTTP parser reports when it refuses a request before the app sees it. */
interface ClientError extends Error {
  readonly code?: string;
}

function refusalFor(code: string | undefined): { status: number; reason: Bilingual } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, reason: message('core.clientError.headersTooLarge') };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, reason: message('core.clientError.requestTimedOut') };
  return { status: 400, reason: message('core.clientError.malformedRequest') };
}

/**
 * Node answers a request its parser refuses (a 100 kB address, a broken header, a request that
 * never finishes) with a bare status line. A listener's answer keeps its contract even then: the
 * typed error body every other refusal carries, with the listener's own security headers
 * (`headers`), and the connection closed.
 */
export function answerClientError(error: ClientError, socket: Duplex, headers: Readonly<Record<string, string>>): void {
  // A client that went away, or a socket already answered, has nothing left to read an answer.
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const { status, reason } = refusalFor(error.code);
  const body = JSON.stringify({ ok: false, error: errorPayload('INVALID_INPUT', { reason }) });
  const head = Object.entries({
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${head}\r\n${body}`);
}
