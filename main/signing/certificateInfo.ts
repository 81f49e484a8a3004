import { X509Certificate } from 'node:crypto';
import type { SigningIdentity } from '../../shared/signing/signingSchemas';
import { formatDigest } from '../../shared/results/digestGroups';

/** Node's distinguished name text: one `key=value` per line. */
function fieldsOf(distinguishedName: string): Array<[string, string]> {
  return distinguishedName
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}

function fieldOf(distinguishedName: string, key: string): string | null {
  return fieldsOf(distinguishedName).find(([name]) => name === key)?.[1] ?? null;
}

function oneLine(distinguishedName: string): string {
  return fieldsOf(distinguishedName)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

/** SHA-256 of the certificate (DER), 64 lower-case hex digits: how the district's register keys a signer. */
export function certificateFingerprintHex(certificate: X509Certificate): string {
  return certificate.fingerprint256.replaceAll(':', '').toLowerCase();
}

/** The same, in groups of four, as screens and prints show it. */
export function certificateFingerprint(certificate: X509Certificate): string {
  return formatDigest(certificateFingerprintHex(certificate));
}

/** The name on a certificate: its common name, or the whole subject when it has none. */
export function signerNameOf(certificate: X509Certificate): string {
  return fieldOf(certificate.subject, 'CN') ?? oneLine(certificate.subject);
}

/** Issued by its own key (checkIssued would also ask for a CA's key usage, which a signing certificate lacks). */
export function isSelfSigned(certificate: X509Certificate): boolean {
  return certificate.subject === certificate.issuer && certificate.verify(certificate.publicKey);
}

/** What the screen shows of a signing certificate; never anything of the key. */
export function describeCertificate(certificatePem: string): SigningIdentity {
  const certificate = new X509Certificate(certificatePem);
  return {
    name: signerNameOf(certificate),
    post: fieldOf(certificate.subject, 'title') ?? '',
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    selfSigned: isSelfSigned(certificate),
    notBefore: new Date(certificate.validFrom).toISOString(),
    notAfter: new Date(certificate.validTo).toISOString(),
    fingerprint: certificateFingerprint(certificate),
    certificatePem: certificate.toString(),
  };
}
