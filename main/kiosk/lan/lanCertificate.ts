import { generateKeyPair, randomBytes, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { promisify } from 'node:util';
import forge from 'node-forge';

export interface ConferenceCertificate {
  readonly certificatePem: string;
  /** PKCS#8; kept in the vault, handed only to this process's TLS listener. */
  readonly privateKeyPem: string;
  /** SHA-256 of the DER, "AB:CD:…": what the slips print and a phone's browser shows. */
  readonly fingerprint: string;
}

const validityDays = 366;

export const fingerprintOf = (certificatePem: string): string => new X509Certificate(certificatePem).fingerprint256;

/**
 * The TLS certificate of one conference's hall network: self-signed (no authority reaches a
 * closed network), RSA 2048 from Node's generator, SHA-256, for a server only, naming the
 * conference and the address it was made for. A phone's browser warns about any self-signed
 * certificate; the fingerprint on the slip is how the voter or the head checks it is this one.
 */
export async function makeConferenceCertificate(
  unitName: string,
  address: string,
  now: Date,
): Promise<ConferenceCertificate> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  certificate.serialNumber = `01${randomBytes(16).toString('hex')}`;
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(now.getTime() + validityDays * 86_400_000);
  const utf8 = forge.asn1.Type.UTF8;
  const subject = [
    { shortName: 'CN', value: `Kiểm phiếu — ${unitName}`.slice(0, 64), valueTagClass: utf8 },
    { shortName: 'C', value: 'VN' },
  ] as forge.pki.CertificateField[];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  const addressName = isIP(address) ? { type: 7, ip: address } : { type: 2, value: address };
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [addressName] },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(certificate);
  return { certificatePem, privateKeyPem, fingerprint: fingerprintOf(certificatePem) };
}
