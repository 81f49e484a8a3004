import type { VaultDatabase } from '../openDatabase';

/**
 * Differences sent back to a keyer (issue 21, point 2; Abacus's coordinator sends only the
 * differing fields back to the typist): the head picks the differences of a batch and one keying;
 * its keyer reads those fields again from the paper, blind, and the comparison runs again.
 *
 * A return is open until its keyer answers it (or the head withdraws it, when the keyer cannot
 * come back); a batch has at most one open return. Each field sent back keeps what the keyings
 * held when it was sent and the keyer's own value before the answer: the evidence of who erred,
 * since the answer overwrites the keyed ballot and the difference gives way to a fresh comparison.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE keyer_returns (
      id TEXT PRIMARY KEY,
      batch_id TEXT NOT NULL REFERENCES batches (id),
      keying_id TEXT NOT NULL REFERENCES keyings (id),
      returned_by TEXT NOT NULL REFERENCES users (id),
      returned_at TEXT NOT NULL,
      answered_at TEXT,
      withdrawn_at TEXT,
      CHECK (answered_at IS NULL OR withdrawn_at IS NULL)
    ) STRICT;
    CREATE UNIQUE INDEX keyer_returns_one_open ON keyer_returns (batch_id)
      WHERE answered_at IS NULL AND withdrawn_at IS NULL;
    CREATE INDEX keyer_returns_keying ON keyer_returns (keying_id);

    CREATE TABLE keyer_return_fields (
      return_id TEXT NOT NULL REFERENCES keyer_returns (id),
      -- The difference sent back: a fresh comparison replaces it once the return is answered.
      difference_id TEXT NOT NULL,
      position INTEGER NOT NULL CHECK (position >= 1),
      field TEXT NOT NULL CHECK (
        field IN ('ballot', 'prestige', 'other') OR field GLOB 'answer:[1-9]*' OR field GLOB 'note:[1-9]*'
      ),
      -- What each pass had keyed when the field was sent back (JSON, in pass order).
      keyed TEXT NOT NULL CHECK (json_valid(keyed) AND json_type(keyed) = 'array'),
      -- The keyer's own value before, and the value read again from the paper (JSON; null: no ballot).
      original_value TEXT NOT NULL CHECK (json_valid(original_value)),
      rekeyed_value TEXT CHECK (rekeyed_value IS NULL OR json_valid(rekeyed_value)),
      PRIMARY KEY (return_id, difference_id),
      UNIQUE (return_id, position, field)
    ) STRICT, WITHOUT ROWID;
  `);
}
