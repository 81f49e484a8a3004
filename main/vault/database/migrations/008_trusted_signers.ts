import { randomUUID, X509Certificate } from 'node:crypto';
import type { VaultDatabase } from '../openDatabase';

const hexDigest = (column: string) => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;

/** SHA-256 of the certificate a package carries, lower-case hex; null when it cannot be read. */
function fingerprintOf(packageJson: string): string | null {
  try {
    const { certificate } = JSON.parse(packageJson) as { certificate?: unknown };
    if (typeof certificate !== 'string') return null;
    return new X509Certificate(certificate).fingerprint256.replaceAll(':', '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The district's register of the signers it trusts, and receiving keyed by contest and digest.
 * A package is accepted only from a certificate whose fingerprint is in the register (typed from
 * paper or carried over from a previous year). Receiving was keyed by digest alone, so a genuine
 * result re-signed by an impostor and received first blocked the genuine package forever; now a
 * received package can be withdrawn (audited), and only one not withdrawn may exist per contest
 * and digest. The fingerprint of each package already received is read from its certificate.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE trusted_signers (
      fingerprint TEXT PRIMARY KEY CHECK (${hexDigest('fingerprint')}),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      note TEXT NOT NULL CHECK (length(note) <= 500),
      source TEXT NOT NULL CHECK (source IN ('typed', 'register')),
      added_by TEXT NOT NULL REFERENCES users (id),
      added_at TEXT NOT NULL,
      removed_by TEXT REFERENCES users (id),
      removed_at TEXT,
      CHECK ((removed_by IS NULL) = (removed_at IS NULL))
    ) STRICT;

    CREATE TABLE received_packages_by_contest (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL,
      digest TEXT NOT NULL CHECK (${hexDigest('digest')}),
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      package TEXT NOT NULL CHECK (json_valid(package)),
      signer_fingerprint TEXT NOT NULL CHECK (${hexDigest('signer_fingerprint')}),
      accepted_by TEXT NOT NULL REFERENCES users (id),
      accepted_at TEXT NOT NULL,
      withdrawn_by TEXT REFERENCES users (id),
      withdrawn_at TEXT,
      withdraw_reason TEXT CHECK (withdraw_reason IS NULL OR length(withdraw_reason) BETWEEN 1 AND 500),
      CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL) AND (withdrawn_at IS NULL) = (withdraw_reason IS NULL))
    ) STRICT;
  `);
  const rows = db.prepare('SELECT * FROM received_packages').all() as Array<{
    digest: string;
    contest_id: string;
    sequence: number;
    package: string;
    accepted_by: string;
    accepted_at: string;
  }>;
  const insert = db.prepare(
    `INSERT INTO received_packages_by_contest
       (id, contest_id, digest, sequence, package, signer_fingerprint, accepted_by, accepted_at,
        withdrawn_by, withdrawn_at, withdraw_reason)
     VALUES (@id, @contest_id, @digest, @sequence, @package, @fingerprint, @accepted_by, @accepted_at,
        @withdrawn_by, @withdrawn_at, @withdraw_reason)`,
  );
  for (const row of rows) {
    const fingerprint = fingerprintOf(row.package);
    // Every package was checked when accepted; one whose certificate cannot be read now is kept,
    // but withdrawn, so it counts for nothing until received again.
    const unreadable = fingerprint === null;
    insert.run({
      ...row,
      id: randomUUID(),
      fingerprint: fingerprint ?? '0'.repeat(64),
      withdrawn_by: unreadable ? row.accepted_by : null,
      withdrawn_at: unreadable ? row.accepted_at : null,
      withdraw_reason: unreadable ? 'Không đọc được chứng thư của người ký khi nâng cấp kho' : null,
    });
  }
  db.exec(`
    DROP TABLE received_packages;
    ALTER TABLE received_packages_by_contest RENAME TO received_packages;
    CREATE UNIQUE INDEX received_packages_current ON received_packages (contest_id, digest) WHERE withdrawn_at IS NULL;
  `);
}
