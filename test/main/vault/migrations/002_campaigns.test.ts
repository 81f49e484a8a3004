import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../main/vault/database/migrations';
import { scratchDatabase } from '../../../helpers/scratchDatabase';
import { useTempDirectories } from '../../../helpers/tempDirectory';

describe('migration 002: campaigns, templates, units, draws, contests', () => {
  const temp = useTempDirectories();

  it('migrates a version-1 vault with data to version 2, keeping the data', () => {
    const db = scratchDatabase(temp());
    migrate(db, 1);
    db.prepare(
      `INSERT INTO users (id, login, full_name, role, created_at) VALUES (?, 'lan', 'Nguyễn Thị Lan', 'counter', '2026-01-01')`,
    ).run('a'.repeat(36));
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT full_name FROM users').get()).toEqual({ full_name: 'Nguyễn Thị Lan' });
    expect(db.prepare('SELECT code FROM unit_types ORDER BY position').all()).toEqual([
      { code: 'phuong' },
      { code: 'mam_non' },
      { code: 'tieu_hoc' },
      { code: 'thcs' },
    ]);
    const versions = db
      .prepare(
        `SELECT t.code, v.version, v.frozen_at IS NOT NULL AS frozen FROM template_versions v JOIN templates t ON t.id = v.template_id`,
      )
      .all();
    expect(versions).toEqual([
      { code: 'school-head-ethics', version: 1, frozen: 1 },
      { code: 'ward-head-ethics', version: 1, frozen: 1 },
      { code: 'member-quality-rating', version: 1, frozen: 1 },
    ]);
    db.close();
  });

  it('enforces its rules in the schema', () => {
    const db = scratchDatabase(temp());
    migrate(db, 2);
    const campaign = db.prepare(
      `INSERT INTO campaigns (id, name, plan_number, plan_date, issuing_body, locality, year, percentage_base, status, created_at)
       VALUES (?, 'Đợt', '167-KH/QU', ?, 'Quận ủy', 'Long Biên', 2023, 'returned', ?, '2026')`,
    );
    campaign.run('c1', '2023-01-27', 'draft');
    expect(() => campaign.run('c2', '27/01/2023', 'draft')).toThrow(/CHECK/);
    expect(() => campaign.run('c3', '2023-01-27', 'finished')).toThrow(/CHECK/);
    const unit = db.prepare(`INSERT INTO units (id, campaign_id, unit_type, name, position) VALUES (?, 'c1', ?, ?, 0)`);
    unit.run('u1', 'mam_non', 'Mầm non Gia Quất');
    expect(() => unit.run('u2', 'mam_non', 'Mầm non Gia Quất')).toThrow(/UNIQUE/);
    expect(() => unit.run('u3', 'dai_hoc', 'Đại học')).toThrow(/FOREIGN KEY/);
    const subject = db.prepare(
      `INSERT INTO subjects (id, unit_id, full_name, positions, started_at, position) VALUES (?, 'u1', 'Lê Thị Hoa', ?, ?, 0)`,
    );
    subject.run('s1', '["Bí thư Chi bộ","Hiệu trưởng"]', '2019-08-15');
    expect(() => subject.run('s2', '[]', null)).toThrow(/CHECK/);
    expect(() => subject.run('s3', '["Hiệu trưởng"]', '2019-02-30')).toThrow(/CHECK/);
    db.close();
  });
});
