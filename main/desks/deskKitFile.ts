import { X509Certificate } from 'node:crypto';
import type { CampaignFile } from '../../shared/campaigns/campaignFile';
import { canonicalJson } from '../../shared/canonicalJson';
import { AppError } from '../../shared/errors';
import {
  deskKitContentSchema,
  deskKitFileSchema,
  deskKitFormat,
  type DeskKitContent,
  type DeskKitFile,
} from '../../shared/desks/deskKit';
import { certificateFingerprintHex, signerNameOf, verifyDetached, type DetachedSignature } from '../signing';

/** A campaign's setup cut down to the contests of one desk: their units, and the templates the campaign names. */
export function kitCampaignFile(full: CampaignFile, contestIds: ReadonlySet<string>): CampaignFile {
  const contests = full.contests.filter((contest) => contestIds.has(contest.id));
  const subjects = new Set(contests.map((contest) => contest.subjectId));
  const versions = new Set([
    ...full.schedule.map((entry) => entry.templateVersionId),
    ...contests.map((contest) => contest.templateVersionId),
  ]);
  return {
    ...full,
    templates: full.templates.filter((template) => versions.has(template.versionId)),
    units: full.units.filter((unit) => unit.subjects.some((subject) => subjects.has(subject.id))),
    contests,
  };
}

/** The kit's signed bytes: the canonical JSON (RFC 8785) of its content. */
export function kitContentJson(content: Omit<DeskKitContent, 'format'>): string {
  return canonicalJson({ format: deskKitFormat, ...content });
}

export function kitFile(contentJson: string, signed: DetachedSignature): DeskKitFile {
  return {
    format: 'kiem-phieu/desk-kit-file@1',
    content: contentJson,
    signature: signed.signature.toString('base64'),
    certificate: signed.certificatePem,
  };
}

function refused(vi: string, en: string): AppError {
  return new AppError('DESK_KIT_INVALID', { reason: { vi, en } });
}

export interface CheckedKit {
  readonly content: DeskKitContent;
  /** SHA-256 of the certificate that signed it, lower-case hex. */
  readonly signerFingerprint: string;
  readonly signer: string;
}

/**
 * Everything a kit claims, checked without the vault: its shape, that its content is the
 * canonical JSON of a kit, and that the signature verifies with the certificate it carries.
 * Throws DESK_KIT_INVALID naming the first failure.
 */
export function checkKitFile(text: string): CheckedKit {
  let file: DeskKitFile;
  try {
    file = deskKitFileSchema.parse(JSON.parse(text));
  } catch {
    throw refused('tệp không phải bộ dữ liệu bàn phụ', 'the file is not a desk kit');
  }
  let content: DeskKitContent;
  try {
    content = deskKitContentSchema.parse(JSON.parse(file.content));
  } catch {
    throw refused('nội dung bộ dữ liệu không đúng định dạng', 'the kit’s content is not in the kit format');
  }
  if (canonicalJson(content) !== file.content)
    throw refused('nội dung không ở dạng JSON chuẩn tắc (RFC 8785)', 'the content is not canonical JSON (RFC 8785)');
  const check = verifyDetached(
    Buffer.from(file.content, 'utf8'),
    Buffer.from(file.signature, 'base64'),
    file.certificate,
  );
  if (!check.valid)
    throw refused(`chữ ký không hợp lệ: ${check.reason.vi}`, `the signature is not valid: ${check.reason.en}`);
  const certificate = new X509Certificate(file.certificate);
  return { content, signerFingerprint: certificateFingerprintHex(certificate), signer: signerNameOf(certificate) };
}
