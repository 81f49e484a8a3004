import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../main/vault/database/migrations';
import type { VaultDatabase } from '../../../../main/vault/database/openDatabase';
import * as fixtures from '../../../helpers/migrationFixtures';

/**
 * A school ballot's 15 marks (0 blank, 1–4 the level, 255 several marks): the first three rows
 * spell the ballot's number in base 4, so no two ballots of a batch carry the same record.
 */
function schoolMarks(index: number): Buffer {
  return Buffer.from(
    Array.from({ length: 15 }, (_, row) =>
      row < 3 ? ((index >> (2 * row)) & 3) + 1 : [1, 2, 1, 3, 0, 255][(index + row) % 6]!,
    ),
  );
}

interface OldBallot {
  id: string;
  contest_id: string;
  batch_id: string;
  valid: number;
  invalid_reason: string | null;
  answers: Buffer;
  prestige: number;
}

/**
 * A version-3 vault part-way through counting THCS Ngọc Lâm, with a row in every table: the
 * head's contest has an imported batch (30 valid, 2 invalid ballots) and a doubly keyed one (6
 * valid, a resolved mismatch), its conference, counts, an acknowledged warning and its counting
 * closed; the deputy head's contest has a verified batch of invalid ballots only and a batch
 * still being keyed.
 */
