import { blockSize, parseTarHeader, type TarMemberHeader } from './tarFormat';

/** Receives one member's bytes, in order. */
export interface TarMemberSink {
  update(bytes: Buffer): void;
  end(): void;
}

export class TarFormatError extends Error {}

/**
 * A push parser for the tar stream of a backup: bytes in, members out, as they arrive. Only
 * zero bytes may follow the end marker; a stream that stops inside a member or before the end
 * marker is reported by `finish`.
 */
export class TarReader {
  private pending = Buffer.alloc(0);
  private member: { sink: TarMemberSink; remaining: number; padding: number } | null = null;
  private zeroBlocks = 0;
  private ended = false;

  constructor(private readonly onMember: (header: TarMemberHeader) => TarMemberSink) {}

  push(bytes: Buffer): void {
    let input = bytes;
    while (input.length > 0) {
      const member = this.member;
      if (member && member.remaining > 0) {
        const taken = input.subarray(0, member.remaining);
        member.sink.update(taken);
        member.remaining -= taken.length;
        input = input.subarray(taken.length);
        if (member.remaining === 0 && member.padding === 0) this.closeMember();
        continue;
      }
      if (member) {
        const skipped = Math.min(member.padding, input.length);
        if (!input.subarray(0, skipped).every((byte) => byte === 0)) throw new TarFormatError('non-zero padding');
        member.padding -= skipped;
        input = input.subarray(skipped);
        if (member.padding === 0) this.closeMember();
        continue;
      }
      if (this.ended) {
        if (!input.every((byte) => byte === 0)) throw new TarFormatError('data after the end of the archive');
        return;
      }
      const needed = blockSize - this.pending.length;
      this.pending = Buffer.concat([this.pending, input.subarray(0, needed)]);
      input = input.subarray(needed);
      if (this.pending.length === blockSize) this.readHeader();
    }
  }

  private closeMember(): void {
    this.member?.sink.end();
    this.member = null;
  }

  private readHeader(): void {
    const block = this.pending;
    this.pending = Buffer.alloc(0);
    const header = parseTarHeader(block);
    if (header instanceof Error) throw new TarFormatError(header.message);
    if (header === null) {
      this.zeroBlocks += 1;
      if (this.zeroBlocks === 2) this.ended = true;
      return;
    }
    if (this.zeroBlocks > 0) throw new TarFormatError('a member after an empty block');
    const sink = this.onMember(header);
    this.member = { sink, remaining: header.size, padding: (blockSize - (header.size % blockSize)) % blockSize };
    if (header.size === 0) this.closeMember();
  }

  finish(): void {
    if (!this.ended || this.member || this.pending.length > 0) throw new TarFormatError('the archive ends too early');
  }
}
