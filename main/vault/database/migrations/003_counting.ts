import type { VaultDatabase } from '../openDatabase';

/**
 * The counting desk: conference records and counts per contest, batches keyed (twice, by
 * different people) or imported, the double-entry mismatches and how the head resolved them,
 * the verified ballots that are tallied, and warnings acknowledged with a reason.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    -- Campaigns may ask for a third, independent keying of every batch.
    ALTER TABLE campaigns ADD COLUMN keyings_required INTEGER NOT NULL DEFAULT 2 CHECK (keyings_required IN (2, 3));

    CREATE TABLE conferences (
      unit_id TEXT PRIMARY KEY REFERENCES units (id),
      held_on TEXT NOT NULL CHECK (date(held_on) IS held_on),
      place TEXT NOT NULL CHECK (length(place) <= 300),
      chair TEXT NOT NULL CHECK (length(chair) <= 200),
      -- [{ "name": …, "role": "head" | "member" }]
      committee TEXT NOT NULL CHECK (json_valid(committee)),
      convened INTEGER NOT NULL CHECK (convened >= 0),
      present INTEGER NOT NULL CHECK (present >= 0),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE contest_counts (
      contest_id TEXT PRIMARY KEY REFERENCES contests (id),
      issued INTEGER NOT NULL CHECK (issued >= 0),
      returned INTEGER NOT NULL CHECK (returned >= 0),
      not_returned INTEGER NOT NULL CHECK (not_returned >= 0),
      valid INTEGER NOT NULL CHECK (valid >= 0),
      invalid_not_official INTEGER NOT NULL CHECK (invalid_not_official >= 0),
      invalid_blank INTEGER NOT NULL CHECK (invalid_blank >= 0),
      invalid_identifying INTEGER NOT NULL CHECK (invalid_identifying >= 0),
      invalid_other INTEGER NOT NULL CHECK (invalid_other >= 0),
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE warning_acknowledgements (
      contest_id TEXT NOT NULL REFERENCES contests (id),
      rule TEXT NOT NULL CHECK (rule GLOB 'W[0-9][0-9]'),
      reason TEXT NOT NULL CHECK (length(reason) >= 5),
      user_id TEXT NOT NULL REFERENCES users (id),
      at TEXT NOT NULL,
      PRIMARY KEY (contest_id, rule)
    ) STRICT;

    CREATE TABLE batches (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL REFERENCES contests (id),
      number INTEGER NOT NULL CHECK (number >= 1),
      label TEXT NOT NULL CHECK (length(label) <= 100),
      source TEXT NOT NULL CHECK (source IN ('keyed', 'imported')),
      verified_at TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (contest_id, number)
    ) STRICT;

    -- One person per pass; the same person never keys a batch twice.
    CREATE TABLE keyings (
      id TEXT PRIMARY KEY,
      batch_id TEXT NOT NULL REFERENCES batches (id),
      pass INTEGER NOT NULL CHECK (pass BETWEEN 1 AND 3),
      user_id TEXT NOT NULL REFERENCES users (id),
      session_id TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      UNIQUE (batch_id, pass),
      UNIQUE (batch_id, user_id)
    ) STRICT;

    CREATE TABLE keyed_ballots (
      keying_id TEXT NOT NULL REFERENCES keyings (id),
      position INTEGER NOT NULL CHECK (position >= 1),
      ballot_id TEXT NOT NULL,
      entry TEXT NOT NULL CHECK (json_valid(entry)),
      keystrokes INTEGER NOT NULL CHECK (keystrokes >= 0),
      active_ms INTEGER NOT NULL CHECK (active_ms >= 0),
      PRIMARY KEY (keying_id, position)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE mismatches (
      id TEXT PRIMARY KEY,
      batch_id TEXT NOT NULL REFERENCES batches (id),
      position INTEGER NOT NULL,
      field TEXT NOT NULL,
      -- What each pass keyed for the field, in pass order (JSON; null where a pass has no such ballot).
      keyed TEXT NOT NULL CHECK (json_valid(keyed)),
      resolution TEXT CHECK (resolution IS NULL OR resolution IN ('pass1', 'pass2', 'pass3', 'rekey')),
      resolved_value TEXT CHECK (resolved_value IS NULL OR json_valid(resolved_value)),
      resolved_by TEXT REFERENCES users (id),
      resolved_at TEXT
    ) STRICT;
    CREATE INDEX mismatches_batch ON mismatches (batch_id);

    -- The verified ballots, what is tallied. A random id as the key keeps no keying order; one
    -- byte per row in answers (0 blank, 1–10 the mark, 255 several marks) keeps a full tally a
    -- single narrow scan.
    CREATE TABLE ballots (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL REFERENCES contests (id),
      batch_id TEXT NOT NULL REFERENCES batches (id),
      valid INTEGER NOT NULL CHECK (valid IN (0, 1)),
      invalid_reason TEXT CHECK (invalid_reason IS NULL OR invalid_reason IN ('notOfficial', 'blank', 'identifying', 'other')),
      answers BLOB NOT NULL,
      prestige INTEGER NOT NULL CHECK (prestige BETWEEN 0 AND 4 OR prestige = 255)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX ballots_contest ON ballots (contest_id, valid);
    CREATE INDEX ballots_batch ON ballots (batch_id);

    -- Notes, other comments and the text of an "other" invalid reason, verbatim.
    CREATE TABLE ballot_texts (
      ballot_id TEXT NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('note', 'other', 'invalid')),
      criterion INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (ballot_id, kind, criterion)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE counting_closed (
      contest_id TEXT PRIMARY KEY REFERENCES contests (id),
      closed_by TEXT NOT NULL REFERENCES users (id),
      closed_at TEXT NOT NULL
    ) STRICT;
  `);
}
