import type { AuditState, KeyingQuality } from '../../shared/counting/keyingAuditSchemas';
import { residualErrorRate, type ResidualErrorRate } from '../../shared/counting/residualErrorRate';
import { contestContext, getCampaign } from '../campaigns';
import type { ReadableDB } from '../vault';
import { auditState } from './keyingAuditFlow';
import { auditsOfCampaign, type CampaignAuditRow } from './keyingAuditStore';

/**
 * The residual keying error rate, from the audits: per batch audited, per desk, per contest and
 * for the campaign. A batch's own rate is shown from the moment its sample is compared; the
 * rates of a desk, a contest and the campaign pool only the audits whose every difference is
 * judged — an unjudged difference is neither an error nor not one yet.
 */

const stateOf = (row: CampaignAuditRow): AuditState => auditState(row, row.differences, row.judged);

function pooled(rows: readonly CampaignAuditRow[]): ResidualErrorRate {
  const done = rows.filter((row) => stateOf(row) === 'done');
  return residualErrorRate(
    done.reduce((sum, row) => sum + row.residualErrors, 0),
    done.reduce((sum, row) => sum + (row.fieldsCompared ?? 0), 0),
  );
}

function groupBy<Key>(rows: readonly CampaignAuditRow[], key: (row: CampaignAuditRow) => Key) {
  const groups = new Map<Key, CampaignAuditRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.entries()];
}

export function keyingQuality(db: ReadableDB, campaignId: string): KeyingQuality {
  const campaign = getCampaign(db, campaignId);
  const bound = campaign.auditWarningPerThousand;
  const rows = auditsOfCampaign(db, campaignId);
  const withBound = (rate: ResidualErrorRate) => ({ rate, aboveBound: (rate.perThousand ?? 0) > bound });
  return {
    sampleSize: campaign.auditSampleSize,
    boundPerThousand: bound,
    campaign: pooled(rows),
    desks: groupBy(rows, (row) => row.desk).map(([desk, ofDesk]) => ({
      desk,
      batches: ofDesk.length,
      ...withBound(pooled(ofDesk)),
    })),
    contests: groupBy(rows, (row) => row.contestId).map(([contestId, ofContest]) => ({
      contestId,
      unitId: ofContest[0]!.unitId,
      unitName: ofContest[0]!.unitName,
      subjectName: ofContest[0]!.subjectName,
      batches: ofContest.length,
      ...withBound(pooled(ofContest)),
    })),
    batches: rows.map((row) => ({
      batchId: row.batchId,
      contestId: row.contestId,
      unitId: row.unitId,
      unitName: row.unitName,
      subjectName: row.subjectName,
      batchNumber: row.batchNumber,
      desk: row.desk,
      state: stateOf(row),
      sampled: row.positions.length,
      ...withBound(residualErrorRate(row.finished ? row.residualErrors : 0, row.fieldsCompared ?? 0)),
    })),
  };
}

/** A contest's audits as its minutes print them and its reconciliation weighs them. */
export interface ContestKeyingAudit {
  readonly boundPerThousand: number;
  readonly batches: ReadonlyArray<{
    readonly batchNumber: number;
    readonly state: AuditState;
    readonly positions: readonly number[];
    readonly rate: ResidualErrorRate;
  }>;
  /** The audits whose differences are all judged, pooled. */
  readonly rate: ResidualErrorRate;
  /** Audits drawn but not done: not keyed yet, or with differences the head has not judged. */
  readonly pending: number;
}

export function contestKeyingAudit(db: ReadableDB, contestId: string): ContestKeyingAudit {
  const { campaignId } = contestContext(db, contestId);
  const rows = auditsOfCampaign(db, campaignId, contestId);
  return {
    boundPerThousand: getCampaign(db, campaignId).auditWarningPerThousand,
    batches: rows.map((row) => ({
      batchNumber: row.batchNumber,
      state: stateOf(row),
      positions: row.positions,
      rate: residualErrorRate(row.finished ? row.residualErrors : 0, row.fieldsCompared ?? 0),
    })),
    rate: pooled(rows),
    pending: rows.filter((row) => stateOf(row) !== 'done').length,
  };
}
