import type { ReadableDB } from '../vault';
import { type ReconciliationLine, type WarningRule, reconcile } from '../../shared/counting/reconciliation';
import { acknowledgements, getConference, getCounts } from './countsStore';
import { batchIdsOfContest, getBatch } from './batchStore';
import { contestContext } from '../campaigns';
import { keyedTotals } from './ballotStore';
import { unresolvedCount } from './differenceStore';
import { kioskFigures } from './kioskStore';
import { contestKeyingAudit } from './keyingQuality';
/** The reconciliation of one contest from what is stored: counts, conference, verified ballots, batches. */
export function contestReconciliation(db: ReadableDB, contestId: string): ReconciliationLine[] {
  const context = contestContext(db, contestId);
  const batchIds = batchIdsOfContest(db, contestId);
  const unverified = batchIds.filter((id) => !getBatch(db, id).verified).length;
  const conference = getConference(db, context.unitId);
  const audit = contestKeyingAudit(db, contestId);
  return reconcile({
    counts: getCounts(db, contestId),
    conference: conference ? { convened: conference.convened, present: conference.present } : null,
    keyed: keyedTotals(db, contestId),
    batches: { total: batchIds.length, unverified },
    unresolvedMismatches: unresolvedCount(db, batchIds),
    acknowledged: acknowledgements(db, contestId) as Partial<Record<WarningRule, string>>,
    kiosk: kioskFigures(db, context.unitId),
    keyingAudit: {
      errors: audit.rate.errors,
      fields: audit.rate.fields,
      pending: audit.pending,
      boundPerThousand: audit.boundPerThousand,
    },
  });
}
