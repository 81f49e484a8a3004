import type { TrustedSigner } from '../../shared/results/signerRegister';
import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of the district's register of trusted signers (migration 008). */

interface SignerRow {
  fingerprint: string;
  name: string;
  note: string;
  source: 'typed' | 'register';
  added_by: string;
  added_at: string;
}

/** The signers trusted now, by name; the people who added them by full name. */
export function listTrustedSigners(db: ReadableDB): TrustedSigner[] {
  const rows = db
    .prepare(
      `SELECT s.fingerprint, s.name, s.note, s.source, u.full_name AS added_by, s.added_at
       FROM trusted_signers s JOIN users u ON u.id = s.added_by
       WHERE s.removed_at IS NULL ORDER BY s.name, s.fingerprint`,
    )
    .all() as SignerRow[];
  return rows.map((row) => ({
    fingerprint: row.fingerprint,
    name: row.name,
    note: row.note,
    source: row.source,
    addedBy: row.added_by,
    addedAt: row.added_at,
  }));
}

export function isTrusted(db: ReadableDB, fingerprint: string): boolean {
  return (
    db.prepare('SELECT 1 FROM trusted_signers WHERE fingerprint = ? AND removed_at IS NULL').get(fingerprint) !==
    undefined
  );
}

/** Adds a signer, or puts back one removed earlier (its fingerprint is the key); false if trusted already. */
export function trustSigner(
  db: WritableDB,
  signer: { fingerprint: string; name: string; note: string; source: 'typed' | 'register'; by: string; at: string },
): boolean {
  if (isTrusted(db, signer.fingerprint)) return false;
  db.prepare(
    `INSERT INTO trusted_signers (fingerprint, name, note, source, added_by, added_at)
     VALUES (@fingerprint, @name, @note, @source, @by, @at)
     ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name, note = excluded.note, source = excluded.source,
       added_by = excluded.added_by, added_at = excluded.added_at, removed_by = NULL, removed_at = NULL`,
  ).run(signer);
  return true;
}

/** Takes a signer off the register (the row stays, marked removed); false if it was not on it. */
export function distrustSigner(db: WritableDB, fingerprint: string, by: string, at: string): boolean {
  return (
    db
      .prepare('UPDATE trusted_signers SET removed_by = ?, removed_at = ? WHERE fingerprint = ? AND removed_at IS NULL')
      .run(by, at, fingerprint).changes === 1
  );
}
