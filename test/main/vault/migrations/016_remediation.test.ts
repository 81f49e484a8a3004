import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 016: remediation plans, their measures and notes, and match decisions', () => {
  const vaults = fixtures.useMigrationVaults(16, (db) => ({
    ...fixtures.seedOpenSchoolCampaign(db),
    ...fixtures.randomIds('plan', 'measure'),
  }));

  const seedPlan = (vault: ReturnType<typeof vaults.migrated>) =>
    fixtures.insertRow(vault.db, 'remediation_plans', {
      id: vault.plan,
      contest_id: vault.contest,
      source: 'paper',
      submitted_on: '2023-06-10',
      created_at: 'now',
      created_by: vault.head,
    });

  it('keeps every earlier row', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 16);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT count(*) FROM remediation_plans').pluck().get()).toBe(0);
  });

  it('one plan per contest, from paper or the unit, on a real day; measures in order with a deadline and a checker', () => {
    const vault = vaults.migrated();
    seedPlan(vault);
    const plan = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'remediation_plans', {
        id: crypto.randomUUID(),
        contest_id: vault.contest,
        source: 'paper',
        submitted_on: '2023-06-10',
        created_at: 'now',
        created_by: vault.head,
        ...row,
      });
    expect(plan({})).toThrow(/UNIQUE/);
    expect(plan({ contest_id: crypto.randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(plan({ source: 'email' })).toThrow(/CHECK/);
    const measure = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'remediation_measures', {
        id: crypto.randomUUID(),
        plan_id: vault.plan,
        position: 1,
        criterion_number: 2,
        criterion_text: 'Nội dung 2',
        measures: 'Kiểm điểm trước chi bộ',
        deadline: '2023-09-30',
        checker: 'Chi ủy',
        ...row,
      });
    expect(measure({ deadline: '30/09/2023' })).toThrow(/CHECK/);
    expect(measure({ checker: '' })).toThrow(/CHECK/);
    expect(measure({ criterion_number: 0 })).toThrow(/CHECK/);
    measure({ criterion_number: null })();
    expect(measure({ position: 1 })).toThrow(/UNIQUE/);
    const note = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'remediation_notes', {
        plan_id: vault.plan,
        seq: 1,
        noted_on: '2023-06-10',
        status: 'submitted',
        note: '',
        created_at: 'now',
        created_by: vault.head,
        ...row,
      });
    expect(note({ status: 'notSubmitted' })).toThrow(/CHECK/);
    note({})();
    expect(note({ status: 'done' })).toThrow(/PRIMARY KEY|UNIQUE/);
  });

  it('a match decision names another person or nobody, and goes when the person’s units are imported again', () => {
    const vault = vaults.migrated();
    const decide = (previous: string | null) => () =>
      fixtures.insertRow(vault.db, 'person_match_decisions', {
        subject_id: vault.subject,
        previous_subject_id: previous,
        decided_at: 'now',
        decided_by: vault.head,
      });
    expect(decide(vault.subject)).toThrow(/CHECK/);
    decide(null)();
    vault.db.prepare('DELETE FROM contests').run();
    vault.db.prepare('DELETE FROM units').run();
    expect(vault.db.prepare('SELECT count(*) FROM person_match_decisions').pluck().get()).toBe(0);
  });
});
