import { nextTurn } from '../base/nextTurn';
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

/** Ballots contest by contest (its index), a turn between: a million of them is a third of a second of pages. */
async function ballotCount(db: VaultDatabase): Promise<number> {
  const count = db.prepare('SELECT count(*) FROM ballots WHERE contest_id = ?').pluck();
  let total = 0;
  for (const contestId of db.prepare('SELECT id FROM contests').pluck().all()) {
    total += count.get(contestId) as number;
    await nextTurn();
  }
  return total;
}

/** Audit entries in slices of their sequence, a turn between: a vault keyed by hand holds one per save. */
async function auditEntryCount(db: VaultDatabase, slice = 50_000): Promise<number> {
  const last = (db.prepare('SELECT max(sequence) FROM audit_log').pluck().get() as number | null) ?? 0;
  const count = db.prepare('SELECT count(*) FROM audit_log WHERE sequence > ? AND sequence <= ?').pluck();
  let total = 0;
  for (let from = 0; from < last; from += slice) {
    total += count.get(from, from + slice) as number;
    await nextTurn();
  }
  return total;
}

/** Read in slices with the event loop served between them, so saves made meanwhile never wait long. */
export async function describeSnapshot(db: VaultDatabase): Promise<SnapshotDescription> {
  const campaigns = (
    db.prepare('SELECT name FROM campaigns ORDER BY created_at, name').all() as Array<{ name: string }>
  ).map((row) => row.name);
  return {
    schemaVersion: schemaVersion(db),
    campaigns,
    counts: {
      campaigns: campaigns.length,
      contests: countOf(db, 'contests'),
      ballots: await ballotCount(db),
      seals: countOf(db, 'result_seals'),
      auditEntries: await auditEntryCount(db),
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
