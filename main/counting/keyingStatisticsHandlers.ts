import type { keyingStatisticsCalls } from '../../shared/contract/countingCalls';
import type { MergedBatchKeyings } from '../../shared/counting/countingSchemas';
import { templateContentSchema } from '../../shared/templates/templateContent';
import { differencesOf } from './differenceStore';
import type { Handlers } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';

interface KeyingFacts {
  keying_id: string;
  batch_id: string;
  pass: number;
  user_id: string;
  login: string;
  session_id: string;
  ballots: number;
  keystrokes: number;
  active_ms: number;
  content: string;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface KeyerTotals {
  userLogin: string;
  sessionId: string;
  desk: string | null;
  ballots: number;
  keystrokes: number;
  activeMs: number;
  fields: number;
  mismatches: number;
}

/** Where merged desk packages' keyings are read from (the desks feature owns them); none by default. */
export type MergedKeyingsOf = (db: ReadableDB, campaignId: string) => readonly MergedBatchKeyings[];

/**
 * Per keyer and session, as CSPro reports it: ballots, keystrokes per hour of active keying
 * (pauses of more than 30 s are left out by the screen that measures), and mismatches per 1,000
 * fields compared — a difference counts against each keying whose value was not the one kept.
 * Keyers at another desk count under their desk, from what its package said.
 */
export function operatorStats(db: ReadableDB, campaignId: string, mergedKeyingsOf: MergedKeyingsOf = () => []) {
  const facts = db
    .prepare(
      `SELECT k.id AS keying_id, k.batch_id, k.pass, k.user_id, u.login, k.session_id,
              count(b.position) AS ballots, coalesce(sum(b.keystrokes), 0) AS keystrokes, coalesce(sum(b.active_ms), 0) AS active_ms,
              v.content
       FROM keyings k
       JOIN users u ON u.id = k.user_id
       JOIN batches t ON t.id = k.batch_id
       JOIN contests c ON c.id = t.contest_id
       JOIN template_versions v ON v.id = c.template_version_id
       LEFT JOIN keyed_ballots b ON b.keying_id = k.id
       WHERE c.campaign_id = ?
       GROUP BY k.id`,
    )
    .all(campaignId) as KeyingFacts[];
  const merged = mergedKeyingsOf(db, campaignId);
  // A desk's first keying, recorded here under its stand-in, is the desk keyers' work: counted under the desk.
  const standIns = new Set(merged.flatMap((batch) => (batch.standInKeyerId ? [batch.standInKeyerId] : [])));
  const groups = new Map<string, KeyerTotals>();
  const rowsOf = formRows();
  const groupOf = (userLogin: string, sessionId: string, desk: string | null) => {
    const key = `${userLogin}\u0000${sessionId}`;
    const group = groups.get(key) ?? {
      userLogin,
      sessionId,
      desk,
      ballots: 0,
      keystrokes: 0,
      activeMs: 0,
      fields: 0,
      mismatches: 0,
    };
    groups.set(key, group);
    return group;
  };
  for (const keying of facts) {
    if (standIns.has(keying.user_id)) continue;
    const differences = differencesOf(db, keying.batch_id).filter((difference) => difference.resolution !== null);
    const compared =
      differences.length > 0 ||
      db.prepare('SELECT verified_at FROM batches WHERE id = ?').pluck().get(keying.batch_id) !== null;
    const group = groupOf(keying.login, keying.session_id, null);
    addKeying(
      group,
      { pass: keying.pass, ballots: keying.ballots, keystrokes: keying.keystrokes, activeMs: keying.active_ms },
      compared ? { rows: rowsOf(keying.content), differences } : null,
    );
  }
  // A merged batch is verified: the desk compared its keyings before sending it.
  const contentOf = db.prepare(
    `SELECT v.content FROM batches t JOIN contests c ON c.id = t.contest_id
     JOIN template_versions v ON v.id = c.template_version_id WHERE t.id = ?`,
  );
  for (const batch of merged) {
    const rows = rowsOf(contentOf.pluck().get(batch.batchId) as string);
    for (const keying of batch.keyings)
      addKeying(groupOf(keying.userLogin, batch.kitId, batch.deskName), keying, {
        rows,
        differences: batch.resolutions,
      });
  }
  return [...groups.values()].map((group) => {
    const activeHours = group.activeMs / 3_600_000;
    return {
      userLogin: group.userLogin,
      sessionId: group.sessionId,
      desk: group.desk,
      ballots: group.ballots,
      keystrokes: group.keystrokes,
      activeHours: Math.round(activeHours * 10_000) / 10_000,
      keystrokesPerHour: activeHours > 0 ? Math.round(group.keystrokes / activeHours) : null,
      fieldsCompared: group.fields,
      mismatchesAttributed: group.mismatches,
      mismatchesPerThousandFields:
        group.fields > 0 ? Math.round((group.mismatches / group.fields) * 1_000_000) / 1000 : null,
    };
  });
}

/** The rows of a form, read once per form however many batches use it. */
function formRows() {
  const rows = new Map<string, number>();
  return (content: string) => {
    const known = rows.get(content);
    if (known !== undefined) return known;
    const count = templateContentSchema.parse(JSON.parse(content)).criteria.length;
    rows.set(content, count);
    return count;
  };
}

/** One keying into its keyer's totals; its fields and mismatches only once its batch was compared. */
function addKeying(
  group: KeyerTotals,
  keying: { pass: number; ballots: number; keystrokes: number; activeMs: number },
  compared: { rows: number; differences: ReadonlyArray<{ keyed: readonly unknown[]; value: unknown }> } | null,
) {
  group.ballots += keying.ballots;
  group.keystrokes += keying.keystrokes;
  group.activeMs += keying.activeMs;
  if (!compared) return;
  group.fields += keying.ballots * (compared.rows + 2);
  group.mismatches += compared.differences.filter(
    (difference) => !sameValue(difference.keyed[keying.pass - 1] ?? null, difference.value ?? null),
  ).length;
}

export function createKeyingStatisticsHandlers(
  store: VaultStore,
  mergedKeyingsOf?: MergedKeyingsOf,
): Handlers<typeof keyingStatisticsCalls> {
  return {
    'counting.operatorStats': ({ campaignId }) => store.read((db) => operatorStats(db, campaignId, mergedKeyingsOf)),
  };
}
