import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../../shared/errors';
import type { KeyAndCertificate } from './selfSignedIdentity';

const macFailure = /MAC could not be verified/;

function unreadable(en: string, vi: string): AppError {
  return new AppError('PKCS12_UNREADABLE', { reason: { vi, en } });
}

function noKey(vi: string, en: string): AppError {
  return new AppError('PKCS12_NO_KEY', { reason: { vi, en } });
}

/**
 * node-forge derives every PKCS#12 key from one password string, but the file uses it in two
 * ways: the MAC (and the legacy PKCS#12 ciphers) take it as UTF-16 (BMPString), while PBES2 —
 * OpenSSL 3's default, AES-256-CBC with PBKDF2 — takes its UTF-8 bytes, which forge reads from a
 * "binary" string. So the file is opened with the password as typed first (the MAC is checked
 * then, telling a wrong password apart); if a PBES2 part then fails to decrypt, the MAC has
 * already been verified, and the contents are opened again without it, with the UTF-8 bytes.
 */
function openPfx(der: string, password: string): forge.pkcs12.Pkcs12Pfx {
  let pfx: forge.asn1.Asn1;
  try {
    pfx = forge.asn1.fromDer(der, true);
  } catch {
    throw unreadable('not DER-encoded ASN.1', 'không phải dữ liệu ASN.1 (DER)');
  }
  const parts = Array.isArray(pfx.value) ? pfx.value : [];
  const hasMac = parts.length === 3;
  let firstError: unknown;
  try {
    return forge.pkcs12.pkcs12FromAsn1(pfx, false, password);
  } catch (error) {
    if (error instanceof Error && macFailure.test(error.message)) throw new AppError('PKCS12_WRONG_PASSWORD');
    firstError = error;
  }
  const utf8Password = forge.util.encodeUtf8(password);
  if (utf8Password !== password) {
    const withoutMac = forge.asn1.create(pfx.tagClass, pfx.type, true, parts.slice(0, 2));
    try {
      return forge.pkcs12.pkcs12FromAsn1(withoutMac, false, utf8Password);
    } catch {
      // Fall through to the first error, which says more.
    }
  }
  const message = firstError instanceof Error ? firstError.message : String(firstError);
  // Without a MAC the only sign of a wrong password is a failed decryption.
  if (!hasMac && /decrypt/i.test(message)) throw new AppError('PKCS12_WRONG_PASSWORD');
  throw unreadable(message, `không đọc được nội dung (${message})`);
}

function bagsOf(pfx: forge.pkcs12.Pkcs12Pfx, type: string): forge.pkcs12.Bag[] {
  return pfx.getBags({ bagType: type })[type] ?? [];
}

function keyOf(bag: forge.pkcs12.Bag): KeyObject | null {
  const info = bag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key as forge.pki.rsa.PrivateKey))
    : bag.asn1;
  if (!info) return null;
  try {
    return createPrivateKey({
      key: Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary'),
      format: 'der',
      type: 'pkcs8',
    });
  } catch {
    return null;
  }
}

function certificateOf(bag: forge.pkcs12.Bag): X509Certificate | null {
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  if (!asn1) return null;
  try {
    return new X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  } catch {
    return null;
  }
}

/**
 * The signing key and its certificate from a PKCS#12 file (.p12/.pfx) issued by a certificate
 * authority: OpenSSL 3 defaults (PBES2/AES-256-CBC, HMAC-SHA-256 MAC) and the legacy ciphers.
 * The key must be RSA (the CMS signer signs with RSA) and a certificate in the file must hold
 * its public key.
 */
export function importPkcs12(file: Buffer, password: string): KeyAndCertificate {
  const pfx = openPfx(file.toString('binary'), password);
  const keys = [...bagsOf(pfx, forge.pki.oids.pkcs8ShroudedKeyBag!), ...bagsOf(pfx, forge.pki.oids.keyBag!)].flatMap(
    (bag) => keyOf(bag) ?? [],
  );
  if (keys.length === 0) throw noKey('tệp chỉ có chứng thư, không có khóa bí mật', 'the file has no private key');
  const rsaKeys = keys.filter((key) => key.asymmetricKeyType === 'rsa');
  if (rsaKeys.length === 0) {
    throw noKey(
      `khóa loại ${keys[0]!.asymmetricKeyType ?? '?'}; chỉ hỗ trợ khóa RSA`,
      `the key is ${keys[0]!.asymmetricKeyType ?? '?'}; only RSA keys are supported`,
    );
  }
  const certificates = bagsOf(pfx, forge.pki.oids.certBag!).flatMap((bag) => certificateOf(bag) ?? []);
  for (const key of rsaKeys) {
    const certificate = certificates.find((candidate) => candidate.checkPrivateKey(key));
    if (certificate) {
      return {
        certificatePem: certificate.toString(),
        privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      };
    }
  }
  throw noKey(
    'không có chứng thư nào trong tệp khớp với khóa bí mật',
    'no certificate in the file matches the private key',
  );
}
