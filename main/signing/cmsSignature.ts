import { createHash, timingSafeEqual, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { Bilingual } from '../../shared/i18n/language';

const { asn1 } = forge;
const oids = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};

/**
 * A detached CMS (PKCS#7) SignedData over `content`, in DER: SHA-256, RSA, one signer, the
 * certificate included, and the authenticated attributes contentType, messageDigest and
 * signingTime — what `openssl cms -verify -binary -content …` checks.
 */
export function signDetached(
  content: Buffer,
  privateKeyPem: string,
  certificatePem: string,
  signingTime: Date,
): Buffer {
  const certificate = forge.pki.certificateFromPem(certificatePem);
  const signed = forge.pkcs7.createSignedData();
  signed.content = forge.util.createBuffer(content.toString('binary'));
  signed.addCertificate(certificate);
  signed.addSigner({
    key: forge.pki.privateKeyFromPem(privateKeyPem),
    certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
    ],
  });
  signed.sign({ detached: true });
  const contentInfo = signed.toAsn1();
  useIssuerAsIssued(contentInfo, certificate);
  return Buffer.from(asn1.toDer(contentInfo).getBytes(), 'binary');
}

/**
 * forge writes the signer's issuer name by re-encoding the parsed attributes, which encodes a
 * UTF8String twice (every Vietnamese name) and may change other string types, so openssl would
 * not find the signer's certificate. The issuer goes in exactly as the certificate holds it;
 * the identifier is not among the signed attributes, so the signature is unaffected.
 */
function useIssuerAsIssued(contentInfo: forge.asn1.Asn1, certificate: forge.pki.Certificate): void {
  const tbs = children(
    (certificate as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate,
    'TBSCertificate',
  );
  const issuer = tbs[isContext(tbs[0], 0) ? 3 : 2];
  const signedData = children(children(children(contentInfo, 'ContentInfo')[1], 'content')[0], 'SignedData');
  const signerInfo = children(signedData[signedData.length - 1], 'SignerInfos')[0];
  const issuerAndSerial = children(children(signerInfo, 'SignerInfo')[1], 'IssuerAndSerialNumber');
  if (!issuer) throw new Malformed('certificate without issuer');
  issuerAndSerial[0] = issuer;
}

export type SignatureCheck =
  { readonly valid: true; readonly signingTime: Date | null } | { readonly valid: false; readonly reason: Bilingual };

class Malformed extends Error {}

function children(node: forge.asn1.Asn1 | undefined, what: string): forge.asn1.Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new Malformed(what);
  return node.value;
}

function bytes(node: forge.asn1.Asn1 | undefined, what: string): string {
  if (!node || typeof node.value !== 'string') throw new Malformed(what);
  return node.value;
}

function oidOf(node: forge.asn1.Asn1 | undefined, what: string): string {
  if (!node || node.type !== asn1.Type.OID) throw new Malformed(what);
  return asn1.derToOid(bytes(node, what));
}

function isContext(node: forge.asn1.Asn1 | undefined, tag: number): boolean {
  return node?.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
}

function attributeValue(attributes: forge.asn1.Asn1[], oid: string): forge.asn1.Asn1 | undefined {
  const found = attributes.filter((attribute) => oidOf(children(attribute, 'attribute')[0], 'attribute type') === oid);
  if (found.length > 1) throw new Malformed(`attribute ${oid} repeated`);
  const values = found[0] ? children(children(found[0], 'attribute')[1], 'attribute values') : [];
  if (values.length > 1) throw new Malformed(`attribute ${oid} has several values`);
  return values[0];
}

function invalid(vi: string, en: string): SignatureCheck {
  return { valid: false, reason: { vi, en } };
}

function trimSerial(hex: string): string {
  return hex.toLowerCase().replace(/^(00)+(?=.)/, '');
}

function serialHex(value: string): string {
  return trimSerial(forge.util.bytesToHex(value));
}

/**
 * Checks a detached CMS signature over `content` by the holder of `certificatePem`, fully:
 * node-forge reads the structure, and the checks forge leaves out are made here with Node's
 * crypto — the messageDigest attribute equals SHA-256 of the content, and the RSA signature over
 * the DER of the authenticated attributes verifies with the certificate's key.
 */
