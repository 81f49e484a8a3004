import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

export interface NewIdentityInput {
  readonly name: string;
  readonly post: string;
  /** The body issuing the campaign's plan, when known (subject O). */
  readonly organization: string | null;
  readonly now: Date;
}

export interface KeyAndCertificate {
  readonly certificatePem: string;
  /** PKCS#8; stays inside the vault. */
  readonly privateKeyPem: string;
}

const validityYears = 5;

/**
 * A head's own signing identity: an RSA 3072 key (Node's generator) and a self-signed X.509
 * certificate (node-forge) naming the head (CN) and the post (title), SHA-256, for signing only.
 * Self-signed, so a district trusts it by the fingerprint and the digest on the paper minutes.
 */
export async function generateSelfSignedIdentity({
  name,
  post,
  organization,
  now,
}: NewIdentityInput): Promise<KeyAndCertificate> {
  // Off the main thread: a 3072-bit prime search takes a second or more and the windows stay live.
  const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 3072 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(privateKeyPem);

  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // Positive (leading 0x01), 128 random bits: unique without a registry.
  certificate.serialNumber = `01${randomBytes(16).toString('hex')}`;
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + validityYears);
  certificate.validity.notAfter = notAfter;
  // forge encodes UTF8String values itself, so the names go in as ordinary strings.
  const utf8 = forge.asn1.Type.UTF8;
  const subject = [
    { shortName: 'CN', value: name, valueTagClass: utf8 },
    { name: 'title', value: post, valueTagClass: utf8 },
    ...(organization ? [{ shortName: 'O', value: organization, valueTagClass: utf8 }] : []),
    { shortName: 'C', value: 'VN' },
  ] as forge.pki.CertificateField[];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(forgeKey, forge.md.sha256.create());
  return { certificatePem: forge.pki.certificateToPem(certificate), privateKeyPem };
}
