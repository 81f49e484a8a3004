/**
 * The plain POSIX ustar subset a backup uses: regular files only, names of at most 100 ASCII
 * bytes, 512-byte blocks, two zero blocks at the end. `tar -x` reads it; nothing more is needed.
 */

export const blockSize = 512;
const maxSize = 8 ** 11 - 1;

function writeOctal(block: Buffer, offset: number, width: number, value: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, width, 'ascii');
}

function checksumOf(block: Buffer): number {
  let sum = 0;
  for (let index = 0; index < blockSize; index += 1) sum += index >= 148 && index < 156 ? 0x20 : block[index]!;
  return sum;
}

/** The header block of one regular file (mode 0600, owner 0, the given modification time). */
export function tarHeader(name: string, size: number, modifiedAt: Date): Buffer {
  if (!/^[\x21-\x7e]{1,100}$/.test(name)) throw new Error(`tar member name not allowed: ${name}`);
  if (!Number.isSafeInteger(size) || size < 0 || size > maxSize) throw new Error(`tar member too large: ${name}`);
  const block = Buffer.alloc(blockSize);
  block.write(name, 0, 100, 'ascii');
  writeOctal(block, 100, 8, 0o600);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.floor(modifiedAt.getTime() / 1000));
  block.write('0', 156, 1, 'ascii');
  block.write('ustar\u000000', 257, 8, 'ascii');
  writeOctal(block, 148, 7, checksumOf(block));
  block[155] = 0x20;
  return block;
}

/** Zero bytes that fill a member's last block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((blockSize - (size % blockSize)) % blockSize);
}

export function tarEnd(): Buffer {
  return Buffer.alloc(2 * blockSize);
}

export interface TarMemberHeader {
  readonly name: string;
  readonly size: number;
}

function readOctal(block: Buffer, offset: number, width: number): number | null {
  const text = block
    .toString('ascii', offset, offset + width)
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  return /^[0-7]{1,11}$/.test(text) ? parseInt(text, 8) : null;
}

/**
 * Reads a header block back: null for an all-zero block (the end), the member for a valid
 * regular-file header, and an Error naming the problem otherwise.
 */
export function parseTarHeader(block: Buffer): TarMemberHeader | null | Error {
  if (block.every((byte) => byte === 0)) return null;
  if (block.toString('ascii', 257, 263) !== 'ustar\0') return new Error('not a ustar header');
  if (readOctal(block, 148, 8) !== checksumOf(block)) return new Error('header checksum mismatch');
  const type = block[156];
  if (type !== 0x30 && type !== 0) return new Error('not a regular file');
  if (block[345] !== 0) return new Error('long names are not used in backups');
  const nameEnd = block.indexOf(0, 0);
  const name = block.toString('ascii', 0, nameEnd === -1 || nameEnd > 100 ? 100 : nameEnd);
  const size = readOctal(block, 124, 12);
  if (size === null || !/^[\x21-\x7e]{1,100}$/.test(name)) return new Error('malformed name or size');
  return { name, size };
}
