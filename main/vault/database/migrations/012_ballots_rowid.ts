import type { VaultDatabase } from '../openDatabase';

/**
 * Ballots become a rowid table with a unique id. Clustered on a random UUID (WITHOUT ROWID), each
 * batch stored dirtied nearly every page of the table, and every dirty page is encrypted and
 * written at commit: merging 100,000 ballots into a vault holding 200,000 cost 13 s, against 5.5 s
 * as a rowid table (issue 16). The rows are stored in insertion order now, so storage must not
 * keep keying order another way: existing rows are copied batch by batch in a random order within
 * each batch, and new ballots are inserted shuffled (counting/ballotStore.ts).
 *
 * The table is rebuilt inside the migrations' transaction, where foreign keys stay on: dropping
 * the old table would delete its rows first and cascade to ballot_texts, so the texts are set
 * aside, ballot_texts dropped and made again as it was (migration 003) with its rows put back.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE ballots_rebuilt (
      id TEXT NOT NULL UNIQUE,
      contest_id TEXT NOT NULL REFERENCES contests (id),
      batch_id TEXT NOT NULL REFERENCES batches (id),
      valid INTEGER NOT NULL CHECK (valid IN (0, 1)),
      invalid_reason TEXT CHECK (invalid_reason IS NULL OR invalid_reason IN ('notOfficial', 'blank', 'identifying', 'other')),
      slot INTEGER CHECK (slot IS NULL OR slot >= 0)
    ) STRICT;
    INSERT INTO ballots_rebuilt (id, contest_id, batch_id, valid, invalid_reason, slot)
      SELECT id, contest_id, batch_id, valid, invalid_reason, slot FROM ballots ORDER BY batch_id, random();

    CREATE TABLE ballot_texts_set_aside AS SELECT ballot_id, kind, criterion, text FROM ballot_texts;
    DROP TABLE ballot_texts;
    DROP TABLE ballots;
    ALTER TABLE ballots_rebuilt RENAME TO ballots;
    CREATE INDEX ballots_contest ON ballots (contest_id, valid);
    CREATE INDEX ballots_batch ON ballots (batch_id);

    CREATE TABLE ballot_texts (
      ballot_id TEXT NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('note', 'other', 'invalid')),
      criterion INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (ballot_id, kind, criterion)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO ballot_texts (ballot_id, kind, criterion, text)
      SELECT ballot_id, kind, criterion, text FROM ballot_texts_set_aside;
    DROP TABLE ballot_texts_set_aside;
  `);
}
