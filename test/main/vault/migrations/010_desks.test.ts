import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

const fingerprint = 'ab'.repeat(32);

describe('migration 010: desks registered at the main desk, and the kit a desk was opened from', () => {
  const vaults = fixtures.useMigrationVaults(10, fixtures.seedOpenSchoolCampaign);

  it('keeps every row and adds empty tables', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 10);
    fixtures.expectRowsKept(vault.db, before);
    for (const table of ['desks', 'desk_contests', 'desk_kits'])
      expect(vault.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });

  it('gives a contest to one desk only, and takes only a real fingerprint', () => {
    const { db, campaign, contest, head } = vaults.migrated();
    const desk = (kitId: string, print = fingerprint) => fixtures.insertDesk(db, { campaign, head }, kitId, print);
    const [first, second] = [randomUUID(), randomUUID()];
    desk(first);
    desk(second);
    expect(() => desk(randomUUID(), 'AB'.repeat(32))).toThrow(/CHECK/);
    expect(() => desk(randomUUID(), 'ab'.repeat(31))).toThrow(/CHECK/);
    fixtures.insertRow(db, 'desk_contests', { contest_id: contest, kit_id: first });
    expect(() => fixtures.insertRow(db, 'desk_contests', { contest_id: contest, kit_id: second })).toThrow(/UNIQUE/);
  });

  it('keeps one kit per campaign at a desk, as valid JSON', () => {
    const { db, campaign } = vaults.migrated();
    const kit = (kitId: string, json = '{"format":"kiem-phieu/desk-kit-file@1"}') =>
      fixtures.insertRow(db, 'desk_kits', {
        kit_id: kitId,
        campaign_id: campaign,
        main_fingerprint: fingerprint,
        kit: json,
        opened_at: '2023-05-01T08:00:00.000Z',
      });
    expect(() => kit(randomUUID(), 'not json')).toThrow(/CHECK/);
    kit(randomUUID());
    expect(() => kit(randomUUID())).toThrow(/UNIQUE/);
  });
});
