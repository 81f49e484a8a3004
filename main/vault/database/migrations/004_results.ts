import type { VaultDatabase } from '../openDatabase';

/**
 * Results need a full tally of a million ballots in well under a second. One row per ballot
 * keyed by a random id scatters a contest over the whole table (a tally measured 5 s plain,
 * 24 s encrypted); so the marks of a verified batch are packed into one blob of fixed-width
 * records — a byte per row of the form (0 blank, 1–10 the mark, 255 several marks), then the
 * prestige byte — in a shuffled order, and a tally reads a few narrow blobs per contest. The
 * ballots table keeps each ballot's identity and validity and its record's slot.
 * Campaigns gain the threshold of flagged criteria and the floor for free text.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    ALTER TABLE campaigns ADD COLUMN low_share_threshold INTEGER NOT NULL DEFAULT 2000
      CHECK (low_share_threshold BETWEEN 1 AND 10000);
    ALTER TABLE campaigns ADD COLUMN text_floor INTEGER NOT NULL DEFAULT 10 CHECK (text_floor BETWEEN 5 AND 1000);

    CREATE TABLE ballot_marks (
      batch_id TEXT PRIMARY KEY REFERENCES batches (id),
      contest_id TEXT NOT NULL REFERENCES contests (id),
      width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 101),
      marks BLOB NOT NULL CHECK (length(marks) % width = 0)
    ) STRICT;
    CREATE INDEX ballot_marks_contest ON ballot_marks (contest_id);

    ALTER TABLE ballots ADD COLUMN slot INTEGER CHECK (slot IS NULL OR slot >= 0);
  `);
  packExistingBallots(db);
  db.exec(`
    ALTER TABLE ballots DROP COLUMN answers;
    ALTER TABLE ballots DROP COLUMN prestige;
  `);
}

/** Vaults keyed before this migration: their valid ballots' marks move into the packed blobs. */
function packExistingBallots(db: VaultDatabase): void {
  const rows = db
    .prepare(
      'SELECT id, contest_id, batch_id, answers, prestige FROM ballots WHERE valid = 1 ORDER BY batch_id, random()',
    )
    .all() as Array<{ id: string; contest_id: string; batch_id: string; answers: Uint8Array; prestige: number }>;
  const setSlot = db.prepare('UPDATE ballots SET slot = ? WHERE id = ?');
  const insert = db.prepare('INSERT INTO ballot_marks (batch_id, contest_id, width, marks) VALUES (?, ?, ?, ?)');
  const byBatch = new Map<string, typeof rows>();
  for (const row of rows) {
    const batch = byBatch.get(row.batch_id);
    if (batch) batch.push(row);
    else byBatch.set(row.batch_id, [row]);
  }
  for (const [batchId, ballots] of byBatch) {
    const width = ballots[0]!.answers.length + 1;
    const marks = Buffer.alloc(width * ballots.length);
    ballots.forEach((ballot, slot) => {
      marks.set(ballot.answers, slot * width);
      marks[slot * width + width - 1] = ballot.prestige;
      setSlot.run(slot, ballot.id);
    });
    insert.run(batchId, ballots[0]!.contest_id, width, marks);
  }
}
