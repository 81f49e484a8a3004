import type { VaultDatabase } from '../openDatabase';

const hexDigest = (column: string) => `length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*'`;

/**
 * Several desks, one district. At the main desk, `desks` registers each desk a kit was made for:
 * its name, the fingerprint of its certificate (the only one whose packages will be taken) and
 * the contests it keys, none assigned to two desks. At a desk, `desk_kits` keeps the kit it was
 * opened from, verbatim, with the main desk's fingerprint it was checked against.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE desks (
      kit_id TEXT PRIMARY KEY,
      campaign_id TEXT NOT NULL REFERENCES campaigns (id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      fingerprint TEXT NOT NULL CHECK (${hexDigest('fingerprint')}),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES users (id)
    ) STRICT;

    CREATE TABLE desk_contests (
      contest_id TEXT PRIMARY KEY REFERENCES contests (id),
      kit_id TEXT NOT NULL REFERENCES desks (kit_id)
    ) STRICT;

    CREATE TABLE desk_kits (
      kit_id TEXT PRIMARY KEY,
      campaign_id TEXT NOT NULL UNIQUE REFERENCES campaigns (id),
      main_fingerprint TEXT NOT NULL CHECK (${hexDigest('main_fingerprint')}),
      kit TEXT NOT NULL CHECK (json_valid(kit)),
      opened_at TEXT NOT NULL
    ) STRICT;
  `);
}
