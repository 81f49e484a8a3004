import { mkdirSync, writeFileSync } from 'node:fs';
import { type Agent, request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { join } from 'node:path';

/**
 * A built renderer in miniature, as Vite lays it out: the casting page with its chunks named in
 * the manifest, and the app's own page and chunk beside it, which the hall network must never serve.
 */
export function castingPageFixture(directory: string): string {
  const bundle = join(directory, 'renderer');
  mkdirSync(join(bundle, 'assets'), { recursive: true });
  mkdirSync(join(bundle, '.vite'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Kiểm phiếu</title><script src="/assets/index-app.js"></script>',
    'cast.html': '<!doctype html><title>Bỏ phiếu điện tử</title><script src="/assets/cast-page.js"></script>',
    'assets/index-app.js': 'console.log("the whole app");',
    'assets/cast-page.js': 'import "./voter-flow.js";',
    'assets/voter-flow.js': 'console.log("voter flow");',
    'assets/cast-page.css': 'body { margin: 0; }',
    '.vite/manifest.json': JSON.stringify({
      'index.html': { file: 'assets/index-app.js', isEntry: true, imports: ['_voter-flow.js'] },
      'cast.html': {
        file: 'assets/cast-page.js',
        isEntry: true,
        imports: ['_voter-flow.js'],
        css: ['assets/cast-page.css'],
      },
      '_voter-flow.js': { file: 'assets/voter-flow.js' },
    }),
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(bundle, path), text);
  return bundle;
}

export interface HallAnswer {
  readonly status: number;
  readonly text: string;
  readonly json: unknown;
  /** SHA-256 of the certificate the listener presented. */
  readonly fingerprint: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface HallRequest {
  readonly method?: string;
  readonly path: string;
  readonly body?: unknown;
  /** Overrides the Host header (a rebinding attempt). */
  readonly host?: string;
  readonly origin?: string;
  readonly agent?: Agent;
}

/** One request to the hall network's listener, accepting its self-signed certificate and reporting it. */
export function hallRequest(url: string, { method = 'GET', path, body, host, origin, agent }: HallRequest) {
  const target = new URL(path, url);
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise<HallAnswer>((resolve, reject) => {
    const outgoing = request(
      target,
      {
        method,
        rejectUnauthorized: false,
        // A fresh connection unless one is given: a closed listener must show as closed.
        agent: agent ?? false,
        headers: {
          ...(host ? { Host: host } : {}),
          ...(origin ? { Origin: origin } : {}),
          ...(payload !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
      },
      (response) => {
        const fingerprint = (response.socket as TLSSocket).getPeerX509Certificate()?.fingerprint256 ?? '';
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            // Files and plain refusals are not JSON.
          }
          resolve({ status: response.statusCode ?? 0, text, json, fingerprint, headers: response.headers });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}
