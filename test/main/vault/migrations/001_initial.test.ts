import { describe, expect, it } from 'vitest';
import { latestVersion, migrate, schemaVersion, type Migration } from '../../../../main/vault/database/migrations';
import { scratchDatabase } from '../../../helpers/scratchDatabase';
import { useTempDirectories } from '../../../helpers/tempDirectory';

const user = (id: string, login: string, role = 'counter') => [
  id.padEnd(36, '0'),
  login,
  'Nguyễn Văn A',
  role,
  '2026-01-01T00:00:00.000Z',
];

describe('migration 001: users, audit log, settings', () => {
  const temp = useTempDirectories();

  it('takes an empty database to version 1 with strict, checked tables', () => {
    const db = scratchDatabase(temp());
    expect(schemaVersion(db)).toBe(0);
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{
      name: string;
      sql: string;
    }>;
    expect(tables.map((table) => table.name)).toEqual(['audit_log', 'settings', 'users', 'vault_meta']);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\) STRICT$/);

    const insert = db.prepare('INSERT INTO users (id, login, full_name, role, created_at) VALUES (?, ?, ?, ?, ?)');
    insert.run(...user('a', 'lan'));
    expect(() => insert.run(...user('b', 'lan'))).toThrow(/UNIQUE/);
    expect(() => insert.run(...user('c', 'minh', 'superuser'))).toThrow(/CHECK/);
    expect(() => insert.run(...user('d', 'X'))).toThrow(/CHECK/);
    db.prepare(`UPDATE users SET removed_at = '2026-02-01' WHERE login = 'lan'`).run();
    insert.run(...user('e', 'lan'));

    const audit = db.prepare(
      'INSERT INTO audit_log (sequence, at, event, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)',
    );
    expect(() => audit.run(1, 'now', 'x', 'not json', '0'.repeat(64), '1'.repeat(64))).toThrow(/CHECK/);
    expect(() => audit.run('one', 'now', 'x', '{}', '0'.repeat(64), '1'.repeat(64))).toThrow(
      /datatype|STRICT|mismatch/i,
    );
    db.close();
  });

  it('runs all pending migrations in one transaction: a failing one leaves the database as it was', () => {
    const db = scratchDatabase(temp());
    const broken: Migration[] = [
      { version: 1, name: 'fine', up: (database) => database.exec('CREATE TABLE first (id INTEGER) STRICT') },
      { version: 2, name: 'fails', up: (database) => database.exec('CREATE TABLE oops (') },
    ];
    expect(() => migrate(db, 2, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'first'`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database newer than the migrations it knows', () => {
    const db = scratchDatabase(temp());
    db.pragma(`user_version=${latestVersion + 1}`);
    expect(() => migrate(db)).toThrow(/newer version/);
    db.close();
  });
});
