import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { unpackRecord } from '../../../shared/counting/packedMarks';
import { insertVerifiedBallots } from '../../../main/counting/ballotStore';
import { createBatch } from '../../../main/counting/batchStore';
import type { WritableDB } from '../../../main/vault/vaultStore';
import { migrate } from '../../../main/vault/database/migrations';
import * as fixtures from '../../helpers/migrationFixtures';
import { scratchDatabase } from '../../helpers/scratchDatabase';
import { useTempDirectories } from '../../helpers/tempDirectory';

const temp = useTempDirectories();

/** 40 ballots in a known order: valid and invalid alternating, each valid one's marks telling its place. */
function keyedInOrder(): Array<BallotEntry & { id: string }> {
  return Array.from({ length: 40 }, (_, index) =>
    index % 2 === 0
      ? {
          id: randomUUID(),
          valid: true,
          answers: Array.from({ length: 15 }, (_, row) => (row < 3 ? ((index >> (2 * row)) & 3) + 1 : 1)),
          notes: {},
          other: '',
          prestige: 1,
        }
      : { id: randomUUID(), valid: false, invalidReason: 'blank', invalidText: '' },
  );
}

describe('verified ballots are stored in no keying order', () => {
  it('stores a batch keyed in a known order in another order, valid and invalid mixed, each record at its slot', () => {
    // A write outside a vault store: the scratch database stands for the transaction's handle.
    const db = scratchDatabase(temp()) as WritableDB;
    migrate(db);
    const ids = fixtures.randomIds('campaign', 'unit', 'subject', 'contest');
    fixtures.insertVaultBasics(db);
    fixtures.insertSchoolCampaign(db, ids, { status: 'counting' });
    const batchId = createBatch(db, ids.contest, 'Phong bì 1', 'imported', '2023-05-17T10:00:00.000Z');
    const entries = keyedInOrder();
    insertVerifiedBallots(db, ids.contest, batchId, entries);

    const stored = db
      .prepare('SELECT id, valid, slot FROM ballots WHERE batch_id = ? ORDER BY rowid')
      .all(batchId) as Array<{ id: string; valid: number; slot: number | null }>;
    expect(stored.map((row) => row.id).sort()).toEqual(entries.map((entry) => entry.id).sort());
    // A table stored in insertion order: neither the keying order nor valid ballots first (1 chance in 40! and in 10^11).
    expect(stored.map((row) => row.id)).not.toEqual(entries.map((entry) => entry.id));
    expect(stored.map((row) => row.valid)).not.toEqual([...Array(20).fill(1), ...Array(20).fill(0)]);

    // Each valid ballot's slot is its place among the valid ones as stored, and holds its own marks.
    const { width, marks } = db.prepare('SELECT width, marks FROM ballot_marks WHERE batch_id = ?').get(batchId) as {
      width: number;
      marks: Uint8Array;
    };
    const valid = stored.filter((row) => row.valid === 1);
    expect(valid.map((row) => row.slot)).toEqual(valid.map((_, index) => index));
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const row of valid) {
      const entry = byId.get(row.id)! as Extract<BallotEntry, { valid: true }>;
      expect(unpackRecord(marks, width, row.slot!)).toEqual([...entry.answers, entry.prestige]);
    }
    db.close();
  });
});
