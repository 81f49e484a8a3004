import { Decrypter, Encrypter } from 'age-encryption';
import { AppError } from '../../../shared/errors';
import { payloadKey, payloadNonceSize } from './agePayload';
import { ScryptIdentity, ScryptRecipient } from './ageScrypt';
import type { BackupEncryption, BackupKey } from '../backupKeys';

const versionLine = 'age-encryption.org/v1\n';
/** Far more than any header of ours (one stanza per archive key); a longer one is not a backup. */
export const maxHeaderSize = 1024 * 1024;

/**
 * A new age header by age-encryption's Encrypter, and the payload key that goes with it. The
 * Encrypter draws the file key and hands it to each recipient; one more recipient that writes
 * no stanza keeps a copy, so the payload can be sealed by Node's ChaCha20-Poly1305 (see
 * agePayload.ts). Returns the header and the payload nonce, the first bytes of the file.
 */
export async function newAgeHeader(encryption: BackupEncryption): Promise<{ prefix: Buffer; key: Buffer }> {
  const encrypter = new Encrypter();
  if (encryption.passphrase !== undefined) {
    encrypter.addRecipient(new ScryptRecipient(encryption.passphrase, encryption.scryptLogN));
  }
  for (const recipient of encryption.recipients ?? []) encrypter.addRecipient(recipient);
  let fileKey: Uint8Array | null = null;
  encrypter.addRecipient({
    wrapFileKey(key) {
      fileKey = Uint8Array.from(key);
      return [];
    },
  });
  // An empty file: header, nonce, and one empty last chunk (its 16-byte tag), which is dropped.
  const empty = Buffer.from(await encrypter.encrypt(new Uint8Array(0)));
  const prefix = empty.subarray(0, empty.length - 16);
  if (!fileKey || !prefix.toString('latin1', 0, versionLine.length).startsWith(versionLine)) {
    throw new Error('age-encryption produced an unexpected file');
  }
  const key = payloadKey(fileKey, prefix.subarray(prefix.length - payloadNonceSize));
  (fileKey as Uint8Array).fill(0);
  return { prefix: Buffer.from(prefix), key };
}

export interface AgeHeaderBytes {
  readonly header: Buffer;
  /** The stanza types, e.g. ['scrypt'] or ['X25519', 'X25519']. */
  readonly stanzaTypes: string[];
}

function damaged(vi: string, en: string): AppError {
  return new AppError('BACKUP_DAMAGED', { reason: { vi, en } });
}

/**
 * Finds the header at the start of a file (up to and including the MAC line). A file that is
 * not age at all is BACKUP_NOT_AGE; one that has an age header's shape with a broken first
 * line, or no end to its header, is BACKUP_DAMAGED.
 */
export function locateAgeHeader(start: Buffer, path: string): AgeHeaderBytes {
  const text = start.toString('latin1');
  const macLine = text.search(/\n--- [A-Za-z0-9+/]*\n/);
  const looksLikeAge = text.startsWith(versionLine) || (/\n-> \S/.test(text) && macLine !== -1);
  if (!looksLikeAge) throw new AppError('BACKUP_NOT_AGE', { path });
  if (!text.startsWith(versionLine)) {
    throw damaged('dòng đầu của phần đầu tệp age bị sửa', 'the first line of the age header was altered');
  }
  if (macLine === -1) throw damaged('phần đầu tệp age không có điểm kết thúc', 'the age header has no end');
  const end = text.indexOf('\n', macLine + 1) + 1;
  const header = start.subarray(0, end);
  const stanzaTypes = [...header.toString('latin1').matchAll(/^-> (\S+)/gm)].map((match) => match[1]!);
  return { header: Buffer.from(header), stanzaTypes };
}

function wrongKey(vi: string, en: string): AppError {
  return new AppError('BACKUP_WRONG_KEY', { reason: { vi, en } });
}

/**
 * The payload key, if `key` opens the header; otherwise says which key the backup needs:
 * a passphrase where an archive key was given, an archive key where a passphrase was given,
 * a wrong passphrase, or an archive key that is not one of those the backup is encrypted to.
 */
export async function openAgeHeader(located: AgeHeaderBytes, nonce: Buffer, key: BackupKey): Promise<Buffer> {
  const byPassphrase = located.stanzaTypes.includes('scrypt');
  const keyCount = located.stanzaTypes.filter((type) => type === 'X25519').length;
  if (byPassphrase && key.passphrase === undefined) {
    throw wrongKey(
      'bản sao lưu này được bảo vệ bằng cụm mật khẩu, không phải khóa lưu trữ; hãy nhập cụm mật khẩu',
      'this backup is protected by a passphrase, not an archive key; enter the passphrase',
    );
  }
  if (!byPassphrase && key.passphrase !== undefined) {
    throw wrongKey(
      `bản sao lưu này được mã hóa cho ${keyCount} khóa lưu trữ, không phải cụm mật khẩu; hãy dùng khóa lưu trữ bí mật (AGE-SECRET-KEY-1…)`,
      `this backup is encrypted to ${keyCount} archive key(s), not a passphrase; use the secret archive key (AGE-SECRET-KEY-1…)`,
    );
  }
  const decrypter = new Decrypter();
  if (key.passphrase !== undefined) decrypter.addIdentity(new ScryptIdentity(key.passphrase));
  else decrypter.addIdentity(key.identity!);
  let fileKey: Uint8Array;
  try {
    fileKey = await decrypter.decryptHeader(located.header);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/no identity matched/.test(message)) {
      throw damaged(`phần đầu tệp age không hợp lệ (${message})`, `the age header is not valid (${message})`);
    }
    if (byPassphrase) throw wrongKey('sai cụm mật khẩu', 'wrong passphrase');
    throw wrongKey(
      `bản sao lưu được mã hóa cho ${keyCount} khóa lưu trữ khác; khóa bí mật đã cho không thuộc số đó`,
      `the backup is encrypted to ${keyCount} other archive key(s); the secret key given is not one of them`,
    );
  }
  const payload = payloadKey(fileKey, nonce);
  fileKey.fill(0);
  return payload;
}
