import type { ContestView } from '../../shared/campaigns/campaignSchemas';
import { Failure } from '../../shared/errors';
import { clearStaged, markKioskClosed, recordBatchSource, stagedBallots, storeCheckedBatch } from '../counting';
import type { WritableDB } from '../vault';

/** The label of the batch a kiosk's ballots become, per contest. */
export const kioskBatchLabel = 'Phiếu điện tử (máy bỏ phiếu)';

/**
 * Closing a kiosk: per contest, the ballots cast become one verified batch (stored shuffled, with
 * new random ids — nothing of the waiting room's keys survives), the waiting room is emptied, and
 * no code casts again.
 */
export function closeKiosk(
  db: WritableDB,
  unitId: string,
  contests: ReadonlyArray<{ contest: ContestView }>,
  by: { userId: string; at: string },
): void {
  for (const { contest } of contests) {
    const staged = stagedBallots(db, contest.id);
    if (staged.length > 0) {
      const stored = storeCheckedBatch(
        db,
        {
          contestId: contest.id,
          fileName: kioskBatchLabel,
          label: kioskBatchLabel,
          entries: staged.map(({ entry }, index) => ({ ...entry, id: crypto.randomUUID(), line: index + 1 })),
        },
        by.at,
        undefined,
      );
      // Fresh random ids cannot collide with a stored ballot; if one ever did, nothing is closed.
      if (stored instanceof Failure)
        throw new Error(`kiosk batch of contest ${contest.id} refused: ${stored.payload.code}`);
      recordBatchSource(db, stored.batchId, { kind: 'kiosk' }, by);
    }
    clearStaged(db, contest.id);
  }
  markKioskClosed(db, unitId, by);
}
