import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { nextTurn } from '../../base/nextTurn';

export const readChunkSize = 1024 * 1024;

/** A file's bytes from `start`, in chunks of up to 1 MiB (each a fresh buffer). */
export async function* fileChunks(path: string, start = 0): AsyncGenerator<Buffer> {
  const file = await open(path, 'r');
  try {
    let position = start;
    for (;;) {
      const buffer = Buffer.allocUnsafe(readChunkSize);
      const { bytesRead } = await file.read(buffer, 0, readChunkSize, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

export interface SizedDigest {
  readonly size: number;
  readonly sha256: string;
}

export async function digestOf(parts: Iterable<Buffer> | AsyncIterable<Buffer>, onBytes?: (n: number) => void) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const part of parts) {
    hash.update(part);
    size += part.length;
    onBytes?.(part.length);
    // Parts read from memory (the audit log's lines) would otherwise follow one another without a
    // pause: the event loop gets its turn between any two, so a save made meanwhile never waits long.
    await nextTurn();
  }
  return { size, sha256: hash.digest('hex') } satisfies SizedDigest;
}
