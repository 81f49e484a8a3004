import { rulesInWords } from '../../shared/counting/reconciliation';
import {
  recordSignature,
  canonicalResultOf,
  getSealRecord,
  insertSealRecord,
  isSealed,
  latestSeal,
  sealRecords,
} from './sealStore';
import { signWithIdentity, unlockIdentity } from '../signing';
import { auditTail, type WritableDB, type VaultStore } from '../vault';
import { randomUUID } from 'node:crypto';
import type { sealCalls } from '../../shared/contract/resultsCalls';
import type { ContestCountsInput } from '../../shared/counting/countingSchemas';
import type { ReconciliationLine } from '../../shared/counting/reconciliation';
import { fail, Failure } from '../../shared/errors';
import { canonicalResultJson } from '../../shared/results/canonicalResult';
import type { SealRecord } from '../../shared/results/resultSchemas';
import { type AirGapState, contestContext, refusedWhileOnline } from '../campaigns';
import { acknowledge, isCountingClosed, saveCounts, contestReconciliation } from '../counting';
import { type Handlers, signedInUser } from '../base/handlers';
import { tallyContest } from './contestTally';
import { resultDigest } from './resultDigest';

export interface SealOptions {
  /** While the machine is online, a campaign may refuse sealing, amending and signing. */
  readonly airGap: AirGapState;
  /** After a seal has committed (the automatic backup); its failure never undoes the seal. */
  readonly afterSeal?: (contestId: string) => void;
  readonly now?: () => Date;
  readonly reportError?: (error: unknown) => void;
}

/** A seal or amendment is refused while an error rule fails (warnings were settled when closing). */
function reconciliationErrors(lines: readonly ReconciliationLine[]): Failure<'SEAL_RECONCILIATION_FAILS'> | null {
  const errors = lines.filter((line) => line.severity === 'error' && !line.ok);
  return errors.length === 0 ? null : fail('SEAL_RECONCILIATION_FAILS', { reason: rulesInWords(errors) });
}

/** Writes one record (seal or amendment) with the canonical result of the contest as it now stands. */
function recordResult(
  db: WritableDB,
  userId: string,
  contestId: string,
  facts: { sequence: number; previousDigest: string | null; reason: string | null; envelopeSeal: string },
  sealedAt: string,
): SealRecord {
  // The chain's head as it stands before this seal's own entry: signed with the result.
  const auditAnchor = auditTail(db);
  const json = canonicalResultJson({ tally: tallyContest(db, contestId), ...facts, sealedAt, auditAnchor });
  const id = randomUUID();
  insertSealRecord(db, {
    id,
    contestId,
    ...facts,
    canonicalJson: json,
    digest: resultDigest(json),
    sealedBy: userId,
    sealedAt,
  });
  return getSealRecord(db, id);
}

/**
 * An amendment of a sealed contest as it now stands: a new record whose reason references the
 * previous digest, optionally correcting the counting record (re-checked by reconciliation) or
 * the envelope's seal number. Used by results.amend and by a correction's conclusion.
 */
export function amendResult(
  db: WritableDB,
  userId: string,
  contestId: string,
  change: { reason: string; counts?: ContestCountsInput | undefined; envelopeSeal?: string | undefined },
  at: string,
): SealRecord | Failure<'NOT_SEALED' | 'SEAL_RECONCILIATION_FAILS'> {
  const previous = latestSeal(db, contestId);
  if (!previous) return fail('NOT_SEALED');
  if (change.counts) saveCounts(db, contestId, change.counts, at);
  // The ballots may have changed too (a correction's batches): reconciliation checks both, and
  // a warning the change raises is acknowledged by the amendment's own written reason.
  const lines = contestReconciliation(db, contestId);
  const refused = reconciliationErrors(lines);
  if (refused) return refused;
  for (const line of lines)
    if (line.severity === 'warning' && !line.ok && !line.acknowledged)
      acknowledge(db, contestId, line.rule, change.reason, userId, at);
  return recordResult(
    db,
    userId,
    contestId,
    {
      sequence: previous.sequence + 1,
      previousDigest: previous.digest,
      reason: change.reason,
      envelopeSeal: change.envelopeSeal ?? previous.envelopeSeal,
    },
    at,
  );
}

