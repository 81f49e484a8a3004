import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../main/vault/database/migrations';
import { countMarks } from '../../../../main/results/contestTally';
import { unpackRecord } from '../../../../shared/counting/packedMarks';
import type { ReadableDB } from '../../../../main/vault';
import * as fixtures from '../../../helpers/migrationFixtures';

/** Three school records (15 rows and the prestige) one byte per mark, as migration 004 stored them. */
const schoolRecords = [
  [1, 2, 3, 4, 1, 2, 3, 4, 0, 255, 1, 1, 1, 1, 1, 2],
  [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 1],
];
/** Two ward records: 18 rows and the prestige, an odd width. */
const wardRecords = [
  [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3],
  [2, 255, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 255],
];

describe('migration 020: marks four bits each, two to a byte', () => {
  const vaults = fixtures.useMigrationVaults(20, (db) => {
    // Both records under one contest: the table holds any width; the ward's is odd.
    const ids = { ...fixtures.seedOpenSchoolCampaign(db), ...fixtures.randomIds('school', 'ward') };
    for (const [batch, number] of [
      [ids.school, 1],
      [ids.ward, 2],
    ] as const)
      fixtures.insertRow(db, 'batches', {
        id: batch,
        contest_id: ids.contest,
        number,
        label: 'Hòm phiếu 1',
        source: 'keyed',
        created_at: '2023-05-01T09:00:00.000Z',
      });
    const bytes = (records: number[][]) => Buffer.from(records.flat());
    fixtures.insertRow(db, 'ballot_marks', {
      batch_id: ids.school,
      contest_id: ids.contest,
      width: 16,
      marks: bytes(schoolRecords),
    });
    fixtures.insertRow(db, 'ballot_marks', {
      batch_id: ids.ward,
      contest_id: ids.contest,
      width: 19,
      marks: bytes(wardRecords),
    });
    return ids;
  });

  it('keeps every other row, and every record reads back mark for mark', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    before.delete('ballot_marks');
    migrate(vault.db, 20);
    fixtures.expectRowsKept(vault.db, before);
    const stored = (batch: string) =>
      vault.db.prepare('SELECT width, marks FROM ballot_marks WHERE batch_id = ?').get(batch) as {
        width: number;
        marks: Uint8Array;
      };
    const school = stored(vault.school);
    expect(school.marks.length).toBe(3 * 8);
    expect([...school.marks.subarray(0, 8)]).toEqual([0x21, 0x43, 0x21, 0x43, 0xf0, 0x11, 0x11, 0x21]);
    const ward = stored(vault.ward);
    expect(ward.marks.length).toBe(2 * 10);
    const asAnswers = (records: number[][]) =>
      records.map((record) => record.map((mark) => (mark === 255 ? '*' : mark)));
    expect(schoolRecords.map((_, index) => unpackRecord(school.marks, 16, index))).toEqual(asAnswers(schoolRecords));
    expect(wardRecords.map((_, index) => unpackRecord(ward.marks, 19, index))).toEqual(asAnswers(wardRecords));
    // The recount reads the same counts as the bytes said: row 10 of the school records.
    vault.db.prepare('DELETE FROM ballot_marks WHERE batch_id = ?').run(vault.ward);
    const counts = countMarks(vault.db as unknown as ReadableDB, vault.contest, 16);
    expect(counts.records).toBe(3);
    expect(counts.pairs[(9 << 4) | 15]).toBe(1);
    expect(counts.pairs[(9 << 4) | 0]).toBe(1);
    expect(counts.pairs[(9 << 4) | 4]).toBe(1);
  });

  it('a byte that is no mark stops the migration, and the vault stays as it was', () => {
    const vault = vaults.beforeMigration();
    vault.db
      .prepare('UPDATE ballot_marks SET marks = ? WHERE batch_id = ?')
      .run(Buffer.from(schoolRecords.flat().map((mark, index) => (index === 20 ? 200 : mark))), vault.school);
    const before = fixtures.snapshotTables(vault.db);
    expect(() => migrate(vault.db, 20)).toThrow(/200 is no mark/);
    expect(schemaVersion(vault.db)).toBe(19);
    fixtures.expectRowsKept(vault.db, before);
  });

  it('a record takes ⌈width / 2⌉ bytes, and nothing else fits', () => {
    const vault = vaults.migrated();
    const put = (marks: Buffer) => () =>
      vault.db.prepare('UPDATE ballot_marks SET marks = ? WHERE batch_id = ?').run(marks, vault.ward);
    expect(put(Buffer.alloc(19))).toThrow(/CHECK/);
    put(Buffer.alloc(30))();
  });
});
