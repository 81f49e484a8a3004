import type { signerCalls } from '../../shared/contract/resultsCalls';
import { fail, Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import { resultPackageSchema } from '../../shared/results/resultPackage';
import {
  normalizeFingerprint,
  signerRegisterFileSchema,
  signerRegisterFormat,
  type SignerRegisterFile,
} from '../../shared/results/signerRegister';
import { type Handlers, signedInUser } from '../base/handlers';
import { signerNameOf } from '../signing';
import { X509Certificate } from 'node:crypto';
import { receivedCampaign, receivedCampaigns } from './receivedResults';
import { listReceivedPackages, receivedPackage, withdrawReceivedPackage } from './receivedPackageStore';
import { distrustSigner, listTrustedSigners, trustSigner } from './trustedSignerStore';
import type { VaultStore } from '../vault';

/** The names a received package shows, read from what it carries (it was checked when accepted). */
function describePackage(packageJson: string) {
  const carried = resultPackageSchema.parse(JSON.parse(packageJson));
  const { tally } = canonicalResultSchema.parse(JSON.parse(carried.result));
  return {
    unitName: tally.unitName,
    subjectName: tally.subjectName,
    signer: signerNameOf(new X509Certificate(carried.certificate)),
  };
}

function readRegister(contentBase64: string): SignerRegisterFile | Failure<'SIGNER_REGISTER_INVALID'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(contentBase64, 'base64')));
  } catch {
    return fail('SIGNER_REGISTER_INVALID', { reason: message('core.signerRegister.notJson') });
  }
  const register = signerRegisterFileSchema.safeParse(parsed);
  if (register.success) return register.data;
  const format = (parsed as { format?: unknown } | null)?.format;
  return fail('SIGNER_REGISTER_INVALID', {
    reason:
      format === signerRegisterFormat
        ? message('core.signerRegister.fields')
        : message('core.signerRegister.format', { found: String(format), expected: signerRegisterFormat }),
  });
}

export function createSignerHandlers(
  store: VaultStore,
  now: () => Date = () => new Date(),
): Handlers<typeof signerCalls> {
  return {
    'results.listTrustedSigners': () => store.read((db) => ({ signers: listTrustedSigners(db) })),

    'results.trustSigner': ({ name, fingerprint: typed, note }, call) => {
      const fingerprint = normalizeFingerprint(typed);
      if (!fingerprint) return fail('SIGNER_FINGERPRINT_INVALID');
      const user = signedInUser(call);
      return store.write(user, 'signer.trusted', { fingerprint, name, source: 'typed' }, (db) =>
        trustSigner(db, { fingerprint, name, note, source: 'typed', by: user.id, at: now().toISOString() })
          ? { fingerprint }
          : fail('SIGNER_ALREADY_TRUSTED'),
      );
    },

    'results.distrustSigner': ({ fingerprint: typed }, call) => {
      const fingerprint = normalizeFingerprint(typed);
      if (!fingerprint) return fail('SIGNER_FINGERPRINT_INVALID');
      const user = signedInUser(call);
      return store.write(user, 'signer.distrusted', { fingerprint }, (db) =>
        distrustSigner(db, fingerprint, user.id, now().toISOString())
          ? { removed: true as const }
          : fail('NOT_FOUND', { what: message('core.signerRegister.signer') }),
      );
    },

    'results.exportSignerRegister': (_input, call) => {
      const register = store.write(
        signedInUser(call),
        'signer.registerExported',
        (written: SignerRegisterFile) => ({ signers: written.signers.length }),
        (db): SignerRegisterFile => ({
          format: signerRegisterFormat,
          exportedAt: now().toISOString(),
          signers: listTrustedSigners(db).map(({ fingerprint, name, note }) => ({ fingerprint, name, note })),
        }),
      );
      return {
        fileName: `nguoi-ky-tin-cay-${register.exportedAt.slice(0, 10)}.json`,
        contentBase64: Buffer.from(`${JSON.stringify(register, null, 2)}\n`, 'utf8').toString('base64'),
      };
    },

    'results.importSignerRegister': ({ contentBase64 }, call) => {
      const register = readRegister(contentBase64);
      if (register instanceof Failure) return register;
      const user = signedInUser(call);
      return store.write(
        user,
        'signer.registerImported',
        (counts: { added: number; alreadyTrusted: number }) => ({
          ...counts,
          fingerprints: register.signers.map((signer) => signer.fingerprint),
        }),
        (db) => {
          let added = 0;
          const at = now().toISOString();
          for (const signer of register.signers)
            if (trustSigner(db, { ...signer, source: 'register', by: user.id, at })) added += 1;
          return { added, alreadyTrusted: register.signers.length - added };
        },
      );
    },

    'results.listReceivedPackages': () => store.read((db) => ({ packages: listReceivedPackages(db, describePackage) })),
    'results.receivedCampaigns': () => store.read((db) => receivedCampaigns(db)),
    'results.receivedCampaign': ({ campaignId }) => store.read((db) => receivedCampaign(db, campaignId)),

    'results.withdrawPackage': ({ receivedId, reason }, call) => {
      const user = signedInUser(call);
      const withdrawn = store.write(
        user,
        'package.withdrawn',
        (received: { contestId: string; digest: string }) => ({ receivedId, ...received, reason }),
        (db) => {
          const received = receivedPackage(db, receivedId);
          if (!received) return fail('NOT_FOUND', { what: message('core.receivedPackage') });
          if (received.withdrawn) return fail('PACKAGE_ALREADY_WITHDRAWN');
          withdrawReceivedPackage(db, receivedId, user.id, now().toISOString(), reason);
          return { contestId: received.contestId, digest: received.digest };
        },
      );
      return withdrawn instanceof Failure ? withdrawn : { withdrawn: true as const };
    },
  };
}
