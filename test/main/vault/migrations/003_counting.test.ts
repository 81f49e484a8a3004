import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../main/vault/database/migrations';
import type { VaultDatabase } from '../../../../main/vault/database/openDatabase';
import * as fixtures from '../../../helpers/migrationFixtures';

const countingTables = [
  'ballot_texts',
  'ballots',
  'batches',
  'conferences',
  'contest_counts',
  'counting_closed',
  'keyed_ballots',
  'keyings',
  'mismatches',
  'warning_acknowledgements',
];

/**
 * A version-2 vault with a row in every table: the vault's identity, a head and two counters,
 * the audit log, a setting, and an open campaign whose school (THCS Ngọc Lâm) has its head
 * assessed on the built-in school form, with the public draw held.
 */
function openCampaignAtVersion2(db: VaultDatabase) {
  const ids = fixtures.randomIds('head', 'counter1', 'counter2', 'campaign', 'unit', 'subject', 'contest');
  fixtures.insertVaultBasics(db);
  fixtures.insertHeadAndCounters(db, ids);
  fixtures.insertHeadsFirstAuditEntry(db, {
    head: ids.head,
    at: '2023-04-01T07:35:00.000Z',
    event: 'user.added',
    details: '{"login":"truongban"}',
  });
  const schoolForm = fixtures.insertSchoolCampaign(db, ids, { status: 'open' });
  return { ...ids, schoolForm };
}

