import { correctionKindLabels, type Correction } from '../../shared/corrections/correctionSchemas';
import type { correctionsCalls } from '../../shared/contract/correctionsCalls';
import { fail, Failure } from '../../shared/errors';
import { type AirGapState, contestContext, refusedWhileOnline } from '../campaigns';
import {
  batchSummary,
  correctionBatchesOf,
  countCorrectionBatches,
  createCorrectionBatch,
  rekeyRefusal,
  setAsideCorrectionBatches,
} from '../counting';
import { amendResult, latestSeal } from '../results';
import { type Handlers, signedInUser } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';
import {
  concludeCorrection,
  correctionRows,
  getCorrection,
  insertCorrection,
  openCorrectionOf,
  recordFindings,
} from './correctionStore';
import { correctionView } from './correctionView';

export interface CorrectionOptions {
  /** While the machine is online, a campaign may refuse concluding (it seals an amendment). */
  readonly airGap: AirGapState;
  /** After an amendment has committed (the automatic backup); its failure never undoes it. */
  readonly afterAmend?: (contestId: string) => void;
  readonly now?: () => Date;
}

/** The correction, still open: every step but the opening needs it so. */
function openCorrection(db: ReadableDB, correctionId: string) {
  const row = getCorrection(db, correctionId);
  return row.outcome === null ? row : fail('CORRECTION_CONCLUDED');
}

const view = (db: ReadableDB, correctionId: string): Correction => correctionView(db, getCorrection(db, correctionId));

/** The amendment's reason: the correction's number, its reason and what it found, as the minutes say. */
function amendmentReason(
  correction: { number: number; kind: keyof typeof correctionKindLabels; reason: string },
  findings: string,
) {
  const text = `Điều chỉnh số ${correction.number} (${correctionKindLabels[correction.kind].vi}): ${correction.reason} — Kết luận: ${findings}`;
  return text.length <= 2000 ? text : `${text.slice(0, 1999)}…`;
}

export function createCorrectionsHandlers(
  store: VaultStore,
  options: CorrectionOptions,
): Handlers<typeof correctionsCalls> {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  return {
    'corrections.list': ({ contestId }) =>
      store.read((db) => {
        contestContext(db, contestId);
        return correctionRows(db, contestId).map((row) => correctionView(db, row));
      }),

    // Only a sealed contest is corrected, one correction at a time; the record in force is noted.
    'corrections.open': ({ contestId, kind, reason }, call) => {
      const user = signedInUser(call);
      return store.write(
        user,
        'correction.opened',
        (opened: Correction) => ({ contestId, correctionId: opened.id, number: opened.number, kind, reason }),
        (db) => {
          contestContext(db, contestId);
          const sealed = latestSeal(db, contestId);
          if (!sealed) return fail('NOT_SEALED');
          if (openCorrectionOf(db, contestId)) return fail('CORRECTION_ALREADY_OPEN');
          const id = insertCorrection(db, {
            contestId,
            kind,
            reason,
            sealedRecordId: sealed.id,
            openedBy: user.id,
            openedAt: now(),
          });
          return view(db, id);
        },
      );
    },

    'corrections.recordFindings': ({ correctionId, findings }, call) =>
      store.write(signedInUser(call), 'correction.findingsRecorded', { correctionId, findings }, (db) => {
        const open = openCorrection(db, correctionId);
        if (open instanceof Failure) return open;
        recordFindings(db, correctionId, findings, now());
        return view(db, correctionId);
      }),

    // A batch keyed again from the paper, by the same blind double entry as any batch.
    'corrections.createBatch': ({ correctionId, replacesBatchId, label }, call) => {
      const user = signedInUser(call);
      return store.write(
        user,
        'correction.batchCreated',
        (batch: { id: string; number: number }) => ({
          correctionId,
          batchId: batch.id,
          number: batch.number,
          replacesBatchId,
        }),
        (db) => {
          const open = openCorrection(db, correctionId);
          if (open instanceof Failure) return open;
          const refused = replacesBatchId ? rekeyRefusal(db, replacesBatchId, open.contestId) : null;
          if (refused === 'NOT_FOUND') return fail('NOT_FOUND', { what: { vi: 'lô phiếu', en: 'batch' } });
          if (refused) return fail(refused);
          const batchId = createCorrectionBatch(db, {
            contestId: open.contestId,
            correctionId,
            replacesBatchId,
            label,
            now: now(),
          });
          return batchSummary(db, batchId, user.id, contestContext(db, open.contestId).keyingsRequired);
        },
      );
    },

    // New results: the batches swap into the count and an amendment is sealed on what then stands.
    'corrections.conclude': ({ correctionId, outcome, findings, counts, envelopeSeal }, call) => {
      const user = signedInUser(call);
      let contestId: string | null = null;
      const concluded = store.write(
        user,
        'correction.concluded',
        (done: Correction) => ({
          correctionId,
          outcome,
          findings,
          amendmentId: done.amendment?.id ?? null,
          digest: done.amendment?.digest ?? done.sealed.digest,
          previousDigest: done.sealed.digest,
          countsCorrected: counts !== undefined,
        }),
        (db) => {
          const open = openCorrection(db, correctionId);
          if (open instanceof Failure) return open;
          contestId = open.contestId;
          const online = refusedWhileOnline(db, contestContext(db, open.contestId).campaignId, options.airGap);
          if (online) return online;
          const at = now();
          if (outcome === 'noChange') {
            setAsideCorrectionBatches(db, correctionId);
            concludeCorrection(db, correctionId, { outcome, findings, amendmentId: null, by: user.id, at });
            return view(db, correctionId);
          }
          const pending = correctionBatchesOf(db, correctionId).filter((batch) => !batch.verified);
          if (pending.length > 0)
            return fail('CORRECTION_BATCHES_PENDING', { batches: pending.map((batch) => batch.number).join(', ') });
          countCorrectionBatches(db, correctionId, at);
          const amendment = amendResult(
            db,
            user.id,
            open.contestId,
            { reason: amendmentReason(open, findings), counts, envelopeSeal },
            at,
          );
          // A refusal rolls the whole write back: the batches stay out of the count.
          if (amendment instanceof Failure) return amendment;
          concludeCorrection(db, correctionId, { outcome, findings, amendmentId: amendment.id, by: user.id, at });
          return view(db, correctionId);
        },
      );
      if (!(concluded instanceof Failure) && concluded.amendment && contestId) options.afterAmend?.(contestId);
      return concluded;
    },
  };
}
