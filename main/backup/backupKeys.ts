import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AppError } from '../../shared/errors';

/** How a backup is encrypted: to a passphrase (age scrypt) or to archive keys (age X25519 recipients). */
export interface BackupEncryption {
  readonly passphrase?: string;
  /** `age1…` public keys; whoever holds one of the secret keys can open the backup. */
  readonly recipients?: readonly string[];
  /** log2 of scrypt's N for a passphrase; only tests lower it. */
  readonly scryptLogN?: number;
}

/** What opens a backup: its passphrase, or one archive secret key (`AGE-SECRET-KEY-1…`). */
export interface BackupKey {
  readonly passphrase?: string;
  readonly identity?: string;
}

export interface ArchiveKey {
  /** The secret half, for the archivist's safe: `AGE-SECRET-KEY-1…`. */
  readonly identity: string;
  /** The public half, given to whoever makes backups: `age1…`. */
  readonly recipient: string;
}

/** A fresh X25519 archive key pair, in the text forms the `age` tool uses. */
export async function generateArchiveKey(): Promise<ArchiveKey> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

const recipientPattern = /^age1[02-9ac-hj-np-z]{58}$/;
const identityPattern = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;
export const minimumPassphraseLength = 10;

function invalid(vi: string, en: string): AppError {
  return new AppError('INVALID_INPUT', { reason: { vi, en } });
}

/**
 * Exactly one way: age allows a passphrase only as the sole recipient of a file (the `age`
 * tool refuses anything else), so a passphrase and archive keys are never mixed.
 */
export function checkEncryption(encryption: BackupEncryption): BackupEncryption {
  const recipients = encryption.recipients ?? [];
  const hasPassphrase = encryption.passphrase !== undefined;
  if (hasPassphrase === recipients.length > 0) {
    throw invalid(
      'cần đúng một cách mã hóa: một cụm mật khẩu, hoặc một hay nhiều khóa lưu trữ (age1…)',
      'give exactly one way to encrypt: a passphrase, or one or more archive keys (age1…)',
    );
  }
  if (hasPassphrase && [...(encryption.passphrase ?? '')].length < minimumPassphraseLength) {
    throw invalid(
      `cụm mật khẩu sao lưu cần ít nhất ${minimumPassphraseLength} ký tự`,
      `a backup passphrase needs at least ${minimumPassphraseLength} characters`,
    );
  }
  const malformed = recipients.find((recipient) => !recipientPattern.test(recipient));
  if (malformed !== undefined) {
    throw invalid(
      `«${malformed.slice(0, 80)}» không phải khóa lưu trữ công khai (age1…)`,
      `“${malformed.slice(0, 80)}” is not a public archive key (age1…)`,
    );
  }
  if (encryption.scryptLogN !== undefined && !(encryption.scryptLogN >= 10 && encryption.scryptLogN <= 20)) {
    throw invalid('hệ số scrypt phải từ 10 đến 20', 'the scrypt work factor must be between 10 and 20');
  }
  return encryption;
}

export function checkKey(key: BackupKey): BackupKey {
  if ((key.passphrase === undefined) === (key.identity === undefined)) {
    throw invalid(
      'cần đúng một khóa: cụm mật khẩu hoặc khóa lưu trữ bí mật',
      'give exactly one key: the passphrase or the secret archive key',
    );
  }
  if (key.identity !== undefined && !identityPattern.test(key.identity.trim())) {
    throw invalid(
      'khóa lưu trữ bí mật phải có dạng AGE-SECRET-KEY-1…',
      'the secret archive key must look like AGE-SECRET-KEY-1…',
    );
  }
  return key.identity !== undefined ? { identity: key.identity.trim() } : key;
}
