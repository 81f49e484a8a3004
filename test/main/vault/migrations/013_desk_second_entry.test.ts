import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 013: a desk registered for a second entry at the main desk, with its stand-in keyer', () => {
  const vaults = fixtures.useMigrationVaults(13, (db) => {
    const ids = fixtures.randomIds('campaign', 'unit', 'subject', 'contest', 'head', 'counter1', 'counter2', 'kit');
    fixtures.insertVaultBasics(db);
    fixtures.insertHeadAndCounters(db, ids);
    fixtures.insertSchoolCampaign(db, ids, { status: 'open' });
    fixtures.insertDesk(db, ids, ids.kit);
    return ids;
  });

  it('keeps every desk, each one as before: its packages verified batches, no stand-in keyer', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 13);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT second_entry_at_main, keyer_id, package_identity FROM desks').all()).toEqual([
      { second_entry_at_main: 0, keyer_id: null, package_identity: null },
    ]);
  });

  it('a desk for a second entry has a keyer that is a user; a desk without one has none', () => {
    const { db, kit, counter1 } = vaults.migrated();
    const set = (secondEntry: number, keyer: string | null) => () =>
      db
        .prepare('UPDATE desks SET second_entry_at_main = ?, keyer_id = ? WHERE kit_id = ?')
        .run(secondEntry, keyer, kit);
    expect(set(1, null)).toThrow(/CHECK/);
    expect(set(0, counter1)).toThrow(/CHECK/);
    expect(set(2, counter1)).toThrow(/CHECK/);
    expect(set(1, '00000000-0000-4000-8000-000000000000')).toThrow(/FOREIGN KEY/);
    set(1, counter1)();
    expect(db.prepare('SELECT second_entry_at_main FROM desks').pluck().get()).toBe(1);
  });

  it('keeps a desk’s package key only as an age secret key', () => {
    const { db, kit } = vaults.migrated();
    const set = (identity: string) => () =>
      db.prepare('UPDATE desks SET package_identity = ? WHERE kit_id = ?').run(identity, kit);
    expect(set('age1notasecretkey')).toThrow(/CHECK/);
    set('AGE-SECRET-KEY-1QQQQ')();
  });
});