export function createSealHandlers(store: VaultStore, options: SealOptions): Handlers<typeof sealCalls> {
  const now = options.now ?? (() => new Date());
  // A seal or an amendment has committed: the automatic backup follows; it never undoes them.
  const afterSeal = (contestId: string) => {
    try {
      options.afterSeal?.(contestId);
    } catch (error) {
      (options.reportError ?? ((problem) => console.error('afterSeal failed', problem)))(error);
    }
  };
  return {
    // The head seals a closed, reconciled contest; from then on the core refuses every change to it.
    'results.seal': ({ contestId, envelopeSeal }, call) => {
      const user = signedInUser(call);
      const record = store.write(
        user,
        'result.sealed',
        (sealed: SealRecord) => ({ contestId, sealId: sealed.id, digest: sealed.digest, envelopeSeal }),
        (db) => {
          const online = refusedWhileOnline(db, contestContext(db, contestId).campaignId, options.airGap);
          if (online) return online;
          if (isSealed(db, contestId)) return fail('ALREADY_SEALED');
          if (!isCountingClosed(db, contestId)) return fail('COUNTING_NOT_CLOSED');
          // Closing already required this; the seal checks again rather than trust the past.
          const refused = reconciliationErrors(contestReconciliation(db, contestId));
          if (refused) return refused;
          return recordResult(
            db,
            user.id,
            contestId,
            { sequence: 1, previousDigest: null, reason: null, envelopeSeal },
            now().toISOString(),
          );
        },
      );
      if (!(record instanceof Failure)) afterSeal(contestId);
      return record;
    },

    'results.amend': ({ contestId, reason, counts, envelopeSeal }, call) => {
      const user = signedInUser(call);
      const record = store.write(
        user,
        'result.amended',
        (amended: SealRecord) => ({
          contestId,
          sealId: amended.id,
          sequence: amended.sequence,
          digest: amended.digest,
          previousDigest: amended.previousDigest,
          reason,
          countsCorrected: counts !== undefined,
        }),
        (db) =>
          refusedWhileOnline(db, contestContext(db, contestId).campaignId, options.airGap) ??
          amendResult(db, user.id, contestId, { reason, counts, envelopeSeal }, now().toISOString()),
      );
      if (!(record instanceof Failure)) afterSeal(contestId);
      return record;
    },

    'results.seals': ({ contestId }) =>
      store.read((db) => {
        contestContext(db, contestId);
        return { records: sealRecords(db, contestId) };
      }),

    'results.canonical': ({ sealId }) => store.read((db) => canonicalResultOf(db, sealId)),
    // The key is opened by the passphrase typed for this signing, used once and dropped.
    'results.sign': async ({ sealId, passphrase }, call) => {
      const user = signedInUser(call);
      // Before the passphrase is tried: a refusal here says nothing about it.
      const online = store.read((db) =>
        refusedWhileOnline(db, contestContext(db, getSealRecord(db, sealId).contestId).campaignId, options.airGap),
      );
      if (online) return online;
      const unlocked = await unlockIdentity(store, user.id, passphrase);
      if (unlocked instanceof Failure) {
        // Someone tried the head's signature: the attempt stays in the log even though nothing was signed.
        if (unlocked.payload.code === 'SIGNING_PASSPHRASE_WRONG') {
          store.write(user, 'result.signRefused', { sealId }, () => undefined);
        }
        return unlocked;
      }
      const outcome = store.write(
        user,
        'result.signed',
        (signed: { digest: string; signer: string }) => ({ sealId, digest: signed.digest, signer: signed.signer }),
        (db) => {
          const record = getSealRecord(db, sealId);
          if (record.signed) return fail('ALREADY_SIGNED');
          const content = Buffer.from(canonicalResultOf(db, sealId).json, 'utf8');
          const signed = signWithIdentity(unlocked, content, now());
          recordSignature(db, sealId, signed);
          return { digest: record.digest, signer: signed.signerName };
        },
      );
      if (outcome instanceof Failure) return outcome;
      return { signed: true as const };
    },
  };
}
