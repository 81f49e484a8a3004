import { X509Certificate } from 'node:crypto';
import { AppError, fail, type Failure } from '../../shared/errors';
import type { VaultStore } from '../vault';
import { signerNameOf } from './certificateInfo';
import { signDetached, verifyDetached } from './cmsSignature';
import { openSigningKey } from './keyEnvelope';
import { identityOf, keyEnvelopeOf } from './signingIdentityStore';

export interface DetachedSignature {
  readonly signature: Buffer;
  readonly certificatePem: string;
  readonly signerName: string;
  readonly signedAt: string;
}

/** A head's identity with its key opened by the head's passphrase, for the one signing at hand. */
export interface UnlockedIdentity {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
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
 * Opens the user's own signing key with the passphrase typed for this signing. The vault holds
 * the key sealed; nothing else the vault holds opens it.
 */
export async function unlockIdentity(
  store: VaultStore,
  userId: string,
  passphrase: string,
): Promise<UnlockedIdentity | Failure<'NO_SIGNING_IDENTITY' | 'SIGNING_PASSPHRASE_WRONG'>> {
  const stored = store.read((db) => {
    const identity = identityOf(db, userId);
    const envelope = keyEnvelopeOf(db, userId);
    return identity && envelope ? { certificatePem: identity.certificatePem, envelope } : null;
  });
  if (!stored) return fail('NO_SIGNING_IDENTITY');
  const privateKeyPem = await openSigningKey(stored.envelope, passphrase, userId);
  return privateKeyPem ? { certificatePem: stored.certificatePem, privateKeyPem } : fail('SIGNING_PASSPHRASE_WRONG');
}

/** A detached CMS signature over `content` by an unlocked identity, checked before it is handed out. */
export function signWithIdentity(identity: UnlockedIdentity, content: Buffer, at: Date): DetachedSignature {
  refuseOutsideValidity(identity.certificatePem, at);
  const signature = signDetached(content, identity.privateKeyPem, identity.certificatePem, at);
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
