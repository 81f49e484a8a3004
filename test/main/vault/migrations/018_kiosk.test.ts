import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 018: the kiosk’s codes as digests, its sheets, the ballots waiting, and closing', () => {
  const vaults = fixtures.useMigrationVaults(18, fixtures.seedOpenSchoolCampaign);

  it('keeps every earlier row', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 18);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT count(*) FROM kiosk_codes').pluck().get()).toBe(0);
  });

  it('a code is a digest of a sheet of its conference, live or burned and nothing more; a waiting ballot is JSON', () => {
    const vault = vaults.migrated();
    fixtures.insertRow(vault.db, 'kiosk_sheets', {
      unit_id: vault.unit,
      number: 1,
      count: 2,
      issued_at: 'now',
      issued_by: vault.head,
    });
    const code = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'kiosk_codes', {
        code_digest: 'ab'.repeat(32),
        unit_id: vault.unit,
        sheet: 1,
        ...row,
      });
    expect(code({ code_digest: 'ABCDE-FGHJK' })).toThrow(/CHECK/);
    expect(code({ sheet: 2 })).toThrow(/FOREIGN KEY/);
    expect(code({ burned: 2 })).toThrow(/CHECK/);
    code({})();
    expect(code({})).toThrow(/UNIQUE|PRIMARY/);
    expect(fixtures.columnsOf(vault.db, 'kiosk_codes')).toEqual(['code_digest', 'unit_id', 'sheet', 'burned']);
    expect(fixtures.columnsOf(vault.db, 'kiosk_ballots')).toEqual(['id', 'contest_id', 'entry']);
    const staged = (entry: string) => () =>
      fixtures.insertRow(vault.db, 'kiosk_ballots', { id: crypto.randomUUID(), contest_id: vault.contest, entry });
    expect(staged('not json')).toThrow(/CHECK/);
    staged('{"valid":false,"invalidReason":"blank","invalidText":""}')();
    fixtures.insertRow(vault.db, 'kiosk_closed', { unit_id: vault.unit, closed_at: 'now', closed_by: vault.head });
    expect(() =>
      fixtures.insertRow(vault.db, 'kiosk_closed', { unit_id: vault.unit, closed_at: 'now', closed_by: vault.head }),
    ).toThrow(/UNIQUE|PRIMARY/);
  });
});
