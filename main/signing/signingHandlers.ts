import { X509Certificate } from 'node:crypto';
import type { AppContract } from '../../shared/contract';
import type { SigningIdentity } from '../../shared/signing/signingSchemas';
import { AppError } from '../../shared/errors';
import { listCampaigns } from '../campaigns/campaignStore';
import type { Handlers } from '../core/dispatcher';
import { canonicalResultOf, getSealRecord, recordSignature } from '../results/sealStore';
import { describeCertificate, signerNameOf } from './certificateInfo';
import { signDetached, verifyDetached } from './cmsSignature';
import { importPkcs12 } from './pkcs12Import';
import { generateSelfSignedIdentity } from './selfSignedIdentity';
import { identityOf, privateKeyOf, saveIdentity } from './signingIdentityStore';
import type { VaultDatabase } from '../vault/database/openDatabase';
import type { Vault } from '../vault/vault';
import { signedInUser } from '../base/signedInUser';

type SigningHandlers = Pick<
  Handlers<AppContract>,
  'signing.identity' | 'signing.generate' | 'signing.importPkcs12' | 'results.sign'
>;

/** The subject's O: the body that issued the latest campaign's plan, when there is one. */
function issuingBody(db: VaultDatabase): string | null {
  const latest = listCampaigns(db).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return latest?.issuingBody.trim() || null;
}

function refuseOutsideValidity(certificatePem: string, at: Date): void {
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

function auditedIdentity(identity: SigningIdentity) {
  return { subject: identity.subject, issuer: identity.issuer, fingerprint: identity.fingerprint };
}

export function createSigningService(vault: Vault, now: () => Date = () => new Date()): SigningHandlers {
  return {
    'signing.identity': (_input, call) => {
      const user = signedInUser(call);
      return vault.read((db) => {
        const stored = identityOf(db, user.id);
        return { identity: stored ? describeCertificate(stored.certificatePem) : null };
      });
    },

    'signing.generate': async ({ name, post }, call) => {
      const user = signedInUser(call);
      const organization = vault.read(issuingBody);
      const generated = await generateSelfSignedIdentity({ name, post, organization, now: now() });
      const identity = describeCertificate(generated.certificatePem);
      vault.write(user, 'signing.identityGenerated', auditedIdentity(identity), (db) =>
        saveIdentity(db, user.id, { name, post, source: 'generated', ...generated }, now().toISOString()),
      );
      return identity;
    },

    'signing.importPkcs12': ({ fileBase64, password }, call) => {
      const user = signedInUser(call);
      const imported = importPkcs12(Buffer.from(fileBase64, 'base64'), password);
      refuseOutsideValidity(imported.certificatePem, now());
      const identity = describeCertificate(imported.certificatePem);
      vault.write(user, 'signing.identityImported', auditedIdentity(identity), (db) =>
        saveIdentity(
          db,
          user.id,
          { name: identity.name, post: identity.post, source: 'pkcs12', ...imported },
          now().toISOString(),
        ),
      );
      return identity;
    },

    // The key is read, used and dropped inside the one write that records the signature.
    'results.sign': ({ sealId }, call) => {
      const user = signedInUser(call);
      vault.write(
        user,
        'result.signed',
        (signed: { digest: string; signer: string }) => ({ sealId, digest: signed.digest, signer: signed.signer }),
        (db) => {
          const record = getSealRecord(db, sealId);
          if (record.signed) throw new AppError('ALREADY_SIGNED');
          const identity = identityOf(db, user.id);
          const privateKeyPem = privateKeyOf(db, user.id);
          if (!identity || !privateKeyPem) throw new AppError('NO_SIGNING_IDENTITY');
          const signingTime = now();
          refuseOutsideValidity(identity.certificatePem, signingTime);
          const content = Buffer.from(canonicalResultOf(db, sealId).json, 'utf8');
          const signature = signDetached(content, privateKeyPem, identity.certificatePem, signingTime);
          // A signature that would not verify is a bug, never something to hand over.
          const check = verifyDetached(content, signature, identity.certificatePem);
          if (!check.valid) throw new Error(`own signature does not verify: ${check.reason.en}`);
          const signer = signerNameOf(new X509Certificate(identity.certificatePem));
          recordSignature(db, sealId, {
            signature,
            certificatePem: identity.certificatePem,
            signerName: signer,
            signedAt: signingTime.toISOString(),
          });
          return { digest: record.digest, signer };
        },
      );
      return { signed: true as const };
    },
  };
}