function countingVaultAtVersion3(db: VaultDatabase) {
  const ids = fixtures.randomIds(
    'head',
    'counter1',
    'counter2',
    'campaign',
    'unit',
    'headSubject',
    'deputySubject',
    'headContest',
    'deputyContest',
    'importedBatch',
    'keyedBatch',
    'invalidOnlyBatch',
    'unverifiedBatch',
  );
  fixtures.insertVaultBasics(db);
  fixtures.insertHeadAndCounters(db, ids);
  fixtures.insertHeadsFirstAuditEntry(db, {
    head: ids.head,
    at: '2023-05-17T16:00:00.000Z',
    event: 'counting.closed',
    details: JSON.stringify({ contestId: ids.headContest }),
  });

  const schoolForm = fixtures.insertSchoolCampaign(
    db,
    { campaign: ids.campaign, unit: ids.unit, subject: ids.headSubject, contest: ids.headContest },
    { status: 'counting', keyings_required: 3 },
  );
  fixtures.insertRow(db, 'subjects', {
    id: ids.deputySubject,
    unit_id: ids.unit,
    full_name: 'Đỗ Văn Nam',
    positions: '["Phó Hiệu trưởng"]',
    started_at: '2020-09-01',
    position: 1,
  });
  fixtures.insertRow(db, 'contests', {
    id: ids.deputyContest,
    campaign_id: ids.campaign,
    subject_id: ids.deputySubject,
    template_version_id: schoolForm,
    position: 1,
  });

  fixtures.insertConference(db, ids.unit);
  db.prepare(
    `INSERT INTO contest_counts (contest_id, issued, returned, not_returned, valid, invalid_not_official, invalid_blank,
       invalid_identifying, invalid_other, updated_at) VALUES (?, 40, 38, 2, 36, 0, 1, 0, 1, '2023-05-17T09:00:00.000Z')`,
  ).run(ids.headContest);
  db.prepare(
    `INSERT INTO warning_acknowledgements (contest_id, rule, reason, user_id, at)
     VALUES (?, 'W03', 'Hai phiếu không thu lại được do đại biểu về sớm', ?, '2023-05-17T15:00:00.000Z')`,
  ).run(ids.headContest, ids.head);

  const batch = db.prepare(
    `INSERT INTO batches (id, contest_id, number, label, source, verified_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, '2023-05-17T10:00:00.000Z')`,
  );
  batch.run(ids.importedBatch, ids.headContest, 1, 'Tệp phieu.jsonl', 'imported', '2023-05-17T10:01:00.000Z');
  batch.run(ids.keyedBatch, ids.headContest, 2, 'Tập 2', 'keyed', '2023-05-17T11:30:00.000Z');
  batch.run(ids.invalidOnlyBatch, ids.deputyContest, 1, 'Tập 1', 'keyed', '2023-05-17T12:00:00.000Z');
  batch.run(ids.unverifiedBatch, ids.deputyContest, 2, 'Tập 2', 'keyed', null);

  const keying = db.prepare(
    `INSERT INTO keyings (id, batch_id, pass, user_id, session_id, started_at, finished_at)
     VALUES (?, ?, ?, ?, ?, '2023-05-17T10:05:00.000Z', ?)`,
  );
  const keyed = db.prepare(
    'INSERT INTO keyed_ballots (keying_id, position, ballot_id, entry, keystrokes, active_ms) VALUES (?, ?, ?, ?, 17, 4000)',
  );
  const firstPass = randomUUID();
  const secondPass = randomUUID();
  keying.run(firstPass, ids.keyedBatch, 1, ids.counter1, randomUUID(), '2023-05-17T10:40:00.000Z');
  keying.run(secondPass, ids.keyedBatch, 2, ids.counter2, randomUUID(), '2023-05-17T11:10:00.000Z');
  keying.run(randomUUID(), ids.unverifiedBatch, 1, ids.counter1, randomUUID(), null);
  for (let position = 1; position <= 6; position += 1) {
    const entry = (answers: Buffer) =>
      JSON.stringify({ valid: true, answers: [...answers], notes: {}, other: '', prestige: 1 });
    keyed.run(firstPass, position, randomUUID(), entry(schoolMarks(position)));
    keyed.run(secondPass, position, randomUUID(), entry(schoolMarks(position === 4 ? 60 : position)));
  }
  db.prepare(
    `INSERT INTO mismatches (id, batch_id, position, field, keyed, resolution, resolved_value, resolved_by, resolved_at)
     VALUES (?, ?, 4, 'answers.1', '[2,4]', 'pass1', '2', ?, '2023-05-17T11:25:00.000Z')`,
  ).run(randomUUID(), ids.keyedBatch, ids.head);

  const ballot = db.prepare(
    'INSERT INTO ballots (id, contest_id, batch_id, valid, invalid_reason, answers, prestige) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const text = db.prepare('INSERT INTO ballot_texts (ballot_id, kind, criterion, text) VALUES (?, ?, ?, ?)');
  const valid = (batchId: string, count: number) => {
    for (let index = 0; index < count; index += 1) {
      const id = randomUUID();
      ballot.run(id, ids.headContest, batchId, 1, null, schoolMarks(index), index === 7 ? 255 : index % 5);
      if (index === 3) text.run(id, 'note', 2, 'Cần gần gũi giáo viên hơn');
    }
  };
  const invalid = (contestId: string, batchId: string, reason: string) => {
    const id = randomUUID();
    ballot.run(id, contestId, batchId, 0, reason, Buffer.alloc(15), 0);
    if (reason === 'other') text.run(id, 'invalid', 0, 'Phiếu bị rách đôi');
  };
  valid(ids.importedBatch, 30);
  invalid(ids.headContest, ids.importedBatch, 'blank');
  invalid(ids.headContest, ids.importedBatch, 'other');
  valid(ids.keyedBatch, 6);
  invalid(ids.deputyContest, ids.invalidOnlyBatch, 'notOfficial');
  invalid(ids.deputyContest, ids.invalidOnlyBatch, 'identifying');
  invalid(ids.deputyContest, ids.invalidOnlyBatch, 'blank');

  fixtures.insertCountingClosed(db, { contest: ids.headContest, head: ids.head });
  return ids;
}

describe('migration 004: packed ballot records, campaign thresholds', () => {
  const vaults = fixtures.useMigrationVaults(4, countingVaultAtVersion3);

  it('004 keeps every ballot and every other row, packing each verified batch’s valid marks into ballot_marks', () => {
    const { db, ...ids } = vaults.beforeMigration();
    const before = fixtures.snapshotTables(db);
    fixtures.expectEveryTableFilled(before);
    const oldBallots = db.prepare('SELECT * FROM ballots').all() as OldBallot[];
    expect(oldBallots).toHaveLength(41);

    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    before.delete('ballots');
    fixtures.expectRowsKept(db, before);

    // Each ballot keeps its identity and validity; its marks are gone from its row.
    expect(fixtures.columnsOf(db, 'ballots')).toEqual([
      'id',
      'contest_id',
      'batch_id',
      'valid',
      'invalid_reason',
      'slot',
    ]);
    const newBallots = new Map(
      (
        db.prepare('SELECT * FROM ballots').all() as Array<
          Omit<OldBallot, 'answers' | 'prestige'> & { slot: number | null }
        >
      ).map((row) => [row.id, row]),
    );
    expect(newBallots.size).toBe(oldBallots.length);

    // One blob per batch holding valid ballots, none for a batch of invalid ballots only.
    const blobs = new Map(
      (
        db.prepare('SELECT batch_id, contest_id, width, marks FROM ballot_marks').all() as Array<{
          batch_id: string;
          contest_id: string;
          width: number;
          marks: Buffer;
        }>
      ).map((blob) => [blob.batch_id, blob]),
    );
    expect([...blobs.keys()].sort()).toEqual([ids.importedBatch, ids.keyedBatch].sort());
    expect(blobs.get(ids.importedBatch)).toMatchObject({ contest_id: ids.headContest, width: 16 });
    expect(blobs.get(ids.importedBatch)!.marks).toHaveLength(30 * 16);
    expect(blobs.get(ids.keyedBatch)).toMatchObject({ contest_id: ids.headContest, width: 16 });
    expect(blobs.get(ids.keyedBatch)!.marks).toHaveLength(6 * 16);

    // Every valid ballot's record — its 15 marks, then its prestige — sits at its slot.
    const slotsByBatch = new Map<string, number[]>();
    for (const old of oldBallots) {
      const { slot, ...kept } = newBallots.get(old.id)!;
      expect(kept).toEqual({
        id: old.id,
        contest_id: old.contest_id,
        batch_id: old.batch_id,
        valid: old.valid,
        invalid_reason: old.invalid_reason,
      });
      if (old.valid === 0) {
        expect(slot, `slot of invalid ballot ${old.id}`).toBeNull();
        continue;
      }
      expect(slot).toEqual(expect.any(Number));
      const { marks, width } = blobs.get(old.batch_id)!;
      expect(marks.subarray(slot! * width, slot! * width + width)).toEqual(
        Buffer.concat([old.answers, Buffer.from([old.prestige])]),
      );
      slotsByBatch.set(old.batch_id, [...(slotsByBatch.get(old.batch_id) ?? []), slot!]);
    }
    const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
    expect(ascending(slotsByBatch.get(ids.importedBatch)!)).toEqual(Array.from({ length: 30 }, (_, slot) => slot));
    expect(ascending(slotsByBatch.get(ids.keyedBatch)!)).toEqual(Array.from({ length: 6 }, (_, slot) => slot));
    db.close();
  });

  it('004 packs a batch in a shuffled order: slots do not follow the stored order of the ballots', () => {
    const { db, importedBatch } = vaults.migrated();
    // The stored order is by id; 30 ballots landing in that order by chance is one in 30!.
    const slots = db
      .prepare('SELECT slot FROM ballots WHERE batch_id = ? AND valid = 1 ORDER BY id')
      .pluck()
      .all(importedBatch) as number[];
    expect(slots).toHaveLength(30);
    expect(slots).not.toEqual(Array.from({ length: 30 }, (_, slot) => slot));
    db.close();
  });

  it('004 gives existing campaigns a 20% flag threshold and a text floor of 10, refusing values out of range', () => {
    const { db, campaign } = vaults.migrated();
    expect(
      db.prepare('SELECT keyings_required, low_share_threshold, text_floor FROM campaigns WHERE id = ?').get(campaign),
    ).toEqual({ keyings_required: 3, low_share_threshold: 2000, text_floor: 10 });
    const set = (column: string, value: unknown) =>
      db.prepare(`UPDATE campaigns SET ${column} = ? WHERE id = ?`).run(value, campaign);
    expect(() => set('low_share_threshold', 0)).toThrow(/CHECK/);
    expect(() => set('low_share_threshold', 10001)).toThrow(/CHECK/);
    expect(() => set('low_share_threshold', null)).toThrow(/NOT NULL/);
    expect(() => set('text_floor', 4)).toThrow(/CHECK/);
    expect(() => set('text_floor', 1001)).toThrow(/CHECK/);
    set('low_share_threshold', 10000);
    set('text_floor', 5);
    expect(db.prepare('SELECT low_share_threshold, text_floor FROM campaigns WHERE id = ?').get(campaign)).toEqual({
      low_share_threshold: 10000,
      text_floor: 5,
    });
    db.close();
  });

  it('004 adds the strict ballot_marks table, refusing a width of 0, a blob of partial records and a second blob per batch', () => {
    const { db, headContest, deputyContest, importedBatch, invalidOnlyBatch, unverifiedBatch } = vaults.migrated();
    expect(
      db.prepare(`SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = 'ballot_marks'`).pluck().get(),
    ).toBe(1);
    expect(db.prepare(`SELECT name FROM pragma_index_info('ballot_marks_contest')`).pluck().all()).toEqual([
      'contest_id',
    ]);

    const insert = db.prepare('INSERT INTO ballot_marks (batch_id, contest_id, width, marks) VALUES (?, ?, ?, ?)');
    expect(() => insert.run(unverifiedBatch, deputyContest, 0, Buffer.alloc(0))).toThrow(/CHECK/);
    expect(() => insert.run(unverifiedBatch, deputyContest, 102, Buffer.alloc(102))).toThrow(/CHECK/);
    expect(() => insert.run(unverifiedBatch, deputyContest, 16, Buffer.alloc(40))).toThrow(/CHECK/);
    expect(() => insert.run(unverifiedBatch, deputyContest, 16, '1122112211221121')).toThrow(
      /cannot store TEXT value in BLOB column/,
    );
    expect(() => insert.run(unverifiedBatch, deputyContest, 'mười sáu', Buffer.alloc(16))).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    expect(() => insert.run(importedBatch, headContest, 16, Buffer.alloc(16))).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run(randomUUID(), deputyContest, 16, Buffer.alloc(16))).toThrow(/FOREIGN KEY/);
    expect(() => insert.run(invalidOnlyBatch, randomUUID(), 16, Buffer.alloc(16))).toThrow(/FOREIGN KEY/);
    insert.run(invalidOnlyBatch, deputyContest, 16, Buffer.alloc(32));
    insert.run(unverifiedBatch, deputyContest, 101, Buffer.alloc(202));

    const ballot = db.prepare(
      'INSERT INTO ballots (id, contest_id, batch_id, valid, invalid_reason, slot) VALUES (?, ?, ?, 1, NULL, ?)',
    );
    expect(() => ballot.run(randomUUID(), deputyContest, invalidOnlyBatch, -1)).toThrow(/CHECK/);
    ballot.run(randomUUID(), deputyContest, invalidOnlyBatch, 1);
    db.close();
  });
});
