import type { IncomingMessage } from 'node:http';
import { errorPayload, type ErrorPayload } from '../../../shared/errors';
import { tokenMatches } from './accessToken';

export const ticketQueryName = 'ticket';

/**
 * The session cookie's name carries the port: two shells on one machine share the host
 * 127.0.0.1, and cookies do not tell ports apart.
 */
export const sessionCookieName = (port: number): string => `kiem_phieu_session_${port}`;

export interface Refusal {
  readonly status: 401 | 403;
  readonly error: ErrorPayload;
}

export const unauthorized: Refusal = { status: 401, error: errorPayload('UNAUTHORIZED') };
const foreign: Refusal = { status: 403, error: errorPayload('FOREIGN_REQUEST') };

export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/**
 * What every request must show before anything else happens: it is addressed to the shell's own
 * loopback host and port (no DNS rebinding), and any Origin is the shell's own (no other page in
 * the browser).
 */
export function checkAddressing(request: IncomingMessage, origin: string): Refusal | null {
  if (request.headers.host !== new URL(origin).host) return foreign;
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin) return foreign;
  return null;
}

/** The session cookie set when the launch ticket was exchanged, and nothing else, opens the shell. */
export function hasSession(request: IncomingMessage, cookieName: string, secret: string): boolean {
  return tokenMatches(secret, cookieValue(request.headers.cookie, cookieName));
}
