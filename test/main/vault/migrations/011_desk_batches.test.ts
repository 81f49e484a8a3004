import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 011: batches merged from a desk, with the desk’s keyings and resolutions', () => {
  const vaults = fixtures.useMigrationVaults(11, (db) => {
    const ids = fixtures.randomIds(
      'campaign',
      'unit',
      'subject',
      'contest',
      'head',
      'counter1',
      'counter2',
      'kit',
      'batch',
    );
    fixtures.insertVaultBasics(db);
    fixtures.insertHeadAndCounters(db, ids);
    fixtures.insertSchoolCampaign(db, ids, { status: 'open' });
    fixtures.insertDesk(db, ids, ids.kit);
    fixtures.insertRow(db, 'batches', {
      id: ids.batch,
      contest_id: ids.contest,
      number: 1,
      label: 'Bàn phụ số 2: Phong bì 1',
      source: 'imported',
      created_at: '2023-05-01T09:00:00.000Z',
    });
    return ids;
  });

  it('keeps every row and adds an empty table', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 11);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT count(*) FROM desk_batches').pluck().get()).toBe(0);
  });

  it('marks a batch with one desk, its figures as JSON lists', () => {
    const { db, batch, kit, head } = vaults.migrated();
    const mark = (batchId: string, keyings = '[]', kitId = kit) =>
      fixtures.insertRow(db, 'desk_batches', {
        batch_id: batchId,
        kit_id: kitId,
        keyings,
        resolutions: '[]',
        merged_at: '2023-05-02T08:00:00.000Z',
        merged_by: head,
      });
    expect(() => mark(batch, '{"pass":1}')).toThrow(/CHECK/);
    mark(batch, '[{"pass":1,"userLogin":"kiemphieu1"}]');
    expect(() => mark(batch)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => mark(randomUUID())).toThrow(/FOREIGN KEY/);
  });
});
