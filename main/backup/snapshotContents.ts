import { type VaultDatabase, schemaVersion } from '../vault';
import type { BackupCounts } from './backupManifest';

/** What a backup lists beside the database, read from the snapshot (so it matches it exactly). */

export interface SnapshotDescription {
  readonly schemaVersion: number;
  readonly campaigns: string[];
  readonly counts: BackupCounts;
}

function countOf(db: VaultDatabase, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function describeSnapshot(db: VaultDatabase): SnapshotDescription {
  const campaigns = (
    db.prepare('SELECT name FROM campaigns ORDER BY created_at, name').all() as Array<{ name: string }>
  ).map((row) => row.name);
  return {
    schemaVersion: schemaVersion(db),
    campaigns,
    counts: {
      campaigns: campaigns.length,
      contests: countOf(db, 'contests'),
      ballots: countOf(db, 'ballots'),
      seals: countOf(db, 'result_seals'),
      auditEntries: countOf(db, 'audit_log'),
    },
  };
}

export interface SealedResultFiles {
  readonly contestId: string;
  readonly sequence: number;
  readonly digest: string;
  /** The canonical result exactly as digested and signed. */
  readonly canonicalJson: Buffer;
  readonly signature: Buffer | null;
  readonly certificatePem: Buffer | null;
  readonly signerName: string | null;
}

export function sealedResults(db: VaultDatabase): SealedResultFiles[] {
  const rows = db
    .prepare(
      `SELECT contest_id, sequence, digest, canonical_json, signature, certificate_pem, signer_name
       FROM result_seals ORDER BY contest_id, sequence`,
    )
    .all() as Array<{
    contest_id: string;
    sequence: number;
    digest: string;
    canonical_json: string;
    signature: Buffer | null;
    certificate_pem: string | null;
    signer_name: string | null;
  }>;
  return rows.map((row) => ({
    contestId: row.contest_id,
    sequence: row.sequence,
    digest: row.digest,
    canonicalJson: Buffer.from(row.canonical_json, 'utf8'),
    signature: row.signature,
    certificatePem: row.certificate_pem === null ? null : Buffer.from(row.certificate_pem, 'utf8'),
    signerName: row.signer_name,
  }));
}

/**
 * The audit log as JSON lines, oldest first, every field as stored (details stay the canonical
 * JSON text that was hashed), so the chain can be recomputed from the file alone.
 */
export function* auditLines(db: VaultDatabase, linesPerChunk = 2000): Generator<Buffer> {
  let lines: string[] = [];
  const rows = db
    .prepare(
      `SELECT sequence, at, user_id AS userId, user_login AS userLogin, role, event, details,
              previous_hash AS previousHash, hash
       FROM audit_log ORDER BY sequence`,
    )
    .iterate() as IterableIterator<Record<string, unknown>>;
  for (const row of rows) {
    lines.push(`${JSON.stringify(row)}\n`);
    if (lines.length === linesPerChunk) {
      yield Buffer.from(lines.join(''), 'utf8');
      lines = [];
    }
  }
  if (lines.length > 0) yield Buffer.from(lines.join(''), 'utf8');
}
