import type { IncomingMessage } from 'node:http';

/** A body past the listener's limit: refused, and nothing more of it is read. */
export class BodyTooLarge extends Error {}

/** A request's body as UTF-8 text, at most `maxBytes` of it. */
export async function readRequestText(request: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
