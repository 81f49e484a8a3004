import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 009: the units left out of a draw, kept with the draw', () => {
  const vaults = fixtures.useMigrationVaults(9, (db) => {
    const ids = fixtures.randomIds('campaign', 'unit', 'subject', 'contest');
    fixtures.insertVaultBasics(db);
    fixtures.insertSchoolCampaign(db, ids, { status: 'open' });
    return ids;
  });

  it('keeps every row, and leaves a draw held before as "not recorded" rather than a guessed list', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 9);
    fixtures.expectRowsKept(vault.db, before);
    expect(fixtures.columnsOf(vault.db, 'draws')).toEqual([...before.get('draws')!.columns, 'excluded']);
    expect(vault.db.prepare('SELECT excluded FROM draws WHERE campaign_id = ?').pluck().get(vault.campaign)).toBe(null);
  });

  it('takes a JSON list, and nothing else', () => {
    const { db, campaign } = vaults.migrated();
    const set = db.prepare('UPDATE draws SET excluded = ? WHERE campaign_id = ?');
    const list = JSON.stringify([
      { unitType: 'thcs', name: 'THCS Sài Đồng', reason: { vi: 'Mới bổ nhiệm', en: 'New' } },
    ]);
    set.run(list, campaign);
    expect(db.prepare('SELECT excluded FROM draws WHERE campaign_id = ?').pluck().get(campaign)).toBe(list);
    expect(() => set.run('{"not":"a list"}', campaign)).toThrow(/CHECK/);
    expect(() => set.run('not json', campaign)).toThrow(/CHECK/);
  });
});
