import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of sealed result packages accepted at the district, kept verbatim by digest. */

export function isReceived(db: ReadableDB, digest: string): boolean {
  return db.prepare('SELECT 1 FROM received_packages WHERE digest = ?').get(digest) !== undefined;
}

export function insertReceivedPackage(
  db: WritableDB,
  received: {
    digest: string;
    contestId: string;
    sequence: number;
    package: string;
    acceptedBy: string;
    acceptedAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO received_packages (digest, contest_id, sequence, package, accepted_by, accepted_at)
     VALUES (@digest, @contestId, @sequence, @package, @acceptedBy, @acceptedAt)`,
  ).run(received);
}
