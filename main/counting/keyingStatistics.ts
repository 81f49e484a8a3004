import { vietnamIsoDay } from '../../shared/campaigns/calendar';
import { namedFieldCount } from '../../shared/counting/compareKeyings';
import type {
  KeyerStatistics,
  KeyerStatisticsGrouping,
  MergedBatchKeyings,
} from '../../shared/counting/countingSchemas';
import { templateContentSchema } from '../../shared/templates/templateContent';
import type { ReadableDB } from '../vault';
import { invalidBallotCount } from './ballotStore';
import { differencesOf, type StoredDifference } from './differenceStore';
import { blameKeyings, groupedByBatch, noErrors, type ErrorCounts } from './keyerErrors';
import { returnedFieldsOf } from './keyerReturnStore';
import { auditJudgementsOf, auditKeyingsOf } from './keyingAuditStore';
import { batchForm, keyingWorkOf } from './keyingWorkStore';

/** Where merged desk packages' keyings are read from (the desks feature owns them); none by default. */
export type MergedKeyingsOf = (db: ReadableDB, campaignId: string) => readonly MergedBatchKeyings[];

/** One piece of a keyer's work: a keying here, a desk's keying, or an audit's sample keying. */
interface Work {
  readonly userLogin: string;
  readonly desk: string | null;
  readonly sessionId: string | null;
  /** What tells its session apart: the session, or the audit (whose session is not recorded). */
  readonly sessionKey: string;
  readonly startedAt: string;
  readonly ballots: number;
  readonly keystrokes: number;
  readonly activeMs: number;
  readonly fields: number;
  readonly errors: ErrorCounts;
}

/**
 * Per keyer, as CSPro reports it, grouped per session, per day or for the campaign: ballots,
 * keystrokes per hour of active keying (pauses of more than 30 s are left out by the screen that
 * measures), the fields compared and the errors laid at the keyer's door (keyerErrors.ts) by the
 * head's settlements, by fields sent back and by the quality audit, per 1,000 of those fields.
 *
 * Fields are counted as compareKeyings names them, alike for the three sources, so the three
 * rates add up to the total: a ballot compared field by field has 2 × rows + 2 (each row's mark
 * and note, the prestige, the other comments), a ballot compared whole (invalid, or missing from
 * a keying) one. A keying's fields count once its batch has been compared and something settled
 * — verified, a difference settled or a return answered. An audit's sample keying has the fields
 * it compared (keyingAudit.comparedFieldCount, the same naming). A desk's package says how many
 * ballots each keying held, not which: the batch's invalid verified ballots count one field each.
 * The audit column is the residual errors found in samples per 1,000 fields keyed, a floor for
 * a keyer; the quality audit's own screen estimates the residual rate, with its interval.
 *
 * A keying belongs to the day (in Việt Nam) and the session it started in; keyers at another
 * desk count under their desk, from what its package said (their returns and audits stayed there).
 */
export function operatorStats(
  db: ReadableDB,
  campaignId: string,
  groupBy: KeyerStatisticsGrouping = 'session',
  mergedKeyingsOf: MergedKeyingsOf = () => [],
): KeyerStatistics[] {
  const merged = mergedKeyingsOf(db, campaignId);
  // A desk's first keying, recorded here under its stand-in, is the desk keyers' work: counted under the desk.
  const standIns = new Set(merged.flatMap((batch) => (batch.standInKeyerId ? [batch.standInKeyerId] : [])));
  const keyings = keyingWorkOf(db, campaignId);
  const returned = returnedFieldsOf(db, campaignId);
  const batches = [...groupedByBatch(keyings)].map(([batchId, ofBatch]) => ({
    batchId,
    keyings: ofBatch,
    differences: differencesOf(db, batchId),
  }));
  const blamed = blameKeyings(batches, returned, auditJudgementsOf(db, campaignId));
  const answered = new Set(returned.map((field) => field.batchId));
  const rowsOf = formRows();
  const work: Work[] = [];

  for (const batch of batches) {
    const compared =
      batch.differences.some((difference) => difference.resolution !== null) || answered.has(batch.batchId);
    for (const keying of batch.keyings) {
      if (standIns.has(keying.userId)) continue;
      const rows = rowsOf(keying.form);
      work.push({
        userLogin: keying.userLogin,
        desk: null,
        sessionId: keying.sessionId,
        sessionKey: keying.sessionId,
        startedAt: keying.startedAt,
        ballots: keying.ballots,
        keystrokes: keying.keystrokes,
        activeMs: keying.activeMs,
        fields: compared || keying.verified ? keyingFields(keying, rows, batch.differences) : 0,
        errors: blamed.byKeying.get(keying.keyingId) ?? noErrors(),
      });
    }
  }

  for (const audit of auditKeyingsOf(db, campaignId))
    work.push({
      userLogin: audit.auditorLogin,
      desk: null,
      sessionId: null,
      sessionKey: `audit ${audit.batchId}`,
      startedAt: audit.startedAt,
      ballots: audit.ballots,
      keystrokes: audit.keystrokes,
      activeMs: audit.activeMs,
      fields: audit.fieldsCompared ?? 0,
      errors: blamed.byAudit.get(audit.batchId) ?? noErrors(),
    });

  // A merged batch is verified: the desk compared its keyings and settled them before sending it.
  for (const batch of merged) {
    const rows = rowsOf(batchForm(db, batch.batchId));
    const invalid = invalidBallotCount(db, batch.batchId);
    for (const keying of batch.keyings) {
      const byField = Math.max(0, keying.ballots - invalid);
      work.push({
        userLogin: keying.userLogin,
        desk: batch.deskName,
        sessionId: batch.kitId,
        sessionKey: batch.kitId,
        startedAt: keying.startedAt,
        ballots: keying.ballots,
        keystrokes: keying.keystrokes,
        activeMs: keying.activeMs,
        fields: byField * namedFieldCount(rows, true) + (keying.ballots - byField) * namedFieldCount(rows, false),
        errors: {
          ...noErrors(),
          resolutions: batch.resolutions.filter(
            (resolution) =>
              JSON.stringify(resolution.keyed[keying.pass - 1] ?? null) !== JSON.stringify(resolution.value ?? null),
          ).length,
        },
      });
    }
  }
  return grouped(work, groupBy);
}

