import type { Correction } from '../../shared/corrections/correctionSchemas';
import { correctionBatchesOf, countedBallots, settledBallotCount } from '../counting';
import { getSealRecord } from '../results';
import type { ReadableDB } from '../vault';
import type { CorrectionRow } from './correctionStore';

function recordRef(db: ReadableDB, sealId: string) {
  const record = getSealRecord(db, sealId);
  return { id: record.id, sequence: record.sequence, digest: record.digest, signed: record.signed };
}

/** A correction as the screens and the minutes show it: its steps, records and batches. */
export function correctionView(db: ReadableDB, row: CorrectionRow): Correction {
  const batches = correctionBatchesOf(db, row.id).map((batch) => ({
    batchId: batch.batchId,
    number: batch.number,
    label: batch.label,
    replaces: batch.replaces
      ? {
          batchId: batch.replaces.batchId,
          number: batch.replaces.number,
          // Counted until the correction concludes; after it, what its keyings settled.
          ballots:
            batch.state === 'counted'
              ? settledBallotCount(db, batch.replaces.batchId)
              : countedBallots(db, batch.replaces.batchId),
        }
      : null,
    state: batch.state === 'pending' ? (batch.verified ? ('verified' as const) : ('keying' as const)) : batch.state,
    ballots: settledBallotCount(db, batch.batchId),
  }));
  return {
    id: row.id,
    contestId: row.contestId,
    number: row.number,
    kind: row.kind,
    reason: row.reason,
    openedBy: row.openedBy,
    openedAt: row.openedAt,
    findings: row.findings,
    findingsAt: row.findingsAt,
    outcome: row.outcome,
    concludedBy: row.concludedBy,
    concludedAt: row.concludedAt,
    sealed: recordRef(db, row.sealedRecordId),
    amendment: row.amendmentId ? recordRef(db, row.amendmentId) : null,
    batches,
  };
}
