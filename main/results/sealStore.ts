import { message } from '../../shared/i18n/messages';
import { AppError } from '../../shared/errors';
import type { SealRecord } from '../../shared/results/resultSchemas';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of seal records: a contest's seal (sequence 1) and its amendments, append-only. */

interface SealRow {
  id: string;
  contest_id: string;
  sequence: number;
  reason: string | null;
  previous_digest: string | null;
  envelope_seal: string;
  digest: string;
  sealed_by_name: string;
  sealed_at: string;
  signed: number;
  signer_name: string | null;
  signed_at: string | null;
}

const selectRecord = `
  SELECT s.id, s.contest_id, s.sequence, s.reason, s.previous_digest, s.envelope_seal, s.digest,
         u.full_name AS sealed_by_name, s.sealed_at, s.signature IS NOT NULL AS signed, s.signer_name, s.signed_at
  FROM result_seals s JOIN users u ON u.id = s.sealed_by`;

function toRecord(row: SealRow): SealRecord {
  return {
    id: row.id,
    contestId: row.contest_id,
    sequence: row.sequence,
    reason: row.reason,
    previousDigest: row.previous_digest,
    envelopeSeal: row.envelope_seal,
    digest: row.digest,
    sealedBy: row.sealed_by_name,
    sealedAt: row.sealed_at,
    signed: row.signed === 1,
    signerName: row.signer_name,
    signedAt: row.signed_at,
  };
}

/** The seal and amendments of a contest, oldest first (empty while it is not sealed). */
export function sealRecords(db: ReadableDB, contestId: string): SealRecord[] {
  const rows = db.prepare(`${selectRecord} WHERE s.contest_id = ? ORDER BY s.sequence`).all(contestId) as SealRow[];
  return rows.map(toRecord);
}

/** The record in force: the latest amendment, or the seal; null while the contest is not sealed. */
export function latestSeal(db: ReadableDB, contestId: string): SealRecord | null {
  const row = db.prepare(`${selectRecord} WHERE s.contest_id = ? ORDER BY s.sequence DESC LIMIT 1`).get(contestId) as
    SealRow | undefined;
  return row ? toRecord(row) : null;
}

export function isSealed(db: ReadableDB, contestId: string): boolean {
  return db.prepare('SELECT 1 FROM result_seals WHERE contest_id = ? LIMIT 1').get(contestId) !== undefined;
}

/** Whether any contest of a unit is sealed (its conference record is part of their results). */
export function isUnitSealed(db: ReadableDB, unitId: string): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM result_seals r JOIN contests k ON k.id = r.contest_id JOIN subjects s ON s.id = k.subject_id
         WHERE s.unit_id = ? LIMIT 1`,
      )
      .get(unitId) !== undefined
  );
}

export function getSealRecord(db: ReadableDB, sealId: string): SealRecord {
  const row = db.prepare(`${selectRecord} WHERE s.id = ?`).get(sealId) as SealRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.sealStore.sealRecord') });
  return toRecord(row);
}

/** The exact canonical result that was digested (and is signed). */
export function canonicalResultOf(db: ReadableDB, sealId: string): { json: string; digest: string } {
  const row = db.prepare('SELECT canonical_json, digest FROM result_seals WHERE id = ?').get(sealId) as
    { canonical_json: string; digest: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: message('core.sealStore.sealRecord') });
  return { json: row.canonical_json, digest: row.digest };
}

export interface NewSealRecord {
  readonly id: string;
  readonly contestId: string;
  readonly sequence: number;
  readonly reason: string | null;
  readonly previousDigest: string | null;
  readonly envelopeSeal: string;
  readonly canonicalJson: string;
  readonly digest: string;
  readonly sealedBy: string;
  readonly sealedAt: string;
}

export function insertSealRecord(db: WritableDB, record: NewSealRecord): void {
  db.prepare(
    `INSERT INTO result_seals (id, contest_id, sequence, reason, previous_digest, envelope_seal, canonical_json, digest,
       sealed_by, sealed_at)
     VALUES (@id, @contestId, @sequence, @reason, @previousDigest, @envelopeSeal, @canonicalJson, @digest,
       @sealedBy, @sealedAt)`,
  ).run(record);
}

export interface SealSignature {
  readonly signature: Buffer;
  readonly certificatePem: string;
  readonly signerName: string;
  readonly signedAt: string;
}

/** Records the head's signature; the schema lets this happen once per record. */
export function recordSignature(db: WritableDB, sealId: string, signed: SealSignature): void {
  db.prepare(
    `UPDATE result_seals SET signature = @signature, certificate_pem = @certificatePem, signer_name = @signerName,
       signed_at = @signedAt WHERE id = @sealId AND signature IS NULL`,
  ).run({ ...signed, sealId });
}

/** What a sealed result package carries besides the result: the signature and the certificate. */
export function signatureOf(db: ReadableDB, sealId: string): { signature: Buffer; certificatePem: string } | null {
  const row = db.prepare('SELECT signature, certificate_pem FROM result_seals WHERE id = ?').get(sealId) as
    { signature: Buffer | null; certificate_pem: string | null } | undefined;
  if (!row?.signature || !row.certificate_pem) return null;
  return { signature: row.signature, certificatePem: row.certificate_pem };
}
