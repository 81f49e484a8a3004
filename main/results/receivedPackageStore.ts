import type { ReceivedPackage } from '../../shared/results/signerRegister';
import type { ReadableDB, WritableDB } from '../vault';

/**
 * The SQL of sealed result packages accepted at the district, kept verbatim. One package not
 * withdrawn per contest and digest (migration 008): a wrong one is withdrawn, never overwritten.
 */

export function isReceived(db: ReadableDB, contestId: string, digest: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM received_packages WHERE contest_id = ? AND digest = ? AND withdrawn_at IS NULL')
      .get(contestId, digest) !== undefined
  );
}

export function insertReceivedPackage(
  db: WritableDB,
  received: {
    id: string;
    digest: string;
    contestId: string;
    sequence: number;
    package: string;
    signerFingerprint: string;
    acceptedBy: string;
    acceptedAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO received_packages (id, digest, contest_id, sequence, package, signer_fingerprint, accepted_by, accepted_at)
     VALUES (@id, @digest, @contestId, @sequence, @package, @signerFingerprint, @acceptedBy, @acceptedAt)`,
  ).run(received);
}

interface ReceivedRow {
  id: string;
  contest_id: string;
  digest: string;
  sequence: number;
  package: string;
  signer_fingerprint: string;
  accepted_at: string;
  withdrawn_at: string | null;
  withdraw_reason: string | null;
}

/** Every package received, newest first; names are read from the result each package carries. */
export function listReceivedPackages(
  db: ReadableDB,
  describe: (packageJson: string) => { unitName: string; subjectName: string; signer: string },
): ReceivedPackage[] {
  const rows = db
    .prepare(
      `SELECT id, contest_id, digest, sequence, package, signer_fingerprint, accepted_at, withdrawn_at, withdraw_reason
       FROM received_packages ORDER BY accepted_at DESC, id`,
    )
    .all() as ReceivedRow[];
  return rows.map((row) => ({
    id: row.id,
    contestId: row.contest_id,
    ...describe(row.package),
    sequence: row.sequence,
    digest: row.digest,
    fingerprint: row.signer_fingerprint,
    acceptedAt: row.accepted_at,
    withdrawnAt: row.withdrawn_at,
    withdrawReason: row.withdraw_reason,
  }));
}

/** The package's contest and digest, and whether it is withdrawn already; null if there is none. */
export function receivedPackage(
  db: ReadableDB,
  id: string,
): { contestId: string; digest: string; withdrawn: boolean } | null {
  const row = db.prepare('SELECT contest_id, digest, withdrawn_at FROM received_packages WHERE id = ?').get(id) as
    { contest_id: string; digest: string; withdrawn_at: string | null } | undefined;
  return row ? { contestId: row.contest_id, digest: row.digest, withdrawn: row.withdrawn_at !== null } : null;
}

export function withdrawReceivedPackage(db: WritableDB, id: string, by: string, at: string, reason: string): void {
  db.prepare(
    'UPDATE received_packages SET withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ? WHERE id = ? AND withdrawn_at IS NULL',
  ).run(by, at, reason, id);
}

/** The packages not withdrawn, per contest the newest sequence first: what the district counts. */
export function acceptedPackages(db: ReadableDB) {
  return db
    .prepare(
      `SELECT contest_id, digest, sequence, package, signer_fingerprint, accepted_at FROM received_packages
       WHERE withdrawn_at IS NULL ORDER BY contest_id, sequence DESC, accepted_at DESC`,
    )
    .all() as Array<Omit<ReceivedRow, 'id' | 'withdrawn_at' | 'withdraw_reason'>>;
}
