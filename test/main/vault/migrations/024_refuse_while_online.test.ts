import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 024: a campaign may refuse keying and sealing while the machine is online', () => {
  const vaults = fixtures.useMigrationVaults(24, (db) => {
    const ids = fixtures.seedOpenSchoolCampaign(db);
    const draft = fixtures.randomIds('campaign', 'unit', 'subject', 'contest');
    fixtures.insertSchoolCampaign(db, draft, { status: 'draft', name: 'Lấy ý kiến năm 2024', year: 2024 });
    return { ...ids, draft: draft.campaign };
  });

  it('keeps every earlier row; the open campaign keeps its rules, the one still being prepared asks like a new one', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 24);
    fixtures.expectRowsKept(vault.db, before);
    const setting = (id: string) =>
      vault.db.prepare('SELECT refuse_while_online FROM campaigns WHERE id = ?').pluck().get(id);
    expect(setting(vault.campaign)).toBe(0);
    expect(setting(vault.draft)).toBe(1);
  });

  it('holds only yes or no', () => {
    const { db, campaign } = vaults.migrated();
    const set = (value: number) => () =>
      db.prepare('UPDATE campaigns SET refuse_while_online = ? WHERE id = ?').run(value, campaign);
    expect(set(2)).toThrow(/CHECK/);
    set(1)();
  });
});
