import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 015: plans, their tasks and a status per occurrence', () => {
  const vaults = fixtures.useMigrationVaults(15, (db) => ({
    ...fixtures.seedOpenSchoolCampaign(db),
    ...fixtures.randomIds('plan', 'task'),
  }));

  const seedPlan = (vault: ReturnType<typeof vaults.migrated>) => {
    fixtures.insertRow(vault.db, 'plans', {
      id: vault.plan,
      title: 'Kế hoạch 35-KH/HU',
      number: '35-KH/HU',
      issued_on: '2021-05-05',
      issuer: 'Huyện ủy Gia Lâm',
      from_date: '2021-05-05',
      to_date: '2025-12-31',
      created_at: 'now',
    });
    fixtures.insertRow(vault.db, 'plan_tasks', {
      id: vault.task,
      plan_id: vault.plan,
      position: 1,
      number: '3',
      content: 'Triển khai các lớp bồi dưỡng lý luận chính trị',
      lead_body: 'Ban Tuyên giáo',
      coordinating_bodies: '',
      deadline_text: 'Quý III hàng năm',
      leader: '',
    });
  };

  it('keeps every earlier row', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 15);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(0);
  });

  it('a plan ends after it starts; a task has one place in its plan; a status is one of three, by a user', () => {
    const vault = vaults.migrated();
    seedPlan(vault);
    expect(() => vault.db.prepare("UPDATE plans SET to_date = '2020-01-01'").run()).toThrow(/CHECK/);
    expect(() =>
      fixtures.insertRow(vault.db, 'plan_tasks', {
        id: crypto.randomUUID(),
        plan_id: vault.plan,
        position: 1,
        content: 'Trùng vị trí',
        lead_body: 'Ban Tổ chức',
        coordinating_bodies: '',
        deadline_text: 'Hàng năm',
        leader: '',
      }),
    ).toThrow(/UNIQUE/);
    const status = (value: string, user: string) => () =>
      fixtures.insertRow(vault.db, 'plan_task_statuses', {
        task_id: vault.task,
        occurrence_key: '2021-Q3',
        status: value,
        note: '',
        updated_at: 'now',
        updated_by: user,
      });
    expect(status('late', vault.head)).toThrow(/CHECK/);
    expect(status('done', crypto.randomUUID())).toThrow(/FOREIGN KEY/);
    status('done', vault.head)();
    expect(status('inProgress', vault.head)).toThrow(/PRIMARY KEY|UNIQUE/);
  });
});
