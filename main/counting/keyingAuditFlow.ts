import { randomBytes } from 'node:crypto';
import type { BallotEntry } from '../../shared/counting/ballot';
import { compareKeyings, type FieldName, type FieldValue } from '../../shared/counting/compareKeyings';
import { auditSamplePositions, comparedFieldCount } from '../../shared/counting/keyingAudit';
import type { AuditState, KeyingAuditSummary } from '../../shared/counting/keyingAuditSchemas';
import { residualErrorRate } from '../../shared/counting/residualErrorRate';
import { fail, Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { contestContext, getCampaign } from '../campaigns';
import type { ReadableDB, WritableDB } from '../vault';
import { deleteVerifiedBallots, insertVerifiedBallots } from './ballotStore';
import { getBatch, keyedBallots, keyingsOf, type BatchRow } from './batchStore';
import { openCounting, type SealState } from './countingGuards';
import { differencesOf, insertDifferences, resolveDifference } from './differenceStore';
import {
  auditBallotCount,
  auditBallots,
  auditDifferencesOf,
  auditOf,
  finishAudit,
  insertAudit,
  insertAuditDifferences,
  type AuditDifference,
  type AuditRecord,
} from './keyingAuditStore';
import { settledEntries } from './settleBatch';

/**
 * The keying-quality audit of one batch (issue 21, point 3): the sample drawn, compared once the
 * third person has keyed it, each difference corrected in the verified ballots when the head finds
 * the verified value wrong.
 */

export function auditState(audit: AuditRecord | null, differences: number, judged: number): AuditState {
  if (!audit) return 'notDrawn';
  if (!audit.auditorId) return 'drawn';
  if (!audit.finished) return 'keying';
  return judged < differences ? 'judging' : 'done';
}

/** A batch's audit as the desk shows it: where it stands, the sample, counts — no keyed value. */
export function auditSummary(db: ReadableDB, batchId: string, seals: SealState): KeyingAuditSummary {
  const batch = getBatch(db, batchId);
  const context = contestContext(db, batch.contestId);
  const audit = auditOf(db, batchId);
  const differences = audit ? auditDifferencesOf(db, batchId) : [];
  const judged = differences.filter((difference) => difference.verdict !== null).length;
  const residualErrors = differences.filter((difference) => difference.verdict === 'verifiedWrong').length;
  return {
    batchId,
    batchNumber: batch.number,
    contestId: batch.contestId,
    unitName: context.unitName,
    subjectName: context.subjectName,
    state: auditState(audit, differences.length, judged),
    sampleSize: getCampaign(db, context.campaignId).auditSampleSize,
    ballotCount: audit?.ballotCount ?? (batch.verified ? settledEntries(db, batchId).length : 0),
    sample: audit
      ? {
          algorithm: audit.algorithm,
          seed: audit.seed,
          ballotCount: audit.ballotCount,
          positions: [...audit.positions],
          drawnBy: audit.drawnByLogin,
          drawnAt: audit.drawnAt,
        }
      : null,
    auditorLogin: audit?.auditorLogin ?? null,
    keyed: audit ? auditBallotCount(db, batchId) : 0,
    differences: differences.length,
    judged,
    rate: audit?.finished ? residualErrorRate(residualErrors, audit.fieldsCompared ?? 0) : null,
    readOnly: openCounting(db, batch.contestId, seals) instanceof Failure,
  };
}

/** Why a batch cannot be audited, if it cannot: only a verified batch keyed twice here, in a campaign that audits. */
function auditRefusal(db: ReadableDB, batch: BatchRow, sampleSize: number) {
  const reason = !batch.verified
    ? message('keyingAudit.reason.notVerified')
    : batch.source !== 'keyed'
      ? message('keyingAudit.reason.notKeyed')
      : sampleSize === 0
        ? message('keyingAudit.reason.sampleOff')
        : settledEntries(db, batch.id).length === 0
          ? message('keyingAudit.reason.empty')
          : null;
  return reason ? fail('AUDIT_NOT_AVAILABLE', { reason }) : null;
}

/**
 * Draws a verified batch's sample: a fresh 256-bit seed from the CSPRNG, the positions computed
 * from it by the public algorithm (shared/counting/keyingAudit.ts), both kept.
 */
export function drawAudit(db: WritableDB, batchId: string, by: { userId: string; at: string }) {
  const batch = getBatch(db, batchId);
  const { campaignId } = contestContext(db, batch.contestId);
  const sampleSize = getCampaign(db, campaignId).auditSampleSize;
  const refused = auditRefusal(db, batch, sampleSize);
  if (refused) return refused;
  if (auditOf(db, batchId)) return fail('AUDIT_ALREADY_DRAWN');
  const ballotCount = settledEntries(db, batchId).length;
  const seed = randomBytes(32).toString('hex');
  const positions = auditSamplePositions(seed, batchId, ballotCount, sampleSize);
  insertAudit(db, { batchId, seed, ballotCount, positions }, by);
  return { seed, positions };
}

/**
 * The audit must be a third person's: never someone who keyed the batch, nor the head who
 * settled its differences (they would see again what they decided).
 */
export function auditorRefusal(db: ReadableDB, batchId: string, userId: string) {
  const keying = keyingsOf(db, batchId).find((candidate) => candidate.userId === userId);
  if (keying)
    return fail('AUDIT_NOT_INDEPENDENT', { reason: message('keyingAudit.reason.keyer', { pass: keying.pass }) });
  if (differencesOf(db, batchId).some((difference) => difference.resolvedBy === userId))
    return fail('AUDIT_NOT_INDEPENDENT', { reason: message('keyingAudit.reason.settler') });
  return null;
}

/** The head who judges is neither one of the batch's keyers nor the audit's. */
export function judgeRefusal(db: ReadableDB, audit: AuditRecord, userId: string) {
  if (audit.auditorId === userId)
    return fail('AUDIT_NOT_INDEPENDENT', { reason: message('keyingAudit.reason.auditor') });
  const keying = keyingsOf(db, audit.batchId).find((candidate) => candidate.userId === userId);
  if (keying)
    return fail('AUDIT_NOT_INDEPENDENT', { reason: message('keyingAudit.reason.keyer', { pass: keying.pass }) });
  return null;
}

/**
 * Once the sample is keyed: each sampled ballot against the verified one at its paper position,
 * field by field as double entry compares; the fields compared are counted for the rate.
 */
export function compareAudit(db: WritableDB, audit: AuditRecord, at: string): number {
  const verified = settledEntries(db, audit.batchId);
  const differences: Array<Pick<AuditDifference, 'position' | 'field' | 'verifiedValue' | 'auditValue'>> = [];
  let fields = 0;
  for (const { position, entry } of auditBallots(db, audit.batchId)) {
    const stored = verified[position - 1]!;
    fields += comparedFieldCount(stored, entry);
    for (const difference of compareKeyings([[stored], [entry]]))
      differences.push({
        position,
        field: difference.field,
        verifiedValue: difference.keyed[0] ?? null,
        auditValue: difference.keyed[1] ?? null,
      });
  }
  insertAuditDifferences(db, audit.batchId, differences);
  finishAudit(db, audit.batchId, fields, at);
  return differences.length;
}

/** One field of a keyed ballot as compareKeyings names it (null where the ballot has no such field). */
function fieldValueAt(entry: BallotEntry | null, field: FieldName): FieldValue {
  if (field === 'ballot') return entry;
  if (!entry?.valid) return null;
  const [kind, row] = field.split(':');
  if (kind === 'answer') return entry.answers[Number(row) - 1] ?? null;
  if (kind === 'note') return entry.notes[row!] ?? '';
  if (kind === 'prestige') return entry.prestige;
  return entry.other;
}

/**
 * A verified value the paper proved wrong, put right while the contest is still counted: the
 * correction is recorded as one more settled difference of the batch (what each keying held, the
 * value read from the paper), so settledEntries, desk packages and the statistics all see it; the
 * batch's verified ballots are then stored again from the settled keyings.
 */
export function correctVerifiedBallot(
  db: WritableDB,
  batchId: string,
  difference: AuditDifference,
  by: { userId: string; at: string },
): void {
  const keyed = keyingsOf(db, batchId).map((keying) =>
    fieldValueAt(keyedBallots(db, keying.id)[difference.position - 1] ?? null, difference.field),
  );
  insertDifferences(db, batchId, [{ position: difference.position, field: difference.field, keyed }]);
  const recorded = differencesOf(db, batchId).findLast(
    (candidate) =>
      candidate.resolution === null &&
      candidate.position === difference.position &&
      candidate.field === difference.field,
  )!;
  resolveDifference(db, recorded.id, 'rekey', difference.auditValue, by.userId, by.at);
  const { contestId } = getBatch(db, batchId);
  deleteVerifiedBallots(db, batchId);
  insertVerifiedBallots(db, contestId, batchId, settledEntries(db, batchId));
}
