import type { VaultDatabase } from '../openDatabase';

/**
 * The keying-quality audit (issue 21, point 3): how many keying errors survive double entry.
 *
 * A campaign says how many ballots of each verified batch are audited (0: none) and above what
 * rate of residual errors per 1,000 fields a contest warns (kept in hundredths: 100 = 1.00).
 *
 * Per batch audited, `keying_audits` keeps the sample as drawn — the CSPRNG seed, the ballots in
 * the batch, the paper positions — so anyone can recompute it, then who keyed it again (a third
 * person) and when. `keying_audit_ballots` holds that keying by paper position;
 * `keying_audit_differences` each field where it differs from the verified ballot, with the
 * head's verdict against the paper: the verified value was wrong (a residual error) or the
 * audit's keying was. `fields_compared` is what the rate is over.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    ALTER TABLE campaigns ADD COLUMN audit_sample_size INTEGER NOT NULL DEFAULT 0
      CHECK (audit_sample_size BETWEEN 0 AND 1000);
    ALTER TABLE campaigns ADD COLUMN audit_warning_bound INTEGER NOT NULL DEFAULT 100
      CHECK (audit_warning_bound BETWEEN 1 AND 100000);

    CREATE TABLE keying_audits (
      batch_id TEXT PRIMARY KEY REFERENCES batches (id),
      algorithm TEXT NOT NULL CHECK (algorithm = 'sha256-ctr-fisher-yates-v1'),
      seed TEXT NOT NULL CHECK (length(seed) = 64 AND seed NOT GLOB '*[^0-9a-f]*'),
      ballot_count INTEGER NOT NULL CHECK (ballot_count >= 1),
      -- The paper positions drawn, ascending (JSON array of integers from 1 to ballot_count).
      positions TEXT NOT NULL CHECK (json_valid(positions) AND json_type(positions) = 'array'),
      drawn_by TEXT NOT NULL REFERENCES users (id),
      drawn_at TEXT NOT NULL,
      auditor_id TEXT REFERENCES users (id),
      started_at TEXT,
      finished_at TEXT,
      fields_compared INTEGER CHECK (fields_compared IS NULL OR fields_compared >= 0),
      CHECK ((auditor_id IS NULL) = (started_at IS NULL)),
      CHECK (finished_at IS NULL OR (started_at IS NOT NULL AND fields_compared IS NOT NULL))
    ) STRICT;

    CREATE TABLE keying_audit_ballots (
      batch_id TEXT NOT NULL REFERENCES keying_audits (batch_id),
      position INTEGER NOT NULL CHECK (position >= 1),
      entry TEXT NOT NULL CHECK (json_valid(entry)),
      keystrokes INTEGER NOT NULL CHECK (keystrokes >= 0),
      active_ms INTEGER NOT NULL CHECK (active_ms >= 0),
      PRIMARY KEY (batch_id, position)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE keying_audit_differences (
      id TEXT PRIMARY KEY,
      batch_id TEXT NOT NULL REFERENCES keying_audits (batch_id),
      position INTEGER NOT NULL CHECK (position >= 1),
      field TEXT NOT NULL CHECK (
        field IN ('ballot', 'prestige', 'other') OR field GLOB 'answer:[1-9]*' OR field GLOB 'note:[1-9]*'
      ),
      verified_value TEXT NOT NULL CHECK (json_valid(verified_value)),
      audit_value TEXT NOT NULL CHECK (json_valid(audit_value)),
      verdict TEXT CHECK (verdict IS NULL OR verdict IN ('verifiedWrong', 'auditWrong')),
      judged_by TEXT REFERENCES users (id),
      judged_at TEXT,
      CHECK ((verdict IS NULL) = (judged_by IS NULL) AND (verdict IS NULL) = (judged_at IS NULL)),
      UNIQUE (batch_id, position, field)
    ) STRICT;
  `);
}
