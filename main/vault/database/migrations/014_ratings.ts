import type { VaultDatabase } from '../openDatabase';

/**
 * The yearly quality rating of issue 17.
 *
 * rating_subjects is the roster: organisations (known by their code), the leadership collective
 * of an organisation (parent_id), and Party members (parent_id: their organisation; is_head: its
 * head). A re-import keeps the ids of what it still lists and marks the rest inactive, so past
 * rounds and records keep naming them.
 *
 * A round (one a year) copies the roster into rating_entries when it begins: what a subject was
 * called and where it stood that year stays with the round. A record of a shortcoming or a
 * disciplinary measure is taken into account by at most one round (rule XL04, seed 003): the
 * single column counted_in_round_id holds it, set by the decisions that consider it
 * (rating_entry_records).
 *
 * A secret-ballot vote of a round is held at the counting desk like any ballot: a campaign of its
 * own with one contest on the member rating form, its rows the subjects voted on (rating_votes,
 * rating_vote_subjects in row order). The unit type "Chi bộ" is what such a campaign's unit is.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE rating_subjects (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('partyOrganisation', 'partyCell', 'tradeUnion', 'youthUnion',
        'womensUnion', 'otherSocioPolitical', 'leadershipCollective', 'member')),
      code TEXT CHECK (code IS NULL OR length(code) BETWEEN 1 AND 50),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      parent_id TEXT REFERENCES rating_subjects (id),
      unit_name TEXT,
      position TEXT NOT NULL DEFAULT '',
      is_head INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      CHECK ((code IS NULL) = (kind IN ('leadershipCollective', 'member'))),
      CHECK (kind NOT IN ('leadershipCollective', 'member') OR parent_id IS NOT NULL),
      CHECK (is_head = 0 OR kind = 'member')
    );
    CREATE UNIQUE INDEX rating_subjects_code ON rating_subjects (code) WHERE code IS NOT NULL;
    CREATE INDEX rating_subjects_parent ON rating_subjects (parent_id);

    CREATE TABLE rating_rounds (
      id TEXT PRIMARY KEY,
      year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
      name TEXT NOT NULL,
      rules TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE rating_entries (
      round_id TEXT NOT NULL REFERENCES rating_rounds (id),
      subject_id TEXT NOT NULL REFERENCES rating_subjects (id),
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL,
      name TEXT NOT NULL,
      organisation_id TEXT REFERENCES rating_subjects (id),
      organisation_name TEXT,
      head_of TEXT REFERENCES rating_subjects (id),
      unit_name TEXT NOT NULL,
      position TEXT NOT NULL,
      self_level TEXT CHECK (self_level IN ('excellent', 'good', 'completed', 'notCompleted')),
      self_assessment TEXT NOT NULL DEFAULT '',
      proposed_level TEXT CHECK (proposed_level IN ('excellent', 'good', 'completed', 'notCompleted')),
      decided_level TEXT CHECK (decided_level IN ('excellent', 'good', 'completed', 'notCompleted')),
      decision_number TEXT,
      decision_date TEXT,
      decided_at TEXT,
      PRIMARY KEY (round_id, subject_id),
      CHECK ((decided_level IS NULL) = (decision_number IS NULL)),
      CHECK ((decided_level IS NULL) = (decision_date IS NULL)),
      CHECK ((decided_level IS NULL) = (decided_at IS NULL))
    ) WITHOUT ROWID;

    CREATE TABLE rating_records (
      id TEXT PRIMARY KEY,
      subject_id TEXT NOT NULL REFERENCES rating_subjects (id),
      kind TEXT NOT NULL CHECK (kind IN ('shortcoming', 'discipline')),
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      description TEXT NOT NULL,
      created_at TEXT NOT NULL,
      counted_in_round_id TEXT REFERENCES rating_rounds (id)
    );

    CREATE TABLE rating_entry_records (
      round_id TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      record_id TEXT NOT NULL REFERENCES rating_records (id),
      PRIMARY KEY (round_id, subject_id, record_id),
      FOREIGN KEY (round_id, subject_id) REFERENCES rating_entries (round_id, subject_id)
    ) WITHOUT ROWID;

    CREATE TABLE rating_votes (
      id TEXT PRIMARY KEY,
      round_id TEXT NOT NULL REFERENCES rating_rounds (id),
      organisation_id TEXT NOT NULL REFERENCES rating_subjects (id),
      campaign_id TEXT NOT NULL UNIQUE REFERENCES campaigns (id),
      contest_id TEXT NOT NULL UNIQUE REFERENCES contests (id),
      poll_date TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE rating_vote_subjects (
      vote_id TEXT NOT NULL REFERENCES rating_votes (id),
      round_id TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      row_index INTEGER NOT NULL,
      PRIMARY KEY (vote_id, row_index),
      UNIQUE (round_id, subject_id),
      FOREIGN KEY (round_id, subject_id) REFERENCES rating_entries (round_id, subject_id)
    ) WITHOUT ROWID;

    INSERT OR IGNORE INTO unit_types (code, name, category, default_template_code, position, built_in)
      VALUES ('chi_bo', 'Chi bộ', 'other', 'member-quality-rating',
        (SELECT coalesce(max(position), -1) + 1 FROM unit_types), 1);

    CREATE TABLE rating_target_sets (
      position INTEGER PRIMARY KEY,
      content TEXT NOT NULL CHECK (json_valid(content))
    );
  `);
}
