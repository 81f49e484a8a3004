import type { IncomingMessage } from 'node:http';
import { errorPayload, type ErrorPayload } from '../../../shared/errors';
import { tokenMatches } from './accessToken';

export const tokenCookieName = 'kiem_phieu_token';
export const tokenQueryName = 'token';

export interface Refusal {
  readonly status: 401 | 403;
  readonly error: ErrorPayload;
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * Checks what every request must show before anything else happens: it is addressed to the
 * shell's own loopback host and port (no DNS rebinding), any Origin is the shell's own (no
 * other page in the browser), and it carries this launch's token — in the cookie set at the
 * first visit, in an Authorization header, or (first visit only) in the address.
 */
export function checkRequest(
  request: IncomingMessage,
  origin: string,
  token: string,
  queryToken: string | null,
): Refusal | null {
  const expectedHost = new URL(origin).host;
  if (request.headers.host !== expectedHost) return { status: 403, error: errorPayload('FOREIGN_REQUEST') };
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin)
    return { status: 403, error: errorPayload('FOREIGN_REQUEST') };

  const presented =
    queryToken ?? bearerToken(request.headers.authorization) ?? cookieValue(request.headers.cookie, tokenCookieName);
  if (!tokenMatches(token, presented)) return { status: 401, error: errorPayload('UNAUTHORIZED') };
  return null;
}
