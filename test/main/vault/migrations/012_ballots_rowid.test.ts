import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../../shared/counting/ballot';
import { createBatch, markBatchVerified } from '../../../../main/counting/batchStore';
import { tallyContest } from '../../../../main/results/contestTally';
import type { WritableDB } from '../../../../main/vault/vaultStore';
import { migrate, schemaVersion } from '../../../../main/vault/database/migrations';
import type { VaultDatabase } from '../../../../main/vault/database/openDatabase';
import * as fixtures from '../../../helpers/migrationFixtures';

/** A school ballot (15 rows): marks that differ from ballot to ballot, some notes and comments. */
function schoolBallot(index: number): BallotEntry & { id: string } {
  return {
    id: randomUUID(),
    valid: true,
    answers: Array.from({ length: 15 }, (_, row) => ([1, 2, 1, 3, 0, '*', 4] as const)[(index + row) % 7]!),
    notes: index % 5 === 0 ? { '3': `Ghi chú ${index}`, '12': 'Chưa sâu sát' } : {},
    other: index % 4 === 0 ? `Ý kiến khác ${index}` : '',
    prestige: index % 3 === 0 ? '*' : (index % 4) + 1,
  };
}

const invalidBallots = (): Array<BallotEntry & { id: string }> => [
  { id: randomUUID(), valid: false, invalidReason: 'blank', invalidText: '' },
  { id: randomUUID(), valid: false, invalidReason: 'other', invalidText: 'Gạch xóa cả phiếu' },
  { id: randomUUID(), valid: false, invalidReason: 'identifying', invalidText: '' },
];

/**
 * A verified batch's ballots as version 11 stored them (the store's code of that time): each
 * ballot a row, each valid one's marks one byte per mark (255 several) at its slot of the record.
 */
