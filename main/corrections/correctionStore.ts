import { randomUUID } from 'node:crypto';
import { message } from '../../shared/i18n/messages';
import { AppError } from '../../shared/errors';
import type { CorrectionKind, CorrectionOutcome } from '../../shared/corrections/correctionSchemas';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of corrections after sealing (migration 023): opened, investigated, concluded once. */

export interface CorrectionRow {
  readonly id: string;
  readonly contestId: string;
  readonly number: number;
  readonly kind: CorrectionKind;
  readonly reason: string;
  readonly sealedRecordId: string;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly findings: string | null;
  readonly findingsAt: string | null;
  readonly outcome: CorrectionOutcome | null;
  readonly amendmentId: string | null;
  readonly concludedBy: string | null;
  readonly concludedAt: string | null;
}

const selectRow = `
  SELECT c.id, c.contest_id AS contestId, c.number, c.kind, c.reason, c.sealed_record_id AS sealedRecordId,
         o.full_name AS openedBy, c.opened_at AS openedAt, c.findings, c.findings_at AS findingsAt, c.outcome,
         c.amendment_id AS amendmentId, d.full_name AS concludedBy, c.concluded_at AS concludedAt
  FROM corrections c JOIN users o ON o.id = c.opened_by LEFT JOIN users d ON d.id = c.concluded_by`;

export function correctionRows(db: ReadableDB, contestId: string): CorrectionRow[] {
  return db.prepare(`${selectRow} WHERE c.contest_id = ? ORDER BY c.number`).all(contestId) as CorrectionRow[];
}

export function getCorrection(db: ReadableDB, correctionId: string): CorrectionRow {
  const row = db.prepare(`${selectRow} WHERE c.id = ?`).get(correctionId) as CorrectionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.thing.correction') });
  return row;
}

export function openCorrectionOf(db: ReadableDB, contestId: string): string | null {
  return (
    (db.prepare('SELECT id FROM corrections WHERE contest_id = ? AND outcome IS NULL').pluck().get(contestId) as
      string | undefined) ?? null
  );
}

export function insertCorrection(
  db: WritableDB,
  facts: {
    contestId: string;
    kind: CorrectionKind;
    reason: string;
    sealedRecordId: string;
    openedBy: string;
    openedAt: string;
  },
): string {
  const id = randomUUID();
  const number = db
    .prepare('SELECT coalesce(max(number), 0) + 1 FROM corrections WHERE contest_id = ?')
    .pluck()
    .get(facts.contestId) as number;
  db.prepare(
    `INSERT INTO corrections (id, contest_id, number, kind, reason, sealed_record_id, opened_by, opened_at)
     VALUES (@id, @contestId, @number, @kind, @reason, @sealedRecordId, @openedBy, @openedAt)`,
  ).run({ ...facts, id, number });
  return id;
}

export function recordFindings(db: WritableDB, correctionId: string, findings: string, at: string): void {
  db.prepare('UPDATE corrections SET findings = ?, findings_at = ? WHERE id = ? AND outcome IS NULL').run(
    findings,
    at,
    correctionId,
  );
}

export function concludeCorrection(
  db: WritableDB,
  correctionId: string,
  facts: { outcome: CorrectionOutcome; findings: string; amendmentId: string | null; by: string; at: string },
): void {
  db.prepare(
    `UPDATE corrections SET outcome = @outcome, findings = @findings, findings_at = @at, amendment_id = @amendmentId,
       concluded_by = @by, concluded_at = @at WHERE id = @correctionId AND outcome IS NULL`,
  ).run({ ...facts, correctionId });
}
