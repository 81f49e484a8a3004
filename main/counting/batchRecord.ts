import { unpackRecord } from '../../shared/counting/packedMarks';
import type { InvalidReason } from '../../shared/counting/ballot';
import type { BallotLine } from '../../shared/counting/ballotLines';
import { randomUUID } from 'node:crypto';
import type { ReadableDB } from '../vault';
import { getBatch } from './batchStore';
import { settledEntries } from './settleBatch';

/**
 * A verified batch as another vault takes it over (a desk package): its keyings' figures, its
 * settled differences and its ballots as ballot lines — read from the tables counting owns.
 */

export interface BatchRecordHead {
  readonly batchId: string;
  readonly contestId: string;
  readonly number: number;
  readonly label: string;
}

/** The verified batches of a campaign's contests, by contest and number. */
export function verifiedBatches(db: ReadableDB, campaignId: string): BatchRecordHead[] {
  return (
    db
      .prepare(
        `SELECT b.id, b.contest_id, b.number, b.label FROM batches b JOIN contests k ON k.id = b.contest_id
         WHERE k.campaign_id = ? AND b.verified_at IS NOT NULL ORDER BY k.position, b.number`,
      )
      .all(campaignId) as Array<{ id: string; contest_id: string; number: number; label: string }>
  ).map((row) => ({ batchId: row.id, contestId: row.contest_id, number: row.number, label: row.label }));
}

/** Each pass: who keyed it, how many ballots, keystrokes and active time, when. */
export function keyingFigures(db: ReadableDB, batchId: string) {
  return (
    db
      .prepare(
        `SELECT k.pass, u.login, k.started_at, k.finished_at, count(b.position) AS ballots,
                coalesce(sum(b.keystrokes), 0) AS keystrokes, coalesce(sum(b.active_ms), 0) AS active_ms
         FROM keyings k JOIN users u ON u.id = k.user_id LEFT JOIN keyed_ballots b ON b.keying_id = k.id
         WHERE k.batch_id = ? GROUP BY k.id ORDER BY k.pass`,
      )
      .all(batchId) as Array<{
      pass: number;
      login: string;
      started_at: string;
      finished_at: string | null;
      ballots: number;
      keystrokes: number;
      active_ms: number;
    }>
  ).map((row) => ({
    pass: row.pass,
    userLogin: row.login,
    ballots: row.ballots,
    keystrokes: row.keystrokes,
    activeMs: row.active_ms,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }));
}

/** The differences between the keyings and how each was settled. */
export function settledDifferences(db: ReadableDB, batchId: string) {
  return (
    db
      .prepare(
        `SELECT position, field, keyed, resolution, resolved_value FROM mismatches
         WHERE batch_id = ? AND resolution IS NOT NULL ORDER BY position, field`,
      )
      .all(batchId) as Array<{
      position: number;
      field: string;
      keyed: string;
      resolution: 'pass1' | 'pass2' | 'pass3' | 'rekey';
      resolved_value: string | null;
    }>
  ).map((row) => ({
    position: row.position,
    field: row.field,
    keyed: JSON.parse(row.keyed) as unknown[],
    resolution: row.resolution,
    value: row.resolved_value === null ? null : (JSON.parse(row.resolved_value) as unknown),
  }));
}

/** The batch's verified ballots as ballot lines: marks from the packed record, texts beside them. */
export function verifiedBallotLines(db: ReadableDB, batchId: string): BallotLine[] {
  const record = db.prepare('SELECT contest_id, width, marks FROM ballot_marks WHERE batch_id = ?').get(batchId) as
    { contest_id: string; width: number; marks: Uint8Array } | undefined;
  const rows = db
    .prepare('SELECT id, contest_id, valid, invalid_reason, slot FROM ballots WHERE batch_id = ? ORDER BY id')
    .all(batchId) as Array<{
    id: string;
    contest_id: string;
    valid: number;
    invalid_reason: InvalidReason | null;
    slot: number | null;
  }>;
  const textsOf = db.prepare('SELECT kind, criterion, text FROM ballot_texts WHERE ballot_id = ?');
  return rows.map((row) => {
    const texts = textsOf.all(row.id) as Array<{ kind: 'note' | 'other' | 'invalid'; criterion: number; text: string }>;
    if (row.valid === 0)
      return {
        contest: row.contest_id,
        ballot: row.id,
        valid: false,
        ...(row.invalid_reason ? { invalidReason: row.invalid_reason } : {}),
        ...(texts.some((text) => text.kind === 'invalid')
          ? { invalidText: texts.find((text) => text.kind === 'invalid')!.text }
          : {}),
      };
    const marks = unpackRecord(record!.marks, record!.width, row.slot!);
    return {
      contest: row.contest_id,
      ballot: row.id,
      valid: true,
      answers: marks.slice(0, -1),
      notes: Object.fromEntries(
        texts.filter((text) => text.kind === 'note').map((text) => [String(text.criterion), text.text]),
      ),
      other: texts.find((text) => text.kind === 'other')?.text ?? '',
      prestige: marks.at(-1)!,
    } as BallotLine;
  });
}

/**
 * The batch's ballots in the order the paper was keyed, for a main desk that keys the paper again
 * and compares ballot by ballot. Their ids are new: they become keyed ballots there, not stored ones.
 */
export function paperOrderBallotLines(db: ReadableDB, batchId: string): BallotLine[] {
  const { contestId } = getBatch(db, batchId);
  return settledEntries(db, batchId).map((entry): BallotLine => {
    const ballot = randomUUID();
    if (!entry.valid)
      return {
        contest: contestId,
        ballot,
        valid: false,
        invalidReason: entry.invalidReason,
        ...(entry.invalidText.trim() !== '' ? { invalidText: entry.invalidText } : {}),
      };
    return {
      contest: contestId,
      ballot,
      valid: true,
      answers: entry.answers,
      notes: entry.notes,
      other: entry.other,
      prestige: entry.prestige,
    };
  });
}
