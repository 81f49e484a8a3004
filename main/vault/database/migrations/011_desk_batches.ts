import type { VaultDatabase } from '../openDatabase';

/**
 * The batches merged at the main desk from a desk's package: which desk they came from, and what
 * the desk's keyings did (who keyed, how fast) and how its head settled the differences — so the
 * operator statistics and the audit keep the desk, and merging the same batch again is seen.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE desk_batches (
      batch_id TEXT PRIMARY KEY REFERENCES batches (id),
      kit_id TEXT NOT NULL REFERENCES desks (kit_id),
      keyings TEXT NOT NULL CHECK (json_valid(keyings) AND json_type(keyings) = 'array'),
      resolutions TEXT NOT NULL CHECK (json_valid(resolutions) AND json_type(resolutions) = 'array'),
      merged_at TEXT NOT NULL,
      merged_by TEXT NOT NULL REFERENCES users (id)
    ) STRICT;
  `);
}
