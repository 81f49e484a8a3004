import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { migrate } from '../../main/vault/database/migrations';
import type { VaultDatabase } from '../../main/vault/database/openDatabase';
import { scratchDatabase } from './scratchDatabase';
import { useTempDirectories } from './tempDirectory';

// A migration test seeds a vault at the version before the one under test with realistic rows in
// every table, migrates it, and checks that every row reads back the same. These are the pieces
// the migration tests share: reading tables whole, building the vaults, and the realistic rows
// their fixtures have in common (the Long Biên 2023 campaign at THCS Ngọc Lâm, its head and
// counters), so each test file writes only the rows its own version adds.

/** A table's column names, in the order the schema declares them. */
export function columnsOf(db: VaultDatabase, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
}

/**
 * A table's rows read through the given columns, sorted by all of them: two reads compare whole
 * whatever order the rows are stored in, and columns a migration adds later are left out.
 */
function rowsOf(db: VaultDatabase, table: string, columns: readonly string[]): unknown[] {
  const list = columns.map((column) => `"${column}"`).join(', ');
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all();
}

export type TablesSnapshot = Map<string, { columns: string[]; rows: unknown[] }>;

/** Every table's columns and rows, sorted, so a later read through the same columns compares whole. */
export function snapshotTables(db: VaultDatabase): TablesSnapshot {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  return new Map(tables.map((table) => [table, snapshotTable(db, table)]));
}

function snapshotTable(db: VaultDatabase, table: string) {
  const columns = columnsOf(db, table);
  return { columns, rows: rowsOf(db, table, columns) };
}

/** A fixture must fill every table: an empty one would pass the before/after comparison unseen. */
export function expectEveryTableFilled(snapshot: TablesSnapshot): void {
  for (const [table, { rows }] of snapshot) expect(rows.length, `rows in ${table}`).toBeGreaterThan(0);
}

/** Every snapshotted table still holds exactly its rows, read through the columns it had then. */
export function expectRowsKept(db: VaultDatabase, snapshot: TablesSnapshot): void {
  for (const [table, { columns, rows }] of snapshot) expect(rowsOf(db, table, columns), table).toEqual(rows);
}

/**
 * Vaults for the tests of migration `version`, each in a fresh directory removed after its test,
 * with the ids of the rows `seed` wrote: `beforeMigration()` is seeded at `version - 1`, to
 * compare its rows across the migration; `migrated()` has been through it, to try the new
 * schema's rules with real rows around them.
 */
export function useMigrationVaults<Ids extends object>(version: number, seed: (db: VaultDatabase) => Ids) {
  const temp = useTempDirectories();
  const beforeMigration = (): { db: VaultDatabase } & Ids => {
    const db = scratchDatabase(temp());
    migrate(db, version - 1);
    return { db, ...seed(db) };
  };
  const migrated = () => {
    const vault = beforeMigration();
    migrate(vault.db, version);
    return vault;
  };
  return { beforeMigration, migrated };
}

/** A fresh random id for each name: the ids a fixture's rows are written under and its tests refer to. */
export function randomIds<Name extends string>(...names: Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, randomUUID()])) as Record<Name, string>;
}

/** Inserts one row by column name: a fixture names its columns, as the schema grows them version by version. */
export function insertRow(db: VaultDatabase, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...Object.values(row),
  );
}

/** The built-in school form's template version (migration 002 ships it), which fixture contests are held on. */
function schoolFormVersion(db: VaultDatabase): string {
  return db
    .prepare(
      `SELECT v.id FROM template_versions v JOIN templates t ON t.id = v.template_id WHERE t.code = 'school-head-ethics'`,
    )
    .pluck()
    .get() as string;
}

/** The rows a vault has from the day it is made: its identity in vault_meta and one setting. */
export function insertVaultBasics(db: VaultDatabase): void {
  insertRow(db, 'vault_meta', { key: 'vault_id', value: randomUUID() });
  insertRow(db, 'vault_meta', { key: 'vault_name', value: 'Ban Tuyên giáo Quận ủy Long Biên' });
  insertRow(db, 'vault_meta', { key: 'created_at', value: '2023-04-01T07:30:00.000Z' });
  insertRow(db, 'settings', { key: 'idle_lock_seconds', value: '300' });
}

/** The head and the two counters who key each batch, added a minute apart. */
export function insertHeadAndCounters(
  db: VaultDatabase,
  ids: { head: string; counter1: string; counter2: string },
): void {
  const user = db.prepare('INSERT INTO users (id, login, full_name, role, created_at) VALUES (?, ?, ?, ?, ?)');
  user.run(ids.head, 'truongban', 'Trần Văn Bình', 'head', '2023-04-01T07:35:00.000Z');
  user.run(ids.counter1, 'kiemphieu1', 'Nguyễn Thị Lan', 'counter', '2023-04-01T07:36:00.000Z');
  user.run(ids.counter2, 'kiemphieu2', 'Phạm Văn Minh', 'counter', '2023-04-01T07:37:00.000Z');
}

