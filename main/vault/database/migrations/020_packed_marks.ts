import type { VaultDatabase } from '../openDatabase';

/** The old stored form of "several marks" (one byte per mark) and the new (four bits). */
const severalMarksByte = 255;
const severalMarksNibble = 15;

/**
 * Marks four bits each (issue 20, point 4): a batch's records (migration 004) held one byte per
 * mark; now two marks share a byte, the even row in the low half, each record starting on a byte
 * (⌈width / 2⌉ bytes) — 0 blank, 1–10 the mark, 15 several marks. Half the blob is half the
 * encrypted pages a recount reads and checks. Every stored record is repacked here; a byte that is
 * no mark at all stops the migration (and the vault stays as it was) rather than be changed.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE ballot_marks_packed (
      batch_id TEXT PRIMARY KEY REFERENCES batches (id),
      contest_id TEXT NOT NULL REFERENCES contests (id),
      width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 101),
      marks BLOB NOT NULL CHECK (length(marks) % ((width + 1) / 2) = 0)
    ) STRICT;
  `);
  const insert = db.prepare('INSERT INTO ballot_marks_packed (batch_id, contest_id, width, marks) VALUES (?, ?, ?, ?)');
  const rows = db.prepare('SELECT batch_id, contest_id, width, marks FROM ballot_marks').raw().all() as Array<
    [string, string, number, Uint8Array]
  >;
  for (const [batchId, contestId, width, marks] of rows)
    insert.run(batchId, contestId, width, packed(batchId, width, marks));
  db.exec(`
    DROP TABLE ballot_marks;
    ALTER TABLE ballot_marks_packed RENAME TO ballot_marks;
    CREATE INDEX ballot_marks_contest ON ballot_marks (contest_id);
  `);
}

function nibbleOf(batchId: string, byte: number): number {
  if (byte === severalMarksByte) return severalMarksNibble;
  if (byte > 10) throw new Error(`ballot_marks of batch ${batchId}: ${byte} is no mark`);
  return byte;
}

function packed(batchId: string, width: number, marks: Uint8Array): Uint8Array {
  const records = marks.length / width;
  const bytes = (width + 1) >> 1;
  const result = new Uint8Array(records * bytes);
  for (let record = 0; record < records; record += 1)
    for (let row = 0; row < width; row += 1) {
      const nibble = nibbleOf(batchId, marks[record * width + row]!);
      const at = record * bytes + (row >> 1);
      result[at] = result[at]! | (row & 1 ? nibble << 4 : nibble);
    }
  return result;
}
