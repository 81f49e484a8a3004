import { message } from '../../shared/i18n/messages';
import { randomInt, randomUUID } from 'node:crypto';
import type { packageCalls } from '../../shared/contract/resultsCalls';
import { AppError, fail, Failure, type ErrorCode, type ErrorPayload } from '../../shared/errors';
import { digestGroups, sameGroup } from '../../shared/results/digestGroups';
import { canonicalResultSchema } from '../../shared/results/canonicalResult';
import { resultPackageExtension, resultPackageFormat, type ResultPackage } from '../../shared/results/resultPackage';
import { fileNamePart } from '../../shared/text/fileNames';
import { type CallContext, type Handlers, signedInUser } from '../base/handlers';
import { insertReceivedPackage, isReceived } from './receivedPackageStore';
import { isTrusted } from './trustedSignerStore';
import { canonicalResultOf, getSealRecord, signatureOf } from './sealStore';
import { checkResultPackage, type CheckedPackage } from './resultPackageCheck';
import type { VaultStore } from '../vault';

/** Two groups to type, chosen by the core; a few tries, then a new inspection with new groups. */
interface Challenge {
  readonly digest: string;
  readonly hidden: readonly [number, number];
  tries: number;
}
const triesPerChallenge = 3;

function twoPositions(count: number): [number, number] {
  const first = randomInt(count);
  let second = randomInt(count - 1);
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}

function decodeText(contentBase64: string): string | Failure<'PACKAGE_INVALID'> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(contentBase64, 'base64'));
  } catch {
    return fail('PACKAGE_INVALID', { reason: message('core.packageHandlers.theFileIsNot') });
  }
}

