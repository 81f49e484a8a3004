import { X509Certificate } from 'node:crypto';
import type { CampaignFile } from '../../shared/campaigns/campaignFile';
import { canonicalJson, isCanonicalJsonOf, sameCanonicalJson } from '../../shared/canonicalJson';
import { AppError } from '../../shared/errors';
import {
  deskKitContentSchema,
  deskKitFileSchema,
  deskKitFormat,
  deskPackageFileSchema,
  receivedPackageContentSchema,
  type DeskKitContent,
  type DeskPackageContent,
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

type SignedFileFormat = 'kiem-phieu/desk-kit-file@1' | 'kiem-phieu/desk-package-file@1';

/** A signed desk file (kit or package): the content as signed, the signature and the certificate, as JSON. */
export function signedFileJson(format: SignedFileFormat, contentJson: string, signed: DetachedSignature): string {
  return JSON.stringify({
    format,
    content: contentJson,
    signature: signed.signature.toString('base64'),
    certificate: signed.certificatePem,
  });
}

/** A signed desk file as the call hands it over: its JSON, base64. */
export function signedFileBase64(format: SignedFileFormat, contentJson: string, signed: DetachedSignature): string {
  return Buffer.from(signedFileJson(format, contentJson, signed), 'utf8').toString('base64');
}

/** A signed file (kit or package): its checked content, and who signed it. */
export interface CheckedSigned<Content> {
  readonly content: Content;
  /** SHA-256 of the certificate that signed it, lower-case hex. */
  readonly signerFingerprint: string;
  readonly signer: string;
}

interface SignedFileSchemas<Content> {
  readonly file: { parse(value: unknown): { content: string; signature: string; certificate: string } };
  readonly content: { parse(value: unknown): Content };
}

/**
 * Everything a signed desk file claims, checked without the vault: its shape, that its content is
 * canonical JSON of the expected kind, and that the signature verifies with the certificate it
 * carries. Throws `code` naming the first failure.
 */
export function checkSignedFile<Content>(
  text: string,
  schemas: SignedFileSchemas<Content>,
  code: 'DESK_KIT_INVALID' | 'DESK_PACKAGE_INVALID',
  what: { vi: string; en: string },
): CheckedSigned<Content> {
  const refused = (vi: string, en: string) => new AppError(code, { reason: { vi, en } });
  let file: { content: string; signature: string; certificate: string };
  try {
    file = schemas.file.parse(JSON.parse(text));
  } catch {
    throw refused(`tệp không phải ${what.vi}`, `the file is not ${what.en}`);
  }
  let read: unknown;
  let content: Content;
  try {
    read = JSON.parse(file.content);
    content = schemas.content.parse(read);
  } catch {
    throw refused('nội dung không đúng định dạng', 'the content is not in its format');
  }
  // The signed bytes are exactly the canonical JSON of the content: the text is canonical, and the
  // schema neither filled in nor dropped anything (an omitted default, an extra key) — together,
  // canonicalJson(content) === file.content, checked without writing the content out again.
  if (!sameCanonicalJson(content, read) || !isCanonicalJsonOf(read, file.content))
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

export function checkKitFile(text: string): CheckedSigned<DeskKitContent> {
  return checkSignedFile(text, { file: deskKitFileSchema, content: deskKitContentSchema }, 'DESK_KIT_INVALID', {
    vi: 'bộ dữ liệu bàn phụ',
    en: 'a desk kit',
  });
}

export function checkPackageFile(text: string): CheckedSigned<DeskPackageContent> {
  return checkSignedFile(
    text,
    { file: deskPackageFileSchema, content: receivedPackageContentSchema },
    'DESK_PACKAGE_INVALID',
    { vi: 'gói bàn phụ', en: 'a desk package' },
  );
}
