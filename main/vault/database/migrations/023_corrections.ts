import type { VaultDatabase } from '../openDatabase';

/**
 * Corrections after sealing (issue 21, point 1), handled as an investigation: the head opens one
 * on a sealed contest with its reason, writes what was found, and concludes it with or without new
 * results. New results come from batches keyed for the correction, by the same double entry as
 * any batch: a batch that replaces one found wrong, or one that was missing. Their ballots count
 * only once the correction concludes with new results (its amendment is then sealed); until then
 * the sealed tally stands untouched. A replaced batch keeps its keyings, so its ballots — and
 * the earlier seal's tally — can always be derived again.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE corrections (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL REFERENCES contests (id),
      -- 1, 2 … per contest: "điều chỉnh số 1".
      number INTEGER NOT NULL CHECK (number >= 1),
      kind TEXT NOT NULL CHECK (kind IN ('recount', 'misSorted', 'mistyped', 'other')),
      reason TEXT NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
      -- The record in force when it was opened: what the correction may change.
      sealed_record_id TEXT NOT NULL REFERENCES result_seals (id),
      opened_by TEXT NOT NULL REFERENCES users (id),
      opened_at TEXT NOT NULL,
      findings TEXT CHECK (findings IS NULL OR length(findings) <= 4000),
      findings_at TEXT,
      outcome TEXT CHECK (outcome IS NULL OR outcome IN ('newResults', 'noChange')),
      -- The amendment it sealed, when it concluded with new results.
      amendment_id TEXT REFERENCES result_seals (id),
      concluded_by TEXT REFERENCES users (id),
      concluded_at TEXT,
      UNIQUE (contest_id, number),
      CHECK ((outcome IS NULL) = (concluded_at IS NULL) AND (outcome IS NULL) = (concluded_by IS NULL)),
      CHECK (outcome IS NULL OR coalesce(length(findings), 0) >= 10),
      CHECK ((amendment_id IS NOT NULL) = (outcome IS 'newResults'))
    ) STRICT;
    -- At most one open correction per contest.
    CREATE UNIQUE INDEX corrections_open ON corrections (contest_id) WHERE outcome IS NULL;

    -- A batch keyed for a correction, and the batch it replaces (none: a stack that was missing).
    ALTER TABLE batches ADD COLUMN correction_id TEXT REFERENCES corrections (id);
    ALTER TABLE batches ADD COLUMN replaces_batch_id TEXT REFERENCES batches (id)
      CHECK (replaces_batch_id IS NULL OR correction_id IS NOT NULL);
    -- A correction's batch waits outside the count until its correction concludes: then it is
    -- counted (new results) or set aside (the sealed result stands).
    ALTER TABLE batches ADD COLUMN correction_state TEXT
      CHECK (correction_state IS NULL OR correction_state IN ('pending', 'counted', 'setAside'));
    -- When a concluded correction took this batch out of the count (its ballots replaced).
    ALTER TABLE batches ADD COLUMN replaced_at TEXT;
    CREATE INDEX batches_correction ON batches (correction_id) WHERE correction_id IS NOT NULL;
  `);
}
