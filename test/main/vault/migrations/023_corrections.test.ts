import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 023: corrections after sealing, and the batches keyed for them', () => {
  const vaults = fixtures.useMigrationVaults(23, fixtures.seedOpenSchoolCampaign);

  it('keeps every earlier row; existing batches are ordinary batches in the count', () => {
    const vault = vaults.beforeMigration();
    fixtures.insertRow(vault.db, 'batches', {
      id: 'batch-1',
      contest_id: vault.contest,
      number: 1,
      label: 'Hộp 1',
      source: 'keyed',
      created_at: '2023-05-17T09:00:00.000Z',
    });
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 23);
    fixtures.expectRowsKept(vault.db, before);
    expect(
      vault.db.prepare('SELECT correction_id, replaces_batch_id, correction_state, replaced_at FROM batches').get(),
    ).toEqual({
      correction_id: null,
      replaces_batch_id: null,
      correction_state: null,
      replaced_at: null,
    });
    expect(vault.db.prepare('SELECT count(*) FROM corrections').pluck().get()).toBe(0);
  });

  it('holds one open correction per contest, of a known seal, concluded once with its findings', () => {
    const vault = vaults.migrated();
    const sealId = 'seal-1';
    fixtures.insertRow(vault.db, 'result_seals', {
      id: sealId,
      contest_id: vault.contest,
      sequence: 1,
      envelope_seal: 'NP-01',
      canonical_json: '{}',
      digest: 'ab'.repeat(32),
      sealed_by: vault.head,
      sealed_at: '2023-05-17T11:00:00.000Z',
    });
    const correction = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'corrections', {
        id: `c-${Math.random()}`,
        contest_id: vault.contest,
        number: 1,
        kind: 'recount',
        reason: 'Tổ trưởng đề nghị kiểm lại.',
        sealed_record_id: sealId,
        opened_by: vault.head,
        opened_at: '2023-05-20T08:00:00.000Z',
        ...row,
      });
    expect(correction({ kind: 'whim' })).toThrow(/CHECK/);
    expect(correction({ reason: 'ngắn' })).toThrow(/CHECK/);
    expect(correction({ sealed_record_id: 'no such seal' })).toThrow(/FOREIGN KEY/);
    // Concluded without findings, or with new results but no amendment: refused.
    const concluded = { outcome: 'noChange', concluded_by: vault.head, concluded_at: '2023-05-21T08:00:00.000Z' };
    expect(correction({ ...concluded, findings: null })).toThrow(/CHECK/);
    expect(correction({ ...concluded, outcome: 'newResults', findings: 'Đã kiểm lại từng phiếu.' })).toThrow(/CHECK/);
    correction({ ...concluded, findings: 'Đã kiểm lại từng phiếu.' })();
    correction({ id: 'open-1', number: 2 })();
    expect(correction({ number: 3 })).toThrow(/UNIQUE/);

    const batch = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'batches', {
        id: `b-${Math.random()}`,
        contest_id: vault.contest,
        number: Math.floor(Math.random() * 1e6) + 1,
        label: 'Kiểm lại',
        source: 'keyed',
        created_at: '2023-05-20T09:00:00.000Z',
        ...row,
      });
    expect(batch({ correction_id: 'open-1', correction_state: 'later' })).toThrow(/CHECK/);
    expect(batch({ replaces_batch_id: 'no such batch', correction_id: 'open-1' })).toThrow(/FOREIGN KEY/);
    batch({ correction_id: 'open-1', correction_state: 'pending' })();
  });
});