export function verifyDetached(content: Buffer, signatureDer: Buffer, certificatePem: string): SignatureCheck {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch {
    return invalid('chứng thư không đọc được', 'the certificate cannot be read');
  }
  try {
    let root: forge.asn1.Asn1;
    try {
      root = asn1.fromDer(signatureDer.toString('binary'), true);
    } catch {
      throw new Malformed('not DER');
    }
    const [type, wrapped] = children(root, 'ContentInfo');
    if (oidOf(type, 'content type') !== oids.signedData || !isContext(wrapped, 0))
      throw new Malformed('not SignedData');
    const signedData = children(children(wrapped, 'SignedData')[0], 'SignedData');
    const encapsulated = children(signedData[2], 'EncapsulatedContentInfo');
    if (oidOf(encapsulated[0], 'eContentType') !== oids.data) throw new Malformed('content type is not data');
    if (encapsulated.length > 1)
      return invalid('chữ ký không tách rời (có kèm nội dung)', 'the signature is not detached');
    const signerInfos = children(signedData[signedData.length - 1], 'SignerInfos');
    if (signerInfos.length !== 1)
      return invalid('chữ ký phải có đúng một người ký', 'the signature must have one signer');
    const [, signerId, digestAlgorithm, signedAttributes, signatureAlgorithm, signatureValue] = children(
      signerInfos[0],
      'SignerInfo',
    );
    if (oidOf(children(digestAlgorithm, 'digestAlgorithm')[0], 'digest algorithm') !== oids.sha256) {
      return invalid('thuật toán băm không phải SHA-256', 'the digest algorithm is not SHA-256');
    }
    const algorithm = oidOf(children(signatureAlgorithm, 'signatureAlgorithm')[0], 'signature algorithm');
    if (algorithm !== oids.rsaEncryption && algorithm !== oids.sha256WithRsa) {
      return invalid('thuật toán ký không phải RSA', 'the signature algorithm is not RSA');
    }
    if (!isContext(signedAttributes, 0)) {
      return invalid('chữ ký thiếu các thuộc tính được ký', 'the signature has no signed attributes');
    }
    const issuerAndSerial = children(signerId, 'SignerIdentifier');
    if (serialHex(bytes(issuerAndSerial[1], 'serial number')) !== trimSerial(certificate.serialNumber)) {
      return invalid('chữ ký không phải của chứng thư kèm theo', 'the signature is not by the certificate included');
    }
    const attributes = children(signedAttributes, 'signed attributes');
    const contentType = attributeValue(attributes, oids.contentType);
    if (!contentType || oidOf(contentType, 'contentType') !== oids.data) {
      return invalid('thuộc tính loại nội dung sai', 'the contentType attribute is wrong');
    }
    const messageDigest = attributeValue(attributes, oids.messageDigest);
    const expected = createHash('sha256').update(content).digest();
    const recorded = Buffer.from(bytes(messageDigest, 'messageDigest'), 'binary');
    if (recorded.length !== expected.length || !timingSafeEqual(recorded, expected)) {
      return invalid(
        'nội dung đã bị thay đổi sau khi ký (mã băm không khớp)',
        'the content changed after signing (digest mismatch)',
      );
    }
    // What was signed is the DER of the attributes as a SET, not the implicit [0] they travel in.
    const signedBytes = Buffer.from(
      asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, attributes)).getBytes(),
      'binary',
    );
    const signature = Buffer.from(bytes(signatureValue, 'signature'), 'binary');
    if (!verify('sha256', signedBytes, certificate.publicKey, signature)) {
      return invalid('chữ ký số không đúng', 'the digital signature does not verify');
    }
    const time = attributeValue(attributes, oids.signingTime);
    const signingTime =
      time?.type === asn1.Type.UTCTIME
        ? asn1.utcTimeToDate(bytes(time, 'signingTime'))
        : time?.type === asn1.Type.GENERALIZEDTIME
          ? asn1.generalizedTimeToDate(bytes(time, 'signingTime'))
          : null;
    return { valid: true, signingTime };
  } catch (error) {
    if (error instanceof Error) {
      return invalid(
        `tệp chữ ký không đúng cấu trúc CMS (${error.message})`,
        `the signature is not a well-formed CMS structure (${error.message})`,
      );
    }
    throw error;
  }
}
