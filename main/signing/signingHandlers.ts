import { sealSigningKey } from './keyEnvelope';
import { refuseOutsideValidity } from './signWithIdentity';
import type { signingCalls } from '../../shared/contract/signingCalls';
import type { SigningIdentity } from '../../shared/signing/signingSchemas';
import { listCampaigns } from '../campaigns';
import { type Handlers, signedInUser } from '../base/handlers';
import { describeCertificate } from './certificateInfo';
import { importPkcs12 } from './pkcs12Import';
import { generateSelfSignedIdentity } from './selfSignedIdentity';
import { identityOf, saveIdentity } from './signingIdentityStore';
import type { ReadableDB, ScryptCost, VaultStore } from '../vault';

/** The subject's O: the body that issued the latest campaign's plan, when there is one. */
function issuingBody(db: ReadableDB): string | null {
  const latest = listCampaigns(db).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return latest?.issuingBody.trim() || null;
}

function auditedIdentity(identity: SigningIdentity) {
  return { subject: identity.subject, issuer: identity.issuer, fingerprint: identity.fingerprint };
}

export interface SigningDependencies {
  readonly store: VaultStore;
  /** The cost of the key's passphrase derivation; lower only in tests (the envelope records it). */
  readonly scryptCost?: ScryptCost;
  readonly now?: () => Date;
}

export function createSigningHandlers({
  store,
  scryptCost,
  now = () => new Date(),
}: SigningDependencies): Handlers<typeof signingCalls> {
  return {
    'signing.identity': (_input, call) => {
      const user = signedInUser(call);
      return store.read((db) => {
        const stored = identityOf(db, user.id);
        return { identity: stored ? describeCertificate(stored.certificatePem) : null };
      });
    },

    // The new key is sealed under the head's own signing passphrase before it is stored.
    'signing.generate': async ({ name, post, passphrase }, call) => {
      const user = signedInUser(call);
      const organization = store.read(issuingBody);
      const generated = await generateSelfSignedIdentity({ name, post, organization, now: now() });
      const keyEnvelope = await sealSigningKey(generated.privateKeyPem, passphrase, user.id, scryptCost);
      const identity = describeCertificate(generated.certificatePem);
      store.write(user, 'signing.identityGenerated', auditedIdentity(identity), (db) =>
        saveIdentity(
          db,
          user.id,
          { name, post, source: 'generated', certificatePem: generated.certificatePem, keyEnvelope },
          now().toISOString(),
        ),
      );
      return identity;
    },

    'signing.importPkcs12': async ({ fileBase64, password, passphrase }, call) => {
      const user = signedInUser(call);
      const imported = importPkcs12(Buffer.from(fileBase64, 'base64'), password);
      refuseOutsideValidity(imported.certificatePem, now());
      const keyEnvelope = await sealSigningKey(imported.privateKeyPem, passphrase, user.id, scryptCost);
      const identity = describeCertificate(imported.certificatePem);
      store.write(user, 'signing.identityImported', auditedIdentity(identity), (db) =>
        saveIdentity(
          db,
          user.id,
          {
            name: identity.name,
            post: identity.post,
            source: 'pkcs12',
            certificatePem: imported.certificatePem,
            keyEnvelope,
          },
          now().toISOString(),
        ),
      );
      return identity;
    },
  };
}
