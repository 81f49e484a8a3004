import type { keyingStatisticsCalls } from '../../shared/contract/countingCalls';
import { templateContentSchema } from '../../shared/templates/templateContent';
import { differencesOf } from './differenceStore';
import type { Handlers } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';

interface KeyingFacts {
  keying_id: string;
  batch_id: string;
  pass: number;
  login: string;
  session_id: string;
  ballots: number;
  keystrokes: number;
  active_ms: number;
  content: string;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Per keyer and session, as CSPro reports it: ballots, keystrokes per hour of active keying
 * (pauses of more than 30 s are left out by the screen that measures), and mismatches per 1,000
 * fields compared — a difference counts against each keying whose value was not the one kept.
 */
export function operatorStats(db: ReadableDB, campaignId: string) {
  const facts = db
    .prepare(
      `SELECT k.id AS keying_id, k.batch_id, k.pass, u.login, k.session_id,
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
  const groups = new Map<
    string,
    {
      userLogin: string;
      sessionId: string;
      ballots: number;
      keystrokes: number;
      activeMs: number;
      fields: number;
      mismatches: number;
    }
  >();
  for (const keying of facts) {
    const rows = templateContentSchema.parse(JSON.parse(keying.content)).criteria.length;
    const differences = differencesOf(db, keying.batch_id).filter((difference) => difference.resolution !== null);
    const compared =
      differences.length > 0 ||
      db.prepare('SELECT verified_at FROM batches WHERE id = ?').pluck().get(keying.batch_id) !== null;
    const key = `${keying.login}\u0000${keying.session_id}`;
    const group = groups.get(key) ?? {
      userLogin: keying.login,
      sessionId: keying.session_id,
      ballots: 0,
      keystrokes: 0,
      activeMs: 0,
      fields: 0,
      mismatches: 0,
    };
    group.ballots += keying.ballots;
    group.keystrokes += keying.keystrokes;
    group.activeMs += keying.active_ms;
    if (compared) {
      group.fields += keying.ballots * (rows + 2);
      group.mismatches += differences.filter(
        (difference) => !sameValue(difference.keyed[keying.pass - 1] ?? null, difference.value ?? null),
      ).length;
    }
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const activeHours = group.activeMs / 3_600_000;
    return {
      userLogin: group.userLogin,
      sessionId: group.sessionId,
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

export function createKeyingStatisticsHandlers(store: VaultStore): Handlers<typeof keyingStatisticsCalls> {
  return { 'counting.operatorStats': ({ campaignId }) => store.read((db) => operatorStats(db, campaignId)) };
}
