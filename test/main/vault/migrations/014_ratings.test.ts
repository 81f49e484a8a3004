import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 014: the roster, rounds, entries and records of the yearly quality rating', () => {
  const vaults = fixtures.useMigrationVaults(14, (db) => ({
    ...fixtures.seedOpenSchoolCampaign(db),
    ...fixtures.randomIds('cell', 'collective', 'member', 'round', 'record'),
  }));

  const seedRoster = (ids: ReturnType<typeof vaults.migrated>) => {
    const { db } = ids;
    fixtures.insertRow(db, 'rating_subjects', {
      id: ids.cell,
      kind: 'partyCell',
      code: 'CB-1',
      name: 'Chi bộ Trường THCS Đa Tốn',
    });
    fixtures.insertRow(db, 'rating_subjects', {
      id: ids.collective,
      kind: 'leadershipCollective',
      name: 'Chi ủy',
      parent_id: ids.cell,
    });
    fixtures.insertRow(db, 'rating_subjects', {
      id: ids.member,
      kind: 'member',
      name: 'Nguyễn Thị Hằng',
      parent_id: ids.cell,
      is_head: 1,
    });
    fixtures.insertRow(db, 'rating_rounds', {
      id: ids.round,
      year: 2025,
      name: 'Năm 2025',
      rules: '{}',
      created_at: 'now',
    });
    fixtures.insertRow(db, 'rating_entries', {
      round_id: ids.round,
      subject_id: ids.member,
      ordinal: 1,
      kind: 'member',
      name: 'Nguyễn Thị Hằng',
      unit_name: 'Chi bộ Trường THCS Đa Tốn',
      position: '',
    });
  };

  it('keeps every earlier row, adds the unit type "Chi bộ" of a vote, and starts with an empty roster', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    const { unit_types: types, ...others } = Object.fromEntries(before);
    migrate(vault.db, 14);
    fixtures.expectRowsKept(vault.db, new Map(Object.entries(others)));
    const typesNow = vault.db.prepare('SELECT code, name, category FROM unit_types ORDER BY position').all();
    const codes = (rows: unknown[]) => rows.map((type) => (type as { code: string }).code).sort();
    expect(codes(typesNow)).toEqual([...codes(types!.rows), 'chi_bo'].sort());
    expect(typesNow.at(-1)).toEqual({ code: 'chi_bo', name: 'Chi bộ', category: 'other' });
    expect(vault.db.prepare('SELECT count(*) FROM rating_subjects').pluck().get()).toBe(0);
  });

  it('a vault whose own unit type is named "Chi bộ" keeps it (a vote uses it)', () => {
    const vault = vaults.beforeMigration();
    fixtures.insertRow(vault.db, 'unit_types', {
      code: 'cb',
      name: 'Chi bộ',
      category: 'other',
      position: 99,
      built_in: 0,
    });
    migrate(vault.db, 14);
    expect(vault.db.prepare("SELECT code FROM unit_types WHERE name = 'Chi bộ'").pluck().all()).toEqual(['cb']);
  });

  it('an organisation has a unique code; a collective or member has none and belongs to an organisation', () => {
    const vault = vaults.migrated();
    seedRoster(vault);
    const add = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'rating_subjects', { id: crypto.randomUUID(), ...row });
    expect(add({ kind: 'partyCell', code: 'CB-1', name: 'Trùng mã' })).toThrow(/UNIQUE/);
    expect(add({ kind: 'partyCell', name: 'Không mã' })).toThrow(/CHECK/);
    expect(add({ kind: 'member', code: 'X', name: 'Có mã', parent_id: vault.cell })).toThrow(/CHECK/);
    expect(add({ kind: 'member', name: 'Không chi bộ' })).toThrow(/CHECK/);
    expect(add({ kind: 'partyCell', code: 'CB-2', name: 'Đứng đầu?', is_head: 1 })).toThrow(/CHECK/);
    expect(add({ kind: 'chiBo', code: 'CB-3', name: 'Loại lạ' })).toThrow(/CHECK/);
    expect(add({ kind: 'member', name: 'Chi bộ lạ', parent_id: crypto.randomUUID() })).toThrow(/FOREIGN KEY/);
  });

  it('one round a year; a decided level comes with its decision number and date; levels are the four', () => {
    const vault = vaults.migrated();
    seedRoster(vault);
    expect(() =>
      fixtures.insertRow(vault.db, 'rating_rounds', {
        id: crypto.randomUUID(),
        year: 2025,
        name: 'Lần hai',
        rules: '{}',
        created_at: 'now',
      }),
    ).toThrow(/UNIQUE/);
    const decide = (level: string | null, number: string | null, date: string | null, at: string | null) => () =>
      vault.db
        .prepare('UPDATE rating_entries SET decided_level = ?, decision_number = ?, decision_date = ?, decided_at = ?')
        .run(level, number, date, at);
    expect(decide('good', null, '2025-12-20', 'now')).toThrow(/CHECK/);
    expect(decide('good', '15-QĐ', null, 'now')).toThrow(/CHECK/);
    expect(decide('great', '15-QĐ', '2025-12-20', 'now')).toThrow(/CHECK/);
    decide('good', '15-QĐ', '2025-12-20', 'now')();
    expect(() => vault.db.prepare("UPDATE rating_entries SET self_level = 'best'").run()).toThrow(/CHECK/);
  });

  it('a record is counted in at most one round, and only a decision of that round links it', () => {
    const vault = vaults.migrated();
    seedRoster(vault);
    fixtures.insertRow(vault.db, 'rating_records', {
      id: vault.record,
      subject_id: vault.member,
      kind: 'discipline',
      year: 2025,
      description: 'Khiển trách',
      created_at: 'now',
      counted_in_round_id: vault.round,
    });
    const link = (round: string, subject: string) => () =>
      fixtures.insertRow(vault.db, 'rating_entry_records', {
        round_id: round,
        subject_id: subject,
        record_id: vault.record,
      });
    expect(link(vault.round, vault.cell)).toThrow(/FOREIGN KEY/);
    link(vault.round, vault.member)();
    expect(() =>
      vault.db.prepare('UPDATE rating_records SET counted_in_round_id = ?').run(crypto.randomUUID()),
    ).toThrow(/FOREIGN KEY/);
    expect(() => vault.db.prepare("UPDATE rating_records SET kind = 'warning'").run()).toThrow(/CHECK/);
  });
});
