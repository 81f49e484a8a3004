import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 017: where an imported batch came from (ballot lines, a survey tool’s export, or the kiosk)', () => {
  const vaults = fixtures.useMigrationVaults(17, (db) => {
    const ids = fixtures.randomIds('campaign', 'unit', 'subject', 'contest', 'head', 'counter1', 'counter2', 'batch');
    fixtures.insertVaultBasics(db);
    fixtures.insertHeadAndCounters(db, ids);
    fixtures.insertSchoolCampaign(db, ids, { status: 'open' });
    fixtures.insertRow(db, 'batches', {
      id: ids.batch,
      contest_id: ids.contest,
      number: 1,
      label: 'Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx',
      source: 'imported',
      verified_at: '2023-05-17T09:00:00.000Z',
      created_at: '2023-05-17T09:00:00.000Z',
    });
    return ids;
  });

  it('keeps every earlier row and adds an empty table: batches imported before it have no known source', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 17);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT count(*) FROM batch_sources').pluck().get()).toBe(0);
  });

  it('a survey names its tool and keeps its mapping; ballot lines have neither; one source per batch, a real digest', () => {
    const vault = vaults.migrated();
    const source = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'batch_sources', {
        batch_id: vault.batch,
        kind: 'survey',
        tool: 'googleForms',
        file_name: 'Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).xlsx',
        file_sha256: 'ab'.repeat(32),
        mapping: '{"tool":"googleForms","criteria":[]}',
        imported_at: '2023-05-17T09:00:00.000Z',
        imported_by: vault.head,
        ...row,
      });
    expect(source({ kind: 'kiosk' })).toThrow(/CHECK/);
    expect(source({ kind: 'kiosk', tool: null, mapping: null })).toThrow(/CHECK/);
    expect(source({ file_name: null, file_sha256: null })).toThrow(/CHECK/);
    expect(source({ kind: 'ballotLines', tool: null, mapping: null, file_sha256: null })).toThrow(/CHECK/);
    expect(source({ tool: 'surveyMonkey' })).toThrow(/CHECK/);
    expect(source({ tool: null })).toThrow(/CHECK/);
    expect(source({ mapping: null })).toThrow(/CHECK/);
    expect(source({ mapping: '["not", "an object"]' })).toThrow(/CHECK/);
    expect(source({ kind: 'ballotLines' })).toThrow(/CHECK/);
    expect(source({ file_sha256: 'AB'.repeat(32) })).toThrow(/CHECK/);
    expect(source({ file_sha256: 'ab'.repeat(31) })).toThrow(/CHECK/);
    expect(source({ file_name: '' })).toThrow(/CHECK/);
    expect(source({ batch_id: randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(source({ imported_by: randomUUID() })).toThrow(/FOREIGN KEY/);
    source({ kind: 'ballotLines', tool: null, mapping: null, file_name: 'phieu.jsonl' })();
    expect(source({})).toThrow(/UNIQUE|PRIMARY/);
    vault.db.prepare('DELETE FROM batch_sources').run();
    source({ kind: 'kiosk', tool: null, mapping: null, file_name: null, file_sha256: null })();
  });
});
