import type { FileHandle } from 'node:fs/promises';
import { PayloadSealer } from './agePayload';
import { tarEnd, tarHeader, tarPadding } from './tarFormat';

const flushBytes = 4 * 1024 * 1024;
/**
 * Written bytes are made durable every so often, not only at the end: on a journaling file system
 * (ext4) anyone's fsync — a save's, the vault header's — waits for every dirty page of a file
 * growing in the same journal, and a backup's hundreds of megabytes kept saves waiting 0.4 s.
 */
const syncBytes = 32 * 1024 * 1024;

/**
 * Writes a tar stream straight into an age file: member headers and bytes go through the
 * payload sealer, and only sealed chunks reach the disk, in large writes.
 */
export class EncryptedTarWriter {
  private sealed: Buffer[] = [];
  private sealedBytes = 0;
  private unsyncedBytes = 0;
  private readonly sealer: PayloadSealer;
  /** Plaintext tar bytes written so far (for progress). */
  written = 0;

  constructor(
    private readonly file: FileHandle,
    prefix: Buffer,
    key: Buffer,
    private readonly modifiedAt: Date,
  ) {
    this.sealed.push(prefix);
    this.sealedBytes = prefix.length;
    this.sealer = new PayloadSealer(key, (chunk) => {
      this.sealed.push(chunk);
      this.sealedBytes += chunk.length;
    });
  }

  private async put(bytes: Buffer): Promise<void> {
    this.sealer.update(bytes);
    this.written += bytes.length;
    if (this.sealedBytes >= flushBytes) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunks = this.sealed;
    this.sealed = [];
    this.sealedBytes = 0;
    if (chunks.length === 0) return;
    const { bytesWritten } = await this.file.writev(chunks);
    this.unsyncedBytes += bytesWritten;
    if (this.unsyncedBytes >= syncBytes) {
      this.unsyncedBytes = 0;
      await this.file.datasync();
    }
  }

  /** One member; its content must be exactly `size` bytes. */
  async add(name: string, size: number, content: Buffer | Iterable<Buffer> | AsyncIterable<Buffer>): Promise<void> {
    await this.put(tarHeader(name, size, this.modifiedAt));
    let seen = 0;
    const parts: Iterable<Buffer> | AsyncIterable<Buffer> = Buffer.isBuffer(content) ? [content] : content;
    for await (const part of parts) {
      seen += part.length;
      if (seen > size) break;
      await this.put(part);
    }
    if (seen !== size) throw new Error(`member ${name} changed while it was written (${seen} of ${size} bytes)`);
    await this.put(tarPadding(size));
  }

  async finish(): Promise<void> {
    await this.put(tarEnd());
    this.sealer.finish();
    await this.flush();
  }
}
