import type { VaultDatabase } from '../openDatabase';

/**
 * The voting kiosk (issue 19, point 1). A conference's one-time codes are kept as digests only
 * (the slips carry the codes), keyed by digest so the table holds no order of issue; a code is
 * live or burned, with no time of use. Ballots cast wait in kiosk_ballots, keyed by a random id,
 * without time, order or code, until the head closes the kiosk and they become one verified batch
 * per contest (shuffled, as every batch is stored).
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE kiosk_sheets (
      unit_id TEXT NOT NULL REFERENCES units (id),
      number INTEGER NOT NULL CHECK (number >= 1),
      count INTEGER NOT NULL CHECK (count >= 1),
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL REFERENCES users (id),
      PRIMARY KEY (unit_id, number)
    ) STRICT;

    CREATE TABLE kiosk_codes (
      code_digest TEXT PRIMARY KEY CHECK (length(code_digest) = 64 AND code_digest NOT GLOB '*[^0-9a-f]*'),
      unit_id TEXT NOT NULL,
      sheet INTEGER NOT NULL,
      burned INTEGER NOT NULL DEFAULT 0 CHECK (burned IN (0, 1)),
      FOREIGN KEY (unit_id, sheet) REFERENCES kiosk_sheets (unit_id, number)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX kiosk_codes_unit ON kiosk_codes (unit_id, burned);

    CREATE TABLE kiosk_ballots (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL REFERENCES contests (id),
      entry TEXT NOT NULL CHECK (json_valid(entry))
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE kiosk_closed (
      unit_id TEXT PRIMARY KEY REFERENCES units (id),
      closed_at TEXT NOT NULL,
      closed_by TEXT NOT NULL REFERENCES users (id)
    ) STRICT;
  `);
}
