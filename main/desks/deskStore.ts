import type { MergedBatchKeyings } from '../../shared/counting/countingSchemas';
import type { DeskListEntry } from '../../shared/desks/deskStatus';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of desks: at the main desk the desks registered and their contests; at a desk, the kit it was opened from. */

export function registerDesk(
  db: WritableDB,
  desk: {
    kitId: string;
    campaignId: string;
    name: string;
    fingerprint: string;
    contestIds: readonly string[];
    /** The desk's stand-in keyer when the paper is keyed again here; null otherwise. */
    keyerId: string | null;
    /** The secret key (age) that opens this desk's packages. */
    packageIdentity: string;
  },
  by: string,
  at: string,
): void {
  db.prepare(
    `INSERT INTO desks (kit_id, campaign_id, name, fingerprint, created_at, created_by, second_entry_at_main, keyer_id,
                        package_identity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    desk.kitId,
    desk.campaignId,
    desk.name,
    desk.fingerprint,
    at,
    by,
    desk.keyerId ? 1 : 0,
    desk.keyerId,
    desk.packageIdentity,
  );
  const assign = db.prepare('INSERT INTO desk_contests (contest_id, kit_id) VALUES (?, ?)');
  for (const contestId of desk.contestIds) assign.run(contestId, desk.kitId);
}

/** Which of these contests another desk keys already. */
export function contestsOfOtherDesks(db: ReadableDB, contestIds: readonly string[]): string[] {
  const assigned = db.prepare('SELECT 1 FROM desk_contests WHERE contest_id = ?');
  return contestIds.filter((contestId) => assigned.get(contestId) !== undefined);
}

/** The desks registered for a campaign, each with what has been merged from it. */
export function listDesks(db: ReadableDB, campaignId: string): DeskListEntry[] {
  const desks = db
    .prepare(
      `SELECT kit_id, name, fingerprint, created_at, second_entry_at_main FROM desks
       WHERE campaign_id = ? ORDER BY created_at, name`,
    )
    .all(campaignId) as Array<{
    kit_id: string;
    name: string;
    fingerprint: string;
    created_at: string;
    second_entry_at_main: number;
  }>;
  const contestsOf = db.prepare('SELECT contest_id FROM desk_contests WHERE kit_id = ? ORDER BY contest_id').pluck();
  const mergedOf = db.prepare(
    `SELECT count(*) AS batches, max(merged_at) AS last,
            (SELECT count(*) FROM ballots WHERE batch_id IN (SELECT batch_id FROM desk_batches WHERE kit_id = @kit)) AS ballots
       FROM desk_batches WHERE kit_id = @kit`,
  );
  return desks.map((desk) => {
    const merged = mergedOf.get({ kit: desk.kit_id }) as { batches: number; last: string | null; ballots: number };
    return {
      kitId: desk.kit_id,
      campaignId,
      deskName: desk.name,
      fingerprint: desk.fingerprint,
      contestIds: contestsOf.all(desk.kit_id) as string[],
      createdAt: desk.created_at,
      secondEntryAtMain: desk.second_entry_at_main === 1,
      mergedBatches: merged.batches,
      mergedBallots: merged.ballots,
      lastMergedAt: merged.last,
    };
  });
}

export function recordOpenedKit(
  db: WritableDB,
  kit: { kitId: string; campaignId: string; mainFingerprint: string; file: string },
  at: string,
): void {
  db.prepare(
    'INSERT INTO desk_kits (kit_id, campaign_id, main_fingerprint, kit, opened_at) VALUES (?, ?, ?, ?, ?)',
  ).run(kit.kitId, kit.campaignId, kit.mainFingerprint, kit.file, at);
}

/** The desk registered with this kit: its campaign, name and fingerprint, and the contests it keys. */
export function registeredDesk(db: ReadableDB, kitId: string) {
  const row = db.prepare('SELECT campaign_id, name, fingerprint, keyer_id FROM desks WHERE kit_id = ?').get(kitId) as
    { campaign_id: string; name: string; fingerprint: string; keyer_id: string | null } | undefined;
  if (!row) return null;
  const contests = db.prepare('SELECT contest_id FROM desk_contests WHERE kit_id = ?').pluck().all(kitId) as string[];
  return {
    campaignId: row.campaign_id,
    name: row.name,
    fingerprint: row.fingerprint,
    contestIds: new Set(contests),
    /** Set when the paper is keyed again here: who the desk's first keyings are recorded under. */
    keyerId: row.keyer_id,
  };
}

/** Whether a batch with this id is here already, and whether it came from a desk. */
export function batchHere(db: ReadableDB, batchId: string): 'absent' | 'fromDesk' | 'other' {
  if (db.prepare('SELECT 1 FROM desk_batches WHERE batch_id = ?').get(batchId)) return 'fromDesk';
  return db.prepare('SELECT 1 FROM batches WHERE id = ?').get(batchId) ? 'other' : 'absent';
}

export function recordDeskBatch(
  db: WritableDB,
  batch: { batchId: string; kitId: string; keyings: unknown[]; resolutions: unknown[] },
  by: string,
  at: string,
): void {
  db.prepare(
    'INSERT INTO desk_batches (batch_id, kit_id, keyings, resolutions, merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(batch.batchId, batch.kitId, JSON.stringify(batch.keyings), JSON.stringify(batch.resolutions), at, by);
}

/** The keyings and settled differences of every batch merged from a desk into a campaign. */
export function mergedKeyings(db: ReadableDB, campaignId: string): MergedBatchKeyings[] {
  const rows = db
    .prepare(
      `SELECT b.batch_id, b.kit_id, d.name, d.keyer_id, b.keyings, b.resolutions
       FROM desk_batches b JOIN desks d ON d.kit_id = b.kit_id
       WHERE d.campaign_id = ? ORDER BY b.merged_at, b.batch_id`,
    )
    .all(campaignId) as Array<{
    batch_id: string;
    kit_id: string;
    name: string;
    keyer_id: string | null;
    keyings: string;
    resolutions: string;
  }>;
  return rows.map((row) => ({
    kitId: row.kit_id,
    deskName: row.name,
    standInKeyerId: row.keyer_id,
    batchId: row.batch_id,
    keyings: JSON.parse(row.keyings) as MergedBatchKeyings['keyings'],
    resolutions: JSON.parse(row.resolutions) as MergedBatchKeyings['resolutions'],
  }));
}

/** The secret key that opens the packages of the desk registered with this kit, if any. */
export function packageIdentityOf(db: ReadableDB, kitId: string): string | null {
  return (
    (db.prepare('SELECT package_identity FROM desks WHERE kit_id = ?').pluck().get(kitId) as
      string | null | undefined) ?? null
  );
}
