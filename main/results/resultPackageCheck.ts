import { X509Certificate } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson';
import { AppError } from '../../shared/errors';
import { canonicalResultSchema, type CanonicalResult } from '../../shared/results/canonicalResult';
import { resultPackageFormat, resultPackageSchema, type ResultPackage } from '../../shared/results/resultPackage';
import { resultDigest } from './resultDigest';
import { certificateFingerprint, certificateFingerprintHex, signerNameOf, verifyDetached } from '../signing';

export interface CheckedPackage {
  readonly package: ResultPackage;
  readonly result: CanonicalResult;
  readonly digest: string;
  readonly signer: string;
  readonly signingTime: Date | null;
  /** SHA-256 of the signer's certificate, in groups of four. */
  readonly fingerprint: string;
  /** The same, 64 hex digits: the key of the district's register of trusted signers. */
  readonly fingerprintHex: string;
}

function rejected(vi: string, en: string): AppError {
  return new AppError('PACKAGE_INVALID', { reason: { vi, en } });
}

/**
 * Everything a sealed result package claims, checked without the vault: its format, that the
 * result is canonical JSON of a result, that the digest is the result's, and that the signature
 * verifies with the certificate and was made while the certificate was valid. Throws
 * PACKAGE_INVALID naming the first failure.
 */
export function checkResultPackage(text: string): CheckedPackage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw rejected('tệp không phải JSON', 'the file is not JSON');
  }
  const shape = resultPackageSchema.safeParse(parsed);
  if (!shape.success) {
    const format = (parsed as { format?: unknown } | null)?.format;
    if (format !== resultPackageFormat) {
      throw rejected(
        `không phải gói kết quả niêm phong (định dạng «${String(format)}», cần «${resultPackageFormat}»)`,
        `not a sealed result package (format “${String(format)}”, expected “${resultPackageFormat}”)`,
      );
    }
    throw rejected('gói thiếu hoặc sai trường dữ liệu', 'the package has missing or malformed fields');
  }
  const resultPackage = shape.data;
  let result: CanonicalResult;
  try {
    const content = canonicalResultSchema.safeParse(JSON.parse(resultPackage.result));
    if (!content.success) throw new Error('shape');
    result = content.data;
  } catch {
    throw rejected('phần kết quả không đúng định dạng kết quả', 'the result part is not a result');
  }
  if (canonicalJson(result) !== resultPackage.result) {
    throw rejected(
      'phần kết quả không ở dạng JSON chuẩn tắc (RFC 8785)',
      'the result is not canonical JSON (RFC 8785)',
    );
  }
  const digest = resultDigest(resultPackage.result);
  if (digest !== resultPackage.digest) {
    throw rejected(
      'mã băm ghi trong gói không khớp với kết quả: tệp đã bị sửa',
      'the digest recorded does not match the result: the file was altered',
    );
  }
  const check = verifyDetached(
    Buffer.from(resultPackage.result, 'utf8'),
    Buffer.from(resultPackage.signature, 'base64'),
    resultPackage.certificate,
  );
  if (!check.valid) throw rejected(check.reason.vi, check.reason.en);
  const certificate = new X509Certificate(resultPackage.certificate);
  const time = check.signingTime;
  if (time && (time < new Date(certificate.validFrom) || time > new Date(certificate.validTo))) {
    throw rejected(
      'chữ ký được tạo ngoài thời hạn của chứng thư',
      'the signature was made outside the certificate’s validity',
    );
  }
  return {
    package: resultPackage,
    result,
    digest,
    signer: signerNameOf(certificate),
    signingTime: time,
    fingerprint: certificateFingerprint(certificate),
    fingerprintHex: certificateFingerprintHex(certificate),
  };
}