function insertBallotsAsVersion11(
  db: WritableDB,
  contestId: string,
  batchId: string,
  entries: ReadonlyArray<BallotEntry & { id: string }>,
): void {
  const insertBallot = db.prepare(
    'INSERT INTO ballots (id, contest_id, batch_id, valid, invalid_reason, slot) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertText = db.prepare('INSERT INTO ballot_texts (ballot_id, kind, criterion, text) VALUES (?, ?, ?, ?)');
  const byte = (mark: number | '*') => (mark === '*' ? 255 : mark);
  const marks: number[] = [];
  let slot = 0;
  for (const entry of entries) {
    if (!entry.valid) {
      insertBallot.run(entry.id, contestId, batchId, 0, entry.invalidReason, null);
      if (entry.invalidText !== '') insertText.run(entry.id, 'invalid', 0, entry.invalidText);
      continue;
    }
    marks.push(...entry.answers.map(byte), byte(entry.prestige));
    insertBallot.run(entry.id, contestId, batchId, 1, null, slot);
    slot += 1;
    for (const [criterion, text] of Object.entries(entry.notes))
      insertText.run(entry.id, 'note', Number(criterion), text);
    if (entry.other !== '') insertText.run(entry.id, 'other', 0, entry.other);
  }
  db.prepare('INSERT INTO ballot_marks (batch_id, contest_id, width, marks) VALUES (?, ?, ?, ?)').run(
    batchId,
    contestId,
    16,
    Buffer.from(marks),
  );
}

/** Each row's count of every level (1–4), counted by hand from the valid ballots. */
function levelsByHand(ballots: ReadonlyArray<BallotEntry>): number[][] {
  const rows = Array.from({ length: 15 }, () => [0, 0, 0, 0]);
  for (const ballot of ballots)
    if (ballot.valid)
      ballot.answers.forEach((mark, row) => {
        if (typeof mark === 'number' && mark > 0) rows[row]![mark - 1]! += 1;
      });
  return rows;
}

/** A version-11 vault counting THCS Ngọc Lâm: two verified batches of ballots, with texts and invalid ones. */
function countingVaultAtVersion11(vault: VaultDatabase) {
  // Seeded through the store's own functions, as the app stored ballots at version 11.
  const db = vault as WritableDB;
  const ids = fixtures.randomIds('head', 'counter1', 'counter2', 'campaign', 'unit', 'subject', 'contest');
  fixtures.insertVaultBasics(db);
  fixtures.insertHeadAndCounters(db, ids);
  fixtures.insertSchoolCampaign(db, ids, { status: 'counting' });
  fixtures.insertConference(db, ids.unit);
  const ballots: Array<BallotEntry & { id: string }> = [];
  const batches = [40, 25].map((size, number) => {
    const batchId = createBatch(db, ids.contest, `Phong bì ${number + 1}`, 'imported', '2023-05-17T10:00:00.000Z');
    const entries = [
      ...Array.from({ length: size }, (_, index) => schoolBallot(index + number * 100)),
      ...invalidBallots(),
    ];
    insertBallotsAsVersion11(db, ids.contest, batchId, entries);
    ballots.push(...entries);
    markBatchVerified(db, batchId, '2023-05-17T11:00:00.000Z');
    return batchId;
  });
  return { ...ids, batches, ballots };
}

describe('migration 012: ballots as a rowid table with a unique id', () => {
  const vaults = fixtures.useMigrationVaults(12, countingVaultAtVersion11);

  it('keeps every ballot, text, slot and packed record, the tally and the foreign keys', () => {
    const { db, contest, batches, ballots } = vaults.beforeMigration();
    const before = fixtures.snapshotTables(db);
    const ballotsBefore = db.prepare('SELECT id FROM ballots ORDER BY batch_id, id').pluck().all();
    expect(ballotsBefore).toHaveLength(71);
    expect(before.get('ballot_texts')!.rows.length).toBeGreaterThan(20);

    migrate(db, 12);
    expect(schemaVersion(db)).toBe(12);
    fixtures.expectRowsKept(db, before);
    expect(fixtures.columnsOf(db, 'ballots')).toEqual([
      'id',
      'contest_id',
      'batch_id',
      'valid',
      'invalid_reason',
      'slot',
    ]);
    expect(db.prepare('SELECT batch_id, count(*) AS n FROM ballots GROUP BY batch_id ORDER BY batch_id').all()).toEqual(
      [...batches].sort().map((batchId) => ({ batch_id: batchId, n: batchId === batches[0] ? 43 : 28 })),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db
        .prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE '%set_aside%' OR name LIKE '%rebuilt%'`)
        .pluck()
        .get(),
    ).toBe(0);
    // Brought to today's schema, the recount is the ballots as they were keyed.
    migrate(db);
    const tally = tallyContest(db as WritableDB, contest);
    expect(tally.ballots).toMatchObject({ valid: 65, invalid: 6 });
    expect(tally.criteria.map((criterion) => criterion.levels)).toEqual(levelsByHand(ballots));
  });

  it('stores the rows batch by batch, in a random order within each batch', () => {
    const { db, batches } = vaults.beforeMigration();
    // Clustered on the id, version 11 stores a batch's ballots in id order.
    const idOrder = db.prepare('SELECT id FROM ballots WHERE batch_id = ? ORDER BY id').pluck();
    const before = batches.map((batchId) => idOrder.all(batchId));
    migrate(db, 12);
    const stored = db.prepare('SELECT batch_id, id FROM ballots ORDER BY rowid').all() as Array<{
      batch_id: string;
      id: string;
    }>;
    const batchOrder = stored.map((row) => row.batch_id);
    expect(batchOrder).toEqual([...batchOrder].sort());
    for (const [index, batchId] of batches.entries()) {
      const after = stored.filter((row) => row.batch_id === batchId).map((row) => row.id);
      expect([...after].sort()).toEqual(before[index]);
      // 43 or 28 ballots: the chance that a random order is the id order is nil.
      expect(after).not.toEqual(before[index]);
    }
  });

  it('is a rowid table with the same rules: checks, unique ids, both indexes, texts removed with their ballot', () => {
    const { db, contest, batches } = vaults.migrated();
    const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'ballots'`).pluck().get() as string;
    expect(sql).not.toMatch(/WITHOUT ROWID/);
    expect(sql).toMatch(/STRICT/);
    expect(
      db.prepare(`SELECT name FROM pragma_index_list('ballots') WHERE origin = 'c' ORDER BY name`).pluck().all(),
    ).toEqual(['ballots_batch', 'ballots_contest']);
    expect(db.prepare(`SELECT "unique" FROM pragma_index_list('ballots') WHERE origin = 'u'`).pluck().all()).toEqual([
      1,
    ]);
    const ballot = (row: Record<string, unknown>) =>
      fixtures.insertRow(db, 'ballots', {
        id: randomUUID(),
        contest_id: contest,
        batch_id: batches[0],
        valid: 1,
        invalid_reason: null,
        slot: 0,
        ...row,
      });
    expect(() => ballot({ valid: 2 })).toThrow(/CHECK/);
    expect(() => ballot({ valid: 0, invalid_reason: 'lost' })).toThrow(/CHECK/);
    expect(() => ballot({ slot: -1 })).toThrow(/CHECK/);
    expect(() => ballot({ slot: 'first' })).toThrow(/cannot store TEXT/);
    expect(() => ballot({ id: null })).toThrow(/NOT NULL/);
    expect(() => ballot({ contest_id: randomUUID() })).toThrow(/FOREIGN KEY/);
    const existing = db.prepare('SELECT id FROM ballots LIMIT 1').pluck().get() as string;
    expect(() => ballot({ id: existing })).toThrow(/UNIQUE/);
    expect(() =>
      fixtures.insertRow(db, 'ballot_texts', { ballot_id: randomUUID(), kind: 'note', criterion: 1, text: 'x' }),
    ).toThrow(/FOREIGN KEY/);
    const withText = db.prepare(`SELECT ballot_id FROM ballot_texts WHERE kind = 'invalid' LIMIT 1`).pluck().get();
    db.prepare('DELETE FROM ballots WHERE id = ?').run(withText);
    expect(db.prepare('SELECT count(*) FROM ballot_texts WHERE ballot_id = ?').pluck().get(withText)).toBe(0);
  });
});
