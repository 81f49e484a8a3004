import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { resultDigest } from '../results';
import { verifyDetached } from '../signing';
import { headerSchema, type VaultHeader } from '../vault';
import type { BackupKey } from './backupKeys';
import {
  backupFormat,
  backupFormatVersion,
  manifestSchema,
  memberNames,
  resultMemberName,
  type BackupManifest,
} from './backupManifest';
import { noProgress, type BackupProgress } from './backupProgress';
import { readBackup } from './readBackup';
import type { TarMemberSink } from './format/tarReader';

export interface VerifiedResult {
  readonly contestId: string;
  readonly sequence: number;
  readonly digest: string;
  readonly signed: boolean;
  readonly signerName: string | null;
  /** When the signature says it was made (ISO), for a signed result. */
  readonly signingTime: string | null;
}

export interface VerifiedBackup {
  readonly manifest: BackupManifest;
  readonly header: VaultHeader;
  readonly results: VerifiedResult[];
}

function damaged(vi: string, en: string): AppError {
  return new AppError('BACKUP_DAMAGED', { reason: { vi, en } });
}

/** Members kept in memory to be checked: everything but the database and the audit log. */
const keptLimit = 64 * 1024 * 1024;

/**
 * Reads a whole backup and checks it: the age encryption authenticates every byte; then the
 * manifest comes first and lists every other member in order with its size and SHA-256; the
 * header is a vault header of the vault named in the manifest; each canonical result has the
 * digest its seal record gives, and each signature verifies over it with its certificate.
 * `extraSink` lets restore write members out in the same pass.
 */
export async function verifyBackup(
  path: string,
  key: BackupKey,
  onProgress: BackupProgress = noProgress,
  extraSink: (name: string) => TarMemberSink | null = () => null,
): Promise<VerifiedBackup> {
  let manifest: BackupManifest | null = null;
  let index = 0;
  const kept = new Map<string, Buffer>();

  await readBackup(
    path,
    key,
    (member) => {
      const position = index;
      index += 1;
      if (position === 0 && member.name !== memberNames.manifest) {
        throw damaged('thành phần đầu tiên không phải manifest.json', 'the first member is not manifest.json');
      }
      const expected = position === 0 ? null : manifest?.members[position - 1];
      if (position > 0 && (!expected || expected.name !== member.name || expected.size !== member.size)) {
        throw damaged(
          `thành phần «${member.name}» không có trong danh mục hoặc sai kích thước`,
          `the member “${member.name}” is not in the manifest or has the wrong size`,
        );
      }
      const keep = position === 0 || member.name === memberNames.header || member.name.startsWith('results/');
      if (keep && member.size > keptLimit) throw damaged(`«${member.name}» quá lớn`, `“${member.name}” is too large`);
      const parts: Buffer[] = [];
      const hash = createHash('sha256');
      const extra = extraSink(member.name);
      return {
        update(bytes) {
          hash.update(bytes);
          if (keep) parts.push(Buffer.from(bytes));
          extra?.update(bytes);
        },
        end() {
          const sha256 = hash.digest('hex');
          if (position === 0) {
            manifest = parseManifest(Buffer.concat(parts));
          } else if (sha256 !== expected!.sha256) {
            throw damaged(
              `mã băm của «${member.name}» không khớp danh mục`,
              `the hash of “${member.name}” does not match the manifest`,
            );
          }
          if (keep && position > 0) kept.set(member.name, Buffer.concat(parts));
          extra?.end();
        },
      };
    },
    onProgress,
    'verify',
  );

  const checked = manifest as BackupManifest | null;
  if (!checked) throw damaged('không có manifest.json', 'there is no manifest.json');
  if (index !== checked.members.length + 1) {
    throw damaged('thiếu thành phần so với danh mục', 'members listed in the manifest are missing');
  }
  const header = parseHeader(kept.get(memberNames.header), checked);
  if (!checked.members.some((member) => member.name === memberNames.database)) {
    throw damaged('không có tệp cơ sở dữ liệu', 'there is no database file');
  }
  return { manifest: checked, header, results: checkResults(checked, kept) };
}

function parseManifest(bytes: Buffer): BackupManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged('manifest.json không phải JSON', 'manifest.json is not JSON');
  }
  const format = (parsed as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== backupFormat) {
    throw damaged('không phải bản sao lưu của Kiểm phiếu', 'not a Kiểm phiếu backup');
  }
  if (typeof format.formatVersion === 'number' && format.formatVersion > backupFormatVersion) {
    throw damaged(
      `bản sao lưu do phiên bản mới hơn tạo ra (định dạng ${format.formatVersion}); hãy cập nhật ứng dụng`,
      `the backup was made by a newer version (format ${format.formatVersion}); update the application`,
    );
  }
  const shape = manifestSchema.safeParse(parsed);
  if (!shape.success)
    throw damaged('manifest.json thiếu hoặc sai trường', 'manifest.json has missing or malformed fields');
  return shape.data;
}

function parseHeader(bytes: Buffer | undefined, manifest: BackupManifest): VaultHeader {
  let parsed: unknown = null;
  try {
    parsed = bytes ? JSON.parse(bytes.toString('utf8')) : null;
  } catch {
    // reported below
  }
  const shape = headerSchema.safeParse(parsed);
  if (!shape.success || shape.data.vaultId !== manifest.vaultId) {
    throw damaged('tệp phần đầu của kho không hợp lệ', 'the vault header file is not valid');
  }
  return shape.data;
}

function checkResults(manifest: BackupManifest, kept: Map<string, Buffer>): VerifiedResult[] {
  return manifest.results.map((listed) => {
    const label = `${listed.contestId}-${listed.sequence}`;
    const content = kept.get(resultMemberName(listed.contestId, listed.sequence, 'json'));
    if (!content || resultDigest(content.toString('utf8')) !== listed.digest) {
      throw damaged(
        `kết quả ${label} không khớp mã băm đã niêm phong`,
        `result ${label} does not match its sealed digest`,
      );
    }
    const signature = kept.get(resultMemberName(listed.contestId, listed.sequence, 'p7s'));
    const certificate = kept.get(resultMemberName(listed.contestId, listed.sequence, 'pem'));
    if (!listed.signed) {
      if (signature || certificate)
        throw damaged(`kết quả ${label} có chữ ký lạ`, `result ${label} has an unexpected signature`);
      return { ...listed, signingTime: null };
    }
    if (!signature || !certificate)
      throw damaged(`thiếu chữ ký của kết quả ${label}`, `the signature of result ${label} is missing`);
    const check = verifyDetached(content, signature, certificate.toString('utf8'));
    if (!check.valid) {
      throw damaged(
        `chữ ký của kết quả ${label}: ${check.reason.vi}`,
        `the signature of result ${label}: ${check.reason.en}`,
      );
    }
    return { ...listed, signingTime: check.signingTime?.toISOString() ?? null };
  });
}
