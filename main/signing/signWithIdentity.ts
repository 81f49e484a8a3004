import { X509Certificate } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ReadableDB } from '../vault';
import { signerNameOf } from './certificateInfo';
import { signDetached, verifyDetached } from './cmsSignature';
import { identityOf, privateKeyOf } from './signingIdentityStore';

export interface DetachedSignature {
  readonly signature: Buffer;
  readonly certificatePem: string;
  readonly signerName: string;
  readonly signedAt: string;
}

export function refuseOutsideValidity(certificatePem: string, at: Date): void {
  const certificate = new X509Certificate(certificatePem);
  const from = new Date(certificate.validFrom);
  const to = new Date(certificate.validTo);
  if (at < from || at > to) {
    throw new AppError('CERTIFICATE_NOT_VALID_NOW', {
      from: from.toISOString().slice(0, 10),
      to: to.toISOString().slice(0, 10),
    });
  }
}

/**
 * A detached CMS signature by the user's own signing identity over `content`. The key is read,
 * used and dropped here; no call returns it.
 */
export function signWithIdentity(db: ReadableDB, userId: string, content: Buffer, at: Date): DetachedSignature {
  const identity = identityOf(db, userId);
  const privateKeyPem = privateKeyOf(db, userId);
  if (!identity || !privateKeyPem) throw new AppError('NO_SIGNING_IDENTITY');
  refuseOutsideValidity(identity.certificatePem, at);
  const signature = signDetached(content, privateKeyPem, identity.certificatePem, at);
  // A signature that would not verify is a bug, never something to hand over.
  const check = verifyDetached(content, signature, identity.certificatePem);
  if (!check.valid) throw new Error(`own signature does not verify: ${check.reason.en}`);
  return {
    signature,
    certificatePem: identity.certificatePem,
    signerName: signerNameOf(new X509Certificate(identity.certificatePem)),
    signedAt: at.toISOString(),
  };
}
