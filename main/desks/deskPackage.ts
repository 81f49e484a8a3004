import { canonicalJson } from '../../shared/canonicalJson';
import {
  deskPackageFormat,
  type DeskKitContent,
  type DeskKitFile,
  type DeskPackageContent,
} from '../../shared/desks/deskKit';
import type { OpenedKit } from '../../shared/desks/deskStatus';
import { listContests } from '../campaigns';
import {
  getConference,
  getCounts,
  keyingFigures,
  paperOrderBallotLines,
  settledDifferences,
  verifiedBallotLines,
  verifiedBatches,
} from '../counting';
import { listAudit, type ReadableDB } from '../vault';

/** The kit this vault was opened from for a campaign (a desk), or null at the main desk. */
export function openedKit(db: ReadableDB, campaignId: string) {
  const row = db
    .prepare('SELECT kit_id, kit, main_fingerprint, opened_at FROM desk_kits WHERE campaign_id = ?')
    .get(campaignId) as { kit_id: string; kit: string; main_fingerprint: string; opened_at: string } | undefined;
  if (!row) return null;
  // Kept verbatim once its signature and every member were checked (desks.openKit): read, not
  // checked again on each look at the desk overview (its campaign setup may be megabytes).
  const file = JSON.parse(row.kit) as DeskKitFile;
  const content = JSON.parse(file.content) as DeskKitContent;
  return {
    kitId: row.kit_id,
    deskName: content.deskName,
    mainFingerprint: row.main_fingerprint,
    openedAt: row.opened_at,
    secondEntryAtMain: content.secondEntryAtMain,
    packageRecipient: content.packageRecipient,
  };
}

/** At a desk, its kit and its last package, as the audit log recorded the export; null at the main desk. */
export function openedKitStatus(db: ReadableDB, campaignId: string): OpenedKit | null {
  const kit = openedKit(db, campaignId);
  if (!kit) return null;
  const exported = listAudit(db, { event: 'desk.packageExported', limit: 1000, offset: 0 }).entries.find(
    (entry) => entry.details['campaignId'] === campaignId,
  );
  const { packageRecipient: _recipient, ...shown } = kit;
  return {
    ...shown,
    lastExport: exported
      ? { at: exported.at, batches: Number(exported.details['batches']), ballots: Number(exported.details['ballots']) }
      : null,
  };
}

/**
 * What a desk hands back: every verified batch of the campaign with its keyings' figures, settled
 * differences and ballots, and the counting records and conferences taken down here — as the
 * canonical JSON the desk's head signs. A batch merged before is recognised by its id at the main desk.
 */
export function deskPackageJson(
  db: ReadableDB,
  campaignId: string,
  kit: { kitId: string; deskName: string; secondEntryAtMain: boolean },
  exportedAt: string,
): { json: string; batches: number; ballots: number } {
  const batches = verifiedBatches(db, campaignId).map((batch) => ({
    ...batch,
    keyings: keyingFigures(db, batch.batchId),
    resolutions: settledDifferences(db, batch.batchId),
    // A main desk that keys the paper again compares ballot by ballot: it needs the keyed order.
    ...(kit.secondEntryAtMain
      ? { ballots: paperOrderBallotLines(db, batch.batchId), paperOrder: true as const }
      : { ballots: verifiedBallotLines(db, batch.batchId) }),
  }));
  const contests = listContests(db, campaignId);
  const content: DeskPackageContent = {
    format: deskPackageFormat,
    kitId: kit.kitId,
    campaignId,
    deskName: kit.deskName,
    exportedAt,
    batches: batches as DeskPackageContent['batches'],
    counts: contests.flatMap((contest) => {
      const counts = getCounts(db, contest.id);
      return counts ? [{ contestId: contest.id, counts }] : [];
    }),
    conferences: [...new Set(contests.map((contest) => contest.unitId))].flatMap((unitId) => {
      const conference = getConference(db, unitId);
      return conference ? [{ unitId, conference }] : [];
    }),
  };
  return {
    json: canonicalJson(content),
    batches: batches.length,
    ballots: batches.reduce((total, batch) => total + batch.ballots.length, 0),
  };
}
