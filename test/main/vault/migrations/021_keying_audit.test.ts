import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 021: the keying-quality audit — its settings, samples, audit keyings and judged differences', () => {
  const vaults = fixtures.useMigrationVaults(21, (db) => {
    const ids = fixtures.seedOpenSchoolCampaign(db);
    const { batch } = fixtures.randomIds('batch');
    fixtures.insertRow(db, 'batches', {
      id: batch,
      contest_id: ids.contest,
      number: 1,
      label: 'Phong bì 1',
      source: 'keyed',
      verified_at: '2023-05-17T10:00:00.000Z',
      created_at: '2023-05-17T09:00:00.000Z',
    });
    return { ...ids, batch };
  });

  it('keeps every earlier row; campaigns audit nothing until asked, and warn above 1.00 per 1,000 fields', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 21);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT audit_sample_size, audit_warning_bound FROM campaigns').all()).toEqual([
      { audit_sample_size: 0, audit_warning_bound: 100 },
    ]);
    for (const table of ['keying_audits', 'keying_audit_ballots', 'keying_audit_differences'])
      expect(vault.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });

  it('holds the settings only within their bounds', () => {
    const { db, campaign } = vaults.migrated();
    const set = (column: string, value: number) => () =>
      db.prepare(`UPDATE campaigns SET ${column} = ? WHERE id = ?`).run(value, campaign);
    expect(set('audit_sample_size', -1)).toThrow(/CHECK/);
    expect(set('audit_sample_size', 1001)).toThrow(/CHECK/);
    expect(set('audit_warning_bound', 0)).toThrow(/CHECK/);
    set('audit_sample_size', 5)();
    set('audit_warning_bound', 250)();
  });

  it('a sample keeps its seed, positions and drawer; its keying, differences and verdicts belong to it', () => {
    const { db, batch, head, counter1 } = vaults.migrated();
    const audit = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(db, 'keying_audits', {
        batch_id: batch,
        algorithm: 'sha256-ctr-fisher-yates-v1',
        seed: 'ab'.repeat(32),
        ballot_count: 20,
        positions: '[3,17]',
        drawn_by: head,
        drawn_at: '2023-05-17T11:00:00.000Z',
        ...row,
      });
    expect(audit({ seed: 'not hex' })).toThrow(/CHECK/);
    expect(audit({ algorithm: 'guess' })).toThrow(/CHECK/);
    expect(audit({ positions: '{}' })).toThrow(/CHECK/);
    expect(audit({ batch_id: '00000000-0000-4000-8000-000000000000' })).toThrow(/FOREIGN KEY/);
    expect(audit({ auditor_id: counter1 })).toThrow(/CHECK/);
    expect(audit({ auditor_id: counter1, started_at: 'now', finished_at: 'now' })).toThrow(/CHECK/);
    audit({ auditor_id: counter1, started_at: 'now' })();
    expect(audit({})).toThrow(/UNIQUE|PRIMARY/);

    fixtures.insertRow(db, 'keying_audit_ballots', {
      batch_id: batch,
      position: 3,
      entry: '{"valid":false,"invalidReason":"blank","invalidText":""}',
      keystrokes: 2,
      active_ms: 900,
    });
    const difference = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(db, 'keying_audit_differences', {
        id: fixtures.randomIds('id').id,
        batch_id: batch,
        position: 3,
        field: 'answer:7',
        verified_value: '2',
        audit_value: '3',
        ...row,
      });
    expect(difference({ field: 'answer:x' })).toThrow(/CHECK/);
    expect(difference({ verdict: 'verifiedWrong' })).toThrow(/CHECK/);
    expect(difference({ verdict: 'maybe', judged_by: head, judged_at: 'now' })).toThrow(/CHECK/);
    difference({ verdict: 'verifiedWrong', judged_by: head, judged_at: 'now' })();
    expect(difference({})).toThrow(/UNIQUE/);
    difference({ field: 'prestige' })();
  });
});