/**
 * The fields compareKeyings names in a keying: its valid ballots field by field, its invalid ones
 * whole — and whole too a valid ballot where another keying's is not valid or missing, as the
 * batch's difference on the whole ballot there records (the keyings' entries, in pass order).
 */
function keyingFields(
  keying: { pass: number; ballots: number; validBallots: number },
  rows: number,
  differences: readonly StoredDifference[],
): number {
  const whole = new Map<number, StoredDifference>();
  for (const difference of differences) if (difference.field === 'ballot') whole.set(difference.position, difference);
  const isValid = (entry: unknown) => (entry as { valid?: unknown } | null)?.valid === true;
  const validComparedWhole = [...whole.values()].filter(
    (difference) => isValid(difference.keyed[keying.pass - 1]) && !difference.keyed.every(isValid),
  ).length;
  const byField = keying.validBallots - validComparedWhole;
  return byField * namedFieldCount(rows, true) + (keying.ballots - byField) * namedFieldCount(rows, false);
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

const perThousand = (errors: number, fields: number) =>
  fields > 0 ? Math.round((errors / fields) * 1_000_000) / 1000 : null;

/** The work summed per keyer (at their desk) and session, day or campaign; in desk, keyer and time order. */
function grouped(work: readonly Work[], groupBy: KeyerStatisticsGrouping): KeyerStatistics[] {
  const groups = new Map<string, { first: Work; day: string; parts: Work[] }>();
  for (const part of work) {
    const day = vietnamIsoDay(part.startedAt);
    const within = groupBy === 'session' ? part.sessionKey : groupBy === 'day' ? day : '';
    const key = [part.desk ?? '', part.userLogin, within].join('\u0000');
    const group = groups.get(key);
    if (!group) groups.set(key, { first: part, day, parts: [part] });
    else {
      group.parts.push(part);
      if (part.startedAt < group.first.startedAt) group.first = part;
    }
  }
  const rows = [...groups.values()].map(({ first, day, parts }) => {
    const sum = (of: (part: Work) => number) => parts.reduce((total, part) => total + of(part), 0);
    const activeHours = sum((part) => part.activeMs) / 3_600_000;
    const keystrokes = sum((part) => part.keystrokes);
    const fields = sum((part) => part.fields);
    const errors = {
      resolutions: sum((part) => part.errors.resolutions),
      returns: sum((part) => part.errors.returns),
      audit: sum((part) => part.errors.audit),
    };
    const total = errors.resolutions + errors.returns + errors.audit;
    return {
      userLogin: first.userLogin,
      sessionId: groupBy === 'session' ? first.sessionId : null,
      day: groupBy === 'day' ? day : null,
      startedAt: first.startedAt,
      desk: first.desk,
      ballots: sum((part) => part.ballots),
      keystrokes,
      activeHours: Math.round(activeHours * 10_000) / 10_000,
      keystrokesPerHour: activeHours > 0 ? Math.round(keystrokes / activeHours) : null,
      fieldsCompared: fields,
      errors: { ...errors, total },
      errorsPerThousandFields: {
        resolutions: perThousand(errors.resolutions, fields),
        returns: perThousand(errors.returns, fields),
        audit: perThousand(errors.audit, fields),
        total: perThousand(total, fields),
      },
    };
  });
  const order = (row: KeyerStatistics) => [row.desk === null ? '' : `\u0001${row.desk}`, row.userLogin, row.startedAt];
  return rows.sort((a, b) => {
    const [left, right] = [order(a), order(b)];
    const index = left.findIndex((part, at) => part !== right[at]);
    return index < 0 ? 0 : left[index]! < right[index]! ? -1 : 1;
  });
}