describe('migration 003: the counting desk', () => {
  const vaults = fixtures.useMigrationVaults(3, openCampaignAtVersion2);

  it('003 keeps every row of a version-2 vault and gives its campaigns two keyings by default, refusing four', () => {
    const { db, campaign } = vaults.beforeMigration();
    const before = fixtures.snapshotTables(db);
    fixtures.expectEveryTableFilled(before);

    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    fixtures.expectRowsKept(db, before);
    expect(fixtures.columnsOf(db, 'campaigns')).toEqual([...before.get('campaigns')!.columns, 'keyings_required']);

    expect(db.prepare('SELECT keyings_required FROM campaigns WHERE id = ?').get(campaign)).toEqual({
      keyings_required: 2,
    });
    const setKeyings = db.prepare('UPDATE campaigns SET keyings_required = ? WHERE id = ?');
    setKeyings.run(3, campaign);
    expect(() => setKeyings.run(4, campaign)).toThrow(/CHECK/);
    expect(() => setKeyings.run(1, campaign)).toThrow(/CHECK/);
    expect(() => setKeyings.run(null, campaign)).toThrow(/NOT NULL/);
    expect(db.prepare('SELECT keyings_required FROM campaigns WHERE id = ?').get(campaign)).toEqual({
      keyings_required: 3,
    });
    db.close();
  });

  it('003 adds the counting tables, all strict, the ballot tables without rowid, and the tally indexes', () => {
    const { db } = vaults.migrated();
    const tables = db
      .prepare(
        `SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND name IN (${countingTables.map(() => '?').join(', ')}) ORDER BY name`,
      )
      .all(...countingTables);
    expect(tables).toEqual(
      countingTables.map((name) => ({
        name,
        strict: 1,
        wr: ['ballot_texts', 'ballots', 'keyed_ballots'].includes(name) ? 1 : 0,
      })),
    );
    const indexColumns = (index: string) =>
      db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);
    expect(indexColumns('mismatches_batch')).toEqual(['batch_id']);
    expect(indexColumns('ballots_contest')).toEqual(['contest_id', 'valid']);
    expect(indexColumns('ballots_batch')).toEqual(['batch_id']);
    db.close();
  });

  it('003 lets two different people key a batch, never the same person twice, and holds each pass to 1–3', () => {
    const { db, contest, counter1, counter2 } = vaults.migrated();
    const batch = db.prepare(
      `INSERT INTO batches (id, contest_id, number, label, source, created_at) VALUES (?, ?, ?, ?, ?, '2023-05-17T10:00:00.000Z')`,
    );
    const batchId = randomUUID();
    batch.run(batchId, contest, 1, 'Tập 1', 'keyed');
    expect(() => batch.run(randomUUID(), contest, 1, 'Tập 1 (lại)', 'keyed')).toThrow(/UNIQUE/);
    expect(() => batch.run(randomUUID(), contest, 0, 'Tập 0', 'keyed')).toThrow(/CHECK/);
    expect(() => batch.run(randomUUID(), contest, 2, 'Tập 2', 'scanned')).toThrow(/CHECK/);
    expect(() => batch.run(randomUUID(), randomUUID(), 1, 'Tập lạc', 'keyed')).toThrow(/FOREIGN KEY/);

    const keying = db.prepare(
      `INSERT INTO keyings (id, batch_id, pass, user_id, session_id, started_at) VALUES (?, ?, ?, ?, ?, '2023-05-17T10:05:00.000Z')`,
    );
    const firstPass = randomUUID();
    keying.run(firstPass, batchId, 1, counter1, randomUUID());
    expect(() => keying.run(randomUUID(), batchId, 2, counter1, randomUUID())).toThrow(/UNIQUE/);
    expect(() => keying.run(randomUUID(), batchId, 1, counter2, randomUUID())).toThrow(/UNIQUE/);
    expect(() => keying.run(randomUUID(), batchId, 4, counter2, randomUUID())).toThrow(/CHECK/);
    expect(() => keying.run(randomUUID(), batchId, 2, randomUUID(), randomUUID())).toThrow(/FOREIGN KEY/);
    keying.run(randomUUID(), batchId, 2, counter2, randomUUID());

    const keyed = db.prepare(
      'INSERT INTO keyed_ballots (keying_id, position, ballot_id, entry, keystrokes, active_ms) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const entry = JSON.stringify({
      valid: true,
      answers: [1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2],
      notes: {},
      other: '',
      prestige: 1,
    });
    keyed.run(firstPass, 1, randomUUID(), entry, 17, 4000);
    expect(() => keyed.run(firstPass, 1, randomUUID(), entry, 17, 4000)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => keyed.run(firstPass, 2, randomUUID(), '{"valid":', 17, 4000)).toThrow(/CHECK/);
    expect(() => keyed.run(firstPass, 2, randomUUID(), entry, 'many', 4000)).toThrow(/cannot store TEXT value/);

    const mismatch = db.prepare(
      `INSERT INTO mismatches (id, batch_id, position, field, keyed, resolution, resolved_value, resolved_by, resolved_at)
       VALUES (?, ?, 1, 'answers.3', '[2,3]', ?, ?, ?, ?)`,
    );
    mismatch.run(randomUUID(), batchId, null, null, null, null);
    mismatch.run(randomUUID(), batchId, 'pass1', '2', counter1, '2023-05-17T11:00:00.000Z');
    expect(() => mismatch.run(randomUUID(), batchId, 'pass4', '2', counter1, 'x')).toThrow(/CHECK/);
    expect(() => mismatch.run(randomUUID(), batchId, 'pass2', 'hai', counter1, 'x')).toThrow(/CHECK/);
    db.close();
  });

  it('003 keeps verified ballots as one mark byte per row, refusing a bad prestige, a text answer or an unknown reason', () => {
    const { db, contest, head } = vaults.migrated();
    const batchId = randomUUID();
    db.prepare(
      `INSERT INTO batches (id, contest_id, number, label, source, verified_at, created_at)
       VALUES (?, ?, 1, 'Tệp phieu.jsonl', 'imported', '2023-05-17T10:00:00.000Z', '2023-05-17T10:00:00.000Z')`,
    ).run(batchId, contest);
    const ballot = db.prepare(
      'INSERT INTO ballots (id, contest_id, batch_id, valid, invalid_reason, answers, prestige) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const marks = Buffer.from([1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 255]);
    const validId = randomUUID();
    ballot.run(validId, contest, batchId, 1, null, marks, 1);
    ballot.run(randomUUID(), contest, batchId, 0, 'other', Buffer.alloc(15), 0);
    expect(() => ballot.run(randomUUID(), contest, batchId, 1, null, marks, 5)).toThrow(/CHECK/);
    ballot.run(randomUUID(), contest, batchId, 1, null, marks, 255);
    expect(() => ballot.run(randomUUID(), contest, batchId, 2, null, marks, 1)).toThrow(/CHECK/);
    expect(() => ballot.run(randomUUID(), contest, batchId, 0, 'torn', marks, 0)).toThrow(/CHECK/);
    expect(() => ballot.run(randomUUID(), contest, batchId, 1, null, '1122112211221121', 1)).toThrow(
      /cannot store TEXT value in BLOB column/,
    );
    expect(() => ballot.run(randomUUID(), contest, randomUUID(), 1, null, marks, 1)).toThrow(/FOREIGN KEY/);

    const text = db.prepare('INSERT INTO ballot_texts (ballot_id, kind, criterion, text) VALUES (?, ?, ?, ?)');
    text.run(validId, 'note', 3, 'Cần gần gũi giáo viên hơn');
    text.run(validId, 'other', 0, 'Đề nghị công khai tài chính');
    expect(() => text.run(validId, 'remark', 0, 'Không rõ')).toThrow(/CHECK/);
    expect(() => text.run(randomUUID(), 'note', 1, 'Phiếu không có')).toThrow(/FOREIGN KEY/);
    // A ballot's texts go with it.
    db.prepare('DELETE FROM ballots WHERE id = ?').run(validId);
    expect(db.prepare('SELECT count(*) FROM ballot_texts').pluck().get()).toBe(0);

    db.prepare(
      `INSERT INTO counting_closed (contest_id, closed_by, closed_at) VALUES (?, ?, '2023-05-17T16:00:00.000Z')`,
    ).run(contest, head);
    expect(() =>
      db
        .prepare(`INSERT INTO counting_closed (contest_id, closed_by, closed_at) VALUES (?, ?, 'x')`)
        .run(contest, head),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });

  it('003 checks conference records, counts and warning acknowledgements', () => {
    const { db, unit, contest, head } = vaults.migrated();
    const conference = db.prepare(
      `INSERT INTO conferences (unit_id, held_on, place, chair, committee, convened, present, updated_at)
       VALUES (?, ?, 'Phòng hội đồng', 'Dương Văn Khải', ?, 22, ?, '2023-05-17T08:00:00.000Z')`,
    );
    const committee = JSON.stringify([{ name: 'Trần Văn Bình', role: 'head' }]);
    expect(() => conference.run(unit, '17/05/2023', committee, 20)).toThrow(/CHECK/);
    expect(() => conference.run(unit, '2023-05-17', 'Trần Văn Bình', 20)).toThrow(/CHECK/);
    expect(() => conference.run(unit, '2023-05-17', committee, -1)).toThrow(/CHECK/);
    expect(() => conference.run(randomUUID(), '2023-05-17', committee, 20)).toThrow(/FOREIGN KEY/);
    conference.run(unit, '2023-05-17', committee, 20);

    const counts = db.prepare(
      `INSERT INTO contest_counts (contest_id, issued, returned, not_returned, valid, invalid_not_official, invalid_blank,
         invalid_identifying, invalid_other, updated_at) VALUES (?, 20, 20, 0, ?, 0, 0, 0, 0, '2023-05-17T09:00:00.000Z')`,
    );
    expect(() => counts.run(contest, -1)).toThrow(/CHECK/);
    expect(() => counts.run(contest, '20 phiếu')).toThrow(/cannot store TEXT value in INTEGER column/);
    counts.run(contest, 20);

    const acknowledge = db.prepare(
      `INSERT INTO warning_acknowledgements (contest_id, rule, reason, user_id, at) VALUES (?, ?, ?, ?, '2023-05-17T15:00:00.000Z')`,
    );
    expect(() => acknowledge.run(contest, 'W1', 'Hai phiếu bị rách khi mở hòm', head)).toThrow(/CHECK/);
    expect(() => acknowledge.run(contest, 'W03', 'rách', head)).toThrow(/CHECK/);
    expect(() => acknowledge.run(contest, 'W03', 'Hai phiếu bị rách khi mở hòm', randomUUID())).toThrow(/FOREIGN KEY/);
    acknowledge.run(contest, 'W03', 'Hai phiếu bị rách khi mở hòm', head);
    expect(() => acknowledge.run(contest, 'W03', 'Lần nữa, cùng quy tắc', head)).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});
