import type { VaultDatabase } from '../openDatabase';

/** Vault identity, users and roles, the hash-chained audit log, settings. */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE vault_meta (
      key TEXT PRIMARY KEY CHECK (key IN ('vault_id', 'vault_name', 'created_at')),
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE users (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      login TEXT NOT NULL CHECK (login GLOB '[a-z0-9]*' AND length(login) BETWEEN 2 AND 32),
      full_name TEXT NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
      role TEXT NOT NULL CHECK (role IN ('admin', 'head', 'counter', 'archivist')),
      created_at TEXT NOT NULL,
      removed_at TEXT
    ) STRICT;
    -- A login may be reused once its earlier holder has been removed.
    CREATE UNIQUE INDEX users_active_login ON users (login) WHERE removed_at IS NULL;

    CREATE TABLE audit_log (
      sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
      at TEXT NOT NULL,
      user_id TEXT,
      user_login TEXT,
      role TEXT CHECK (role IS NULL OR role IN ('admin', 'head', 'counter', 'archivist')),
      event TEXT NOT NULL,
      details TEXT NOT NULL CHECK (json_valid(details)),
      previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT;
    CREATE INDEX audit_log_event ON audit_log (event);
    CREATE INDEX audit_log_user ON audit_log (user_id);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