export function createPackageHandlers(
  store: VaultStore,
  now: () => Date = () => new Date(),
): Handlers<typeof packageCalls> {
  // Kept in the core, per session: accept succeeds only with the positions this core chose.
  const challenges = new Map<string, Challenge>();

  /** A refusal is audited in its own entry; nothing else is written. */
  const refuse = <Code extends ErrorCode>(
    call: CallContext,
    stage: 'inspect' | 'accept',
    refusal: Failure<Code>,
    digest?: string,
  ): Failure<Code> => {
    const { code, message: reason } = refusal.payload;
    store.write(
      signedInUser(call),
      'package.refused',
      { stage, code, digest: digest ?? null, reason: reason.en },
      () => undefined,
    );
    return refusal;
  };

  const check = (
    call: CallContext,
    stage: 'inspect' | 'accept',
    contentBase64: string,
  ): CheckedPackage | Failure<'PACKAGE_INVALID'> => {
    const text = decodeText(contentBase64);
    if (text instanceof Failure) return refuse(call, stage, text);
    try {
      return checkResultPackage(text);
    } catch (error) {
      if (error instanceof AppError && error.payload.code === 'PACKAGE_INVALID')
        return refuse(call, stage, new Failure(error.payload as ErrorPayload<'PACKAGE_INVALID'>));
      throw error;
    }
  };

  /** Only a signer on the district's register is received: anyone can make a certificate with the head's name. */
  const refuseUntrusted = (
    call: CallContext,
    stage: 'inspect' | 'accept',
    checked: CheckedPackage,
  ): Failure<'SIGNER_NOT_TRUSTED'> | null =>
    store.read((db) => isTrusted(db, checked.fingerprintHex))
      ? null
      : refuse(
          call,
          stage,
          fail('SIGNER_NOT_TRUSTED', { signer: checked.signer, fingerprint: checked.fingerprint }),
          checked.digest,
        );

  return {
    'results.exportPackage': ({ sealId }, call) => {
      const exported = store.write(
        signedInUser(call),
        'package.exported',
        (exported: { fileName: string; digest: string }) => ({
          sealId,
          digest: exported.digest,
          fileName: exported.fileName,
        }),
        (db) => {
          const record = getSealRecord(db, sealId);
          const signed = signatureOf(db, sealId);
          if (!signed) return fail('NOT_SIGNED');
          const { json, digest } = canonicalResultOf(db, sealId);
          const { tally } = canonicalResultSchema.parse(JSON.parse(json));
          const resultPackage: ResultPackage = {
            format: resultPackageFormat,
            result: json,
            digest,
            signature: signed.signature.toString('base64'),
            certificate: signed.certificatePem,
          };
          const fileName = `${fileNamePart(tally.unitName, 'ket-qua')}-${fileNamePart(tally.subjectName, 'ket-qua')}-${record.sequence}${resultPackageExtension}`;
          return {
            fileName,
            digest,
            contentBase64: Buffer.from(`${JSON.stringify(resultPackage, null, 2)}\n`, 'utf8').toString('base64'),
          };
        },
      );
      if (exported instanceof Failure) return exported;
      return { fileName: exported.fileName, contentBase64: exported.contentBase64 };
    },

    'results.verifyPackage': ({ content }) => {
      const checked = checkResultPackage(content);
      const { tally, sequence, envelopeSeal, reason } = checked.result;
      return {
        campaignName: tally.campaignName,
        unitName: tally.unitName,
        subjectName: tally.subjectName,
        sequence,
        envelopeSeal,
        reason,
        digest: checked.digest,
        signer: checked.signer,
        signingTime: checked.signingTime?.toISOString() ?? null,
        fingerprint: checked.fingerprint,
        parts: {
          resultJson: checked.package.result,
          signatureBase64: checked.package.signature,
          certificatePem: checked.package.certificate,
        },
      };
    },

    // The screen shows the digest with two groups hidden; the operator reads them from the paper.
    'results.inspectPackage': ({ contentBase64 }, call) => {
      const checked = check(call, 'inspect', contentBase64);
      if (checked instanceof Failure) return checked;
      const untrusted = refuseUntrusted(call, 'inspect', checked);
      if (untrusted) return untrusted;
      const groups = digestGroups(checked.digest);
      const hidden = twoPositions(groups.length);
      challenges.set(call.session.id, { digest: checked.digest, hidden, tries: 0 });
      const { result } = checked;
      return {
        contestId: result.tally.contestId,
        campaignName: result.tally.campaignName,
        unitName: result.tally.unitName,
        subjectName: result.tally.subjectName,
        sequence: result.sequence,
        signatureValid: true,
        signer: checked.signer,
        fingerprint: checked.fingerprint,
        signedAt: checked.signingTime?.toISOString() ?? null,
        envelopeSeal: result.envelopeSeal,
        reason: result.reason,
        digestGroups: groups.map((group, index) => (hidden.includes(index) ? null : group)),
        hidden: [...hidden],
      };
    },

    'results.acceptPackage': ({ contentBase64, hidden, typed }, call) => {
      const user = signedInUser(call);
      const checked = check(call, 'accept', contentBase64);
      if (checked instanceof Failure) return checked;
      const untrusted = refuseUntrusted(call, 'accept', checked);
      if (untrusted) return untrusted;
      const challenge = challenges.get(call.session.id);
      if (
        !challenge ||
        challenge.digest !== checked.digest ||
        challenge.hidden[0] !== hidden[0] ||
        challenge.hidden[1] !== hidden[1]
      ) {
        return refuse(call, 'accept', fail('PACKAGE_NOT_INSPECTED'), checked.digest);
      }
      const groups = digestGroups(checked.digest);
      const right = challenge.hidden.every((position, index) => sameGroup(typed[index] ?? '', groups[position]!));
      if (!right) {
        challenge.tries += 1;
        if (challenge.tries >= triesPerChallenge) challenges.delete(call.session.id);
        return refuse(call, 'accept', fail('DIGEST_GROUPS_WRONG'), checked.digest);
      }
      const { result } = checked;
      const accepted = store.write(
        user,
        'package.accepted',
        {
          digest: checked.digest,
          contestId: result.tally.contestId,
          sequence: result.sequence,
          signer: checked.signer,
          fingerprint: checked.fingerprint,
        },
        (db) => {
          if (isReceived(db, result.tally.contestId, checked.digest)) return fail('PACKAGE_ALREADY_RECEIVED');
          insertReceivedPackage(db, {
            id: randomUUID(),
            digest: checked.digest,
            contestId: result.tally.contestId,
            sequence: result.sequence,
            package: JSON.stringify(checked.package),
            signerFingerprint: checked.fingerprintHex,
            acceptedBy: user.id,
            acceptedAt: now().toISOString(),
          });
          return { accepted: true as const, digest: checked.digest };
        },
      );
      if (!(accepted instanceof Failure)) challenges.delete(call.session.id);
      return accepted;
    },
  };
}
