import { randomUUID } from 'node:crypto';
import type { FieldName, FieldValue } from '../../shared/counting/compareKeyings';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of differences sent back to a keyer (migration 022) and of the keyer's answers. */

export interface ReturnedField {
  readonly differenceId: string;
  readonly position: number;
  readonly field: FieldName;
  /** What each pass had keyed when the field was sent back. */
  readonly keyed: FieldValue[];
  /** The keyer's own value then. */
  readonly originalValue: FieldValue;
  /** The value read again from the paper; undefined until the return is answered. */
  readonly rekeyedValue: FieldValue | undefined;
}

export interface KeyerReturn {
  readonly id: string;
  readonly batchId: string;
  readonly keyingId: string;
  readonly pass: number;
  readonly keyerId: string;
  readonly state: 'open' | 'answered' | 'withdrawn';
  readonly fields: ReturnedField[];
}

export function insertReturn(
  db: WritableDB,
  sent: {
    batchId: string;
    keyingId: string;
    returnedBy: string;
    fields: ReadonlyArray<Omit<ReturnedField, 'rekeyedValue'>>;
  },
  now: string,
): string {
  const id = randomUUID();
  db.prepare(
    'INSERT INTO keyer_returns (id, batch_id, keying_id, returned_by, returned_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, sent.batchId, sent.keyingId, sent.returnedBy, now);
  const insertField = db.prepare(
    `INSERT INTO keyer_return_fields (return_id, difference_id, position, field, keyed, original_value)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const field of sent.fields)
    insertField.run(
      id,
      field.differenceId,
      field.position,
      field.field,
      JSON.stringify(field.keyed),
      JSON.stringify(field.originalValue),
    );
  return id;
}

type ReturnRow = {
  id: string;
  batch_id: string;
  keying_id: string;
  pass: number;
  user_id: string;
  answered_at: string | null;
  withdrawn_at: string | null;
};

const returnQuery = `SELECT r.id, r.batch_id, r.keying_id, k.pass, k.user_id, r.answered_at, r.withdrawn_at
  FROM keyer_returns r JOIN keyings k ON k.id = r.keying_id`;

function fieldsOf(db: ReadableDB, returnId: string): ReturnedField[] {
  const rows = db
    .prepare(
      `SELECT difference_id, position, field, keyed, original_value, rekeyed_value FROM keyer_return_fields
       WHERE return_id = ? ORDER BY position, field`,
    )
    .all(returnId) as Array<{
    difference_id: string;
    position: number;
    field: FieldName;
    keyed: string;
    original_value: string;
    rekeyed_value: string | null;
  }>;
  return rows.map((row) => ({
    differenceId: row.difference_id,
    position: row.position,
    field: row.field,
    keyed: JSON.parse(row.keyed) as FieldValue[],
    originalValue: JSON.parse(row.original_value) as FieldValue,
    rekeyedValue: row.rekeyed_value === null ? undefined : (JSON.parse(row.rekeyed_value) as FieldValue),
  }));
}

function toReturn(db: ReadableDB, row: ReturnRow): KeyerReturn {
  return {
    id: row.id,
    batchId: row.batch_id,
    keyingId: row.keying_id,
    pass: row.pass,
    keyerId: row.user_id,
    state: row.answered_at !== null ? 'answered' : row.withdrawn_at !== null ? 'withdrawn' : 'open',
    fields: fieldsOf(db, row.id),
  };
}

export function getReturn(db: ReadableDB, returnId: string): KeyerReturn | null {
  const row = db.prepare(`${returnQuery} WHERE r.id = ?`).get(returnId) as ReturnRow | undefined;
  return row ? toReturn(db, row) : null;
}

/** The batch's return still waiting for its keyer, if any (at most one: migration 022's index). */
export function openReturnOf(db: ReadableDB, batchId: string): KeyerReturn | null {
  const row = db
    .prepare(`${returnQuery} WHERE r.batch_id = ? AND r.answered_at IS NULL AND r.withdrawn_at IS NULL`)
    .get(batchId) as ReturnRow | undefined;
  return row ? toReturn(db, row) : null;
}

/** What the desk shows of an open return: to which pass, how many fields — never a value. */
export function openReturnFigures(db: ReadableDB, batchId: string): { pass: number; fields: number } | null {
  const row = db
    .prepare(
      `SELECT k.pass, (SELECT count(*) FROM keyer_return_fields f WHERE f.return_id = r.id) AS fields
       FROM keyer_returns r JOIN keyings k ON k.id = r.keying_id
       WHERE r.batch_id = ? AND r.answered_at IS NULL AND r.withdrawn_at IS NULL`,
    )
    .get(batchId) as { pass: number; fields: number } | undefined;
  return row ?? null;
}

export function recordAnswer(
  db: WritableDB,
  returnId: string,
  values: ReadonlyMap<string, FieldValue>,
  now: string,
): void {
  const setValue = db.prepare(
    'UPDATE keyer_return_fields SET rekeyed_value = ? WHERE return_id = ? AND difference_id = ?',
  );
  for (const [differenceId, value] of values) setValue.run(JSON.stringify(value), returnId, differenceId);
  db.prepare('UPDATE keyer_returns SET answered_at = ? WHERE id = ?').run(now, returnId);
}

export function markWithdrawn(db: WritableDB, returnId: string, now: string): void {
  db.prepare('UPDATE keyer_returns SET withdrawn_at = ? WHERE id = ?').run(now, returnId);
}

/** One field a keyer answered: for the operator statistics, who erred — a changed value was this keyer's. */
export interface AnsweredReturnedField {
  readonly batchId: string;
  readonly position: number;
  readonly field: FieldName;
  readonly pass: number;
  readonly userId: string;
  readonly originalValue: FieldValue;
  readonly rekeyedValue: FieldValue;
  /** The keyer changed their value: their error; kept unchanged, it points at the other keying. */
  readonly changed: boolean;
}

/** Every field sent back to a keyer and answered, in a campaign's contests, by batch and paper position. */
export function returnedFieldsOf(db: ReadableDB, campaignId: string): AnsweredReturnedField[] {
  const rows = db
    .prepare(
      `SELECT r.batch_id, f.position, f.field, k.pass, k.user_id, f.original_value, f.rekeyed_value
       FROM keyer_return_fields f
       JOIN keyer_returns r ON r.id = f.return_id
       JOIN keyings k ON k.id = r.keying_id
       JOIN batches b ON b.id = r.batch_id
       JOIN contests c ON c.id = b.contest_id
       WHERE c.campaign_id = ? AND r.answered_at IS NOT NULL
       ORDER BY c.position, b.number, r.rowid, f.position, f.field`,
    )
    .all(campaignId) as Array<{
    batch_id: string;
    position: number;
    field: FieldName;
    pass: number;
    user_id: string;
    original_value: string;
    rekeyed_value: string;
  }>;
  return rows.map((row) => {
    const originalValue = JSON.parse(row.original_value) as FieldValue;
    const rekeyedValue = JSON.parse(row.rekeyed_value) as FieldValue;
    return {
      batchId: row.batch_id,
      position: row.position,
      field: row.field,
      pass: row.pass,
      userId: row.user_id,
      originalValue,
      rekeyedValue,
      changed: row.original_value !== row.rekeyed_value,
    };
  });
}