/** The first entry of the audit log, made by the head (login truongban): its chain starts from a zero hash. */
export function insertHeadsFirstAuditEntry(
  db: VaultDatabase,
  entry: { head: string; at: string; event: string; details: string },
): void {
  insertRow(db, 'audit_log', {
    sequence: 1,
    at: entry.at,
    user_id: entry.head,
    user_login: 'truongban',
    role: 'head',
    event: entry.event,
    details: entry.details,
    previous_hash: '0'.repeat(64),
    hash: 'a1'.repeat(32),
  });
}

/**
 * The Long Biên 2023 campaign down to one contest: THCS Ngọc Lâm on the school schedule, its
 * public draw held, and its head, Lê Thị Hoa, assessed on the school form (first in position).
 * `campaign` gives the status and any columns later versions add to campaigns. Returns the
 * school form's template version, for more contests.
 */
export function insertSchoolCampaign(
  db: VaultDatabase,
  ids: { campaign: string; unit: string; subject: string; contest: string },
  campaign: { status: string } & Record<string, unknown>,
): string {
  const schoolForm = schoolFormVersion(db);
  insertRow(db, 'campaigns', {
    id: ids.campaign,
    name: 'Lấy ý kiến góp ý người đứng đầu năm 2023',
    plan_number: '167-KH/QU',
    plan_date: '2023-01-27',
    issuing_body: 'Ban Thường vụ Quận ủy Long Biên',
    locality: 'Long Biên',
    year: 2023,
    percentage_base: 'returned',
    created_at: '2023-04-02T08:00:00.000Z',
    ...campaign,
  });
  insertRow(db, 'campaign_schedule', {
    campaign_id: ids.campaign,
    unit_type: 'thcs',
    poll_date: '2023-05-01',
    template_version_id: schoolForm,
  });
  insertRow(db, 'units', {
    id: ids.unit,
    campaign_id: ids.campaign,
    unit_type: 'thcs',
    name: 'THCS Ngọc Lâm',
    parent_body: 'Phòng Giáo dục và Đào tạo',
    convened: 22,
    position: 0,
  });
  insertRow(db, 'subjects', {
    id: ids.subject,
    unit_id: ids.unit,
    full_name: 'Lê Thị Hoa',
    positions: '["Bí thư Chi bộ","Hiệu trưởng"]',
    started_at: '2019-08-15',
    position: 0,
  });
  insertRow(db, 'draws', {
    id: randomUUID(),
    campaign_id: ids.campaign,
    record: JSON.stringify({ seed: 'c0ffee', order: [ids.unit] }),
    meeting: JSON.stringify({ place: 'Phòng họp tầng 2', witnesses: ['Dương Văn Khải'] }),
    held_at: '2023-04-10T09:00:00.000Z',
  });
  insertRow(db, 'contests', {
    id: ids.contest,
    campaign_id: ids.campaign,
    subject_id: ids.subject,
    template_version_id: schoolForm,
    position: 0,
  });
  return schoolForm;
}

/** THCS Ngọc Lâm's conference on polling day: 20 of the 22 convened present, the head on the committee. */
export function insertConference(db: VaultDatabase, unit: string): void {
  insertRow(db, 'conferences', {
    unit_id: unit,
    held_on: '2023-05-17',
    place: 'Phòng hội đồng',
    chair: 'Dương Văn Khải',
    committee: JSON.stringify([{ name: 'Trần Văn Bình', role: 'head' }]),
    convened: 22,
    present: 20,
    updated_at: '2023-05-17T08:00:00.000Z',
  });
}

/** The head closes a contest's counting at the end of polling day. */
export function insertCountingClosed(db: VaultDatabase, entry: { contest: string; head: string }): void {
  insertRow(db, 'counting_closed', {
    contest_id: entry.contest,
    closed_by: entry.head,
    closed_at: '2023-05-17T16:00:00.000Z',
  });
}

/** A desk registered at the main desk (migration 010's columns) for the campaign, made by the head. */
export function insertDesk(
  db: VaultDatabase,
  ids: { campaign: string; head: string },
  kitId: string,
  fingerprint = 'ab'.repeat(32),
): void {
  insertRow(db, 'desks', {
    kit_id: kitId,
    campaign_id: ids.campaign,
    name: 'Bàn phụ số 2',
    fingerprint,
    created_at: '2023-05-01T08:00:00.000Z',
    created_by: ids.head,
  });
}

/** What most migration tests start from: the vault's basics, a head and two counters, a school campaign open for counting. */
export function seedOpenSchoolCampaign(db: VaultDatabase) {
  const ids = randomIds('campaign', 'unit', 'subject', 'contest', 'head', 'counter1', 'counter2');
  insertVaultBasics(db);
  insertHeadAndCounters(db, ids);
  insertSchoolCampaign(db, ids, { status: 'open' });
  return ids;
}
