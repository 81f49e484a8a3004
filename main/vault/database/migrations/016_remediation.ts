import type { VaultDatabase } from '../openDatabase';

/**
 * After the sealed result (issue 18): a remediation plan per person assessed — one per contest,
 * since the flagged criteria are rows of that contest's form — with its measures and the dated
 * follow-up notes that record its status; and the decisions people took on matching a person to
 * last year's campaign. Certain matches are not stored: they follow from the names
 * (shared/remediation/personMatching.ts); only a confirmed match or a rejected one is.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE remediation_plans (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL UNIQUE REFERENCES contests (id),
      source TEXT NOT NULL CHECK (source IN ('paper', 'unit')),
      submitted_on TEXT NOT NULL CHECK (date(submitted_on) IS submitted_on),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES users (id)
    ) STRICT;

    CREATE TABLE remediation_measures (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES remediation_plans (id),
      position INTEGER NOT NULL,
      criterion_number INTEGER CHECK (criterion_number IS NULL OR criterion_number >= 1),
      criterion_text TEXT NOT NULL,
      measures TEXT NOT NULL CHECK (length(measures) >= 1),
      deadline TEXT NOT NULL CHECK (date(deadline) IS deadline),
      checker TEXT NOT NULL CHECK (length(checker) >= 1),
      done_on TEXT CHECK (done_on IS NULL OR date(done_on) IS done_on),
      UNIQUE (plan_id, position)
    ) STRICT;

    CREATE TABLE remediation_notes (
      plan_id TEXT NOT NULL REFERENCES remediation_plans (id),
      seq INTEGER NOT NULL,
      noted_on TEXT NOT NULL CHECK (date(noted_on) IS noted_on),
      status TEXT NOT NULL CHECK (status IN ('submitted', 'inProgress', 'done', 'overdue')),
      note TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES users (id),
      PRIMARY KEY (plan_id, seq)
    ) STRICT;

    CREATE TABLE person_match_decisions (
      -- A draft campaign's people are replaced when its units are imported again: the decisions go with them.
      subject_id TEXT PRIMARY KEY REFERENCES subjects (id) ON DELETE CASCADE,
      -- NULL: not the same person as anyone last year.
      previous_subject_id TEXT REFERENCES subjects (id) ON DELETE CASCADE,
      decided_at TEXT NOT NULL,
      decided_by TEXT NOT NULL REFERENCES users (id),
      CHECK (previous_subject_id IS NULL OR previous_subject_id <> subject_id)
    ) STRICT;
  `);
}
