import { randomUUID } from 'node:crypto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../main/vault/database/migrations';
import type { VaultDatabase } from '../../../../main/vault/database/openDatabase';
import * as fixtures from '../../../helpers/migrationFixtures';

function schemaObjects(db: VaultDatabase) {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name').all() as Array<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>;
}

const digestOf = (byte: string) => byte.repeat(32);

/**
 * A version-5 vault with a row in every table: THCS Ngọc Lâm counted (a verified batch of
 * three valid ballots and one invalid, after a double keying with a resolved mismatch), its
 * result sealed, amended and signed by the head, and a package accepted at the district.
 */
function sealedVaultAtVersion5(db: VaultDatabase) {
  const ids = fixtures.randomIds(
    'admin',
    'head',
    'counter1',
    'counter2',
    'campaign',
    'unit',
    'subject',
    'contest',
    'batch',
    'firstPass',
    'secondPass',
  );
  fixtures.insertVaultBasics(db);
  for (const [id, login, full_name, role] of [
    [ids.admin, 'quantri', 'Nguyễn Văn Quản', 'admin'],
    [ids.head, 'truongban', 'Trần Văn Bình', 'head'],
    [ids.counter1, 'kiemphieu1', 'Nguyễn Thị Lan', 'counter'],
    [ids.counter2, 'kiemphieu2', 'Phạm Văn Minh', 'counter'],
  ])
    fixtures.insertRow(db, 'users', { id, login, full_name, role, created_at: '2023-04-01T07:35:00.000Z' });
  fixtures.insertHeadsFirstAuditEntry(db, {
    head: ids.head,
    at: '2023-05-18T09:00:00.000Z',
    event: 'results.sealed',
    details: JSON.stringify({ contestId: ids.contest, envelopeSeal: 'NP-0012' }),
  });

  fixtures.insertSchoolCampaign(db, ids, {
    status: 'counting',
    keyings_required: 2,
    low_share_threshold: 2500,
    text_floor: 12,
  });

  fixtures.insertConference(db, ids.unit);
  fixtures.insertRow(db, 'contest_counts', {
    contest_id: ids.contest,
    issued: 5,
    returned: 4,
    not_returned: 1,
    valid: 3,
    invalid_not_official: 0,
    invalid_blank: 1,
    invalid_identifying: 0,
    invalid_other: 0,
    updated_at: '2023-05-17T09:00:00.000Z',
  });
  fixtures.insertRow(db, 'warning_acknowledgements', {
    contest_id: ids.contest,
    rule: 'W03',
    reason: 'Một đại biểu về sớm, không nộp phiếu',
    user_id: ids.head,
    at: '2023-05-17T15:00:00.000Z',
  });
  fixtures.insertRow(db, 'batches', {
    id: ids.batch,
    contest_id: ids.contest,
    number: 1,
    label: 'Tập 1',
    source: 'keyed',
    verified_at: '2023-05-17T11:30:00.000Z',
    created_at: '2023-05-17T10:00:00.000Z',
  });
  const marks = ['1122112211221121', '2222222222222222', '3332221114440003'];
  for (const [keyingId, pass, userId] of [
    [ids.firstPass, 1, ids.counter1],
    [ids.secondPass, 2, ids.counter2],
  ] as const) {
    fixtures.insertRow(db, 'keyings', {
      id: keyingId,
      batch_id: ids.batch,
      pass,
      user_id: userId,
      session_id: randomUUID(),
      started_at: '2023-05-17T10:05:00.000Z',
      finished_at: '2023-05-17T10:40:00.000Z',
    });
    marks.forEach((ballot, index) =>
      fixtures.insertRow(db, 'keyed_ballots', {
        keying_id: keyingId,
        position: index + 1,
        ballot_id: randomUUID(),
        entry: JSON.stringify({ valid: true, answers: [...ballot.slice(0, 15)].map(Number), notes: {}, other: '' }),
        keystrokes: 17,
        active_ms: 4000,
      }),
    );
  }
  fixtures.insertRow(db, 'mismatches', {
    id: randomUUID(),
    batch_id: ids.batch,
    position: 2,
    field: 'answers.5',
    keyed: '[2,3]',
    resolution: 'pass1',
    resolved_value: '2',
    resolved_by: ids.head,
    resolved_at: '2023-05-17T11:25:00.000Z',
  });
  marks.forEach((_, slot) => {
    const id = randomUUID();
    fixtures.insertRow(db, 'ballots', { id, contest_id: ids.contest, batch_id: ids.batch, valid: 1, slot });
    if (slot === 0)
      fixtures.insertRow(db, 'ballot_texts', { ballot_id: id, kind: 'note', criterion: 2, text: 'Cần gần gũi hơn' });
  });
  fixtures.insertRow(db, 'ballots', {
    id: randomUUID(),
    contest_id: ids.contest,
    batch_id: ids.batch,
    valid: 0,
    invalid_reason: 'blank',
  });
  fixtures.insertRow(db, 'ballot_marks', {
    batch_id: ids.batch,
    contest_id: ids.contest,
    width: 16,
    marks: Buffer.from(marks.join(''), 'ascii').map((digit) => digit - 0x30),
  });
  fixtures.insertCountingClosed(db, ids);

  fixtures.insertRow(db, 'signing_identities', {
    user_id: ids.head,
    name: 'Trần Văn Bình',
    post: 'Trưởng ban kiểm phiếu',
    certificate_pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    private_key_pem: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
    source: 'generated',
    created_at: '2023-05-18T08:50:00.000Z',
  });
  const seal = {
    contest_id: ids.contest,
    envelope_seal: 'NP-0012',
    sealed_by: ids.head,
  };
  fixtures.insertRow(db, 'result_seals', {
    ...seal,
    id: randomUUID(),
    sequence: 1,
    canonical_json: JSON.stringify({ contest: ids.contest, valid: 3 }),
    digest: digestOf('b2'),
    sealed_at: '2023-05-18T09:00:00.000Z',
    signature: Buffer.from([0x30, 0x82, 0x01, 0x02]),
    certificate_pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    signer_name: 'Trần Văn Bình',
    signed_at: '2023-05-18T09:05:00.000Z',
  });
  fixtures.insertRow(db, 'result_seals', {
    ...seal,
    id: randomUUID(),
    sequence: 2,
    reason: 'Sửa số phiếu phát ra',
    previous_digest: digestOf('b2'),
    canonical_json: JSON.stringify({ contest: ids.contest, valid: 3, issued: 5 }),
    digest: digestOf('c3'),
    sealed_at: '2023-05-19T09:00:00.000Z',
  });
  fixtures.insertRow(db, 'received_packages', {
    digest: digestOf('d4'),
    contest_id: randomUUID(),
    sequence: 1,
    package: JSON.stringify({ result: { unit: 'THCS Gia Thụy' }, signature: 'MIIB' }),
    accepted_by: ids.admin,
    accepted_at: '2023-05-20T10:00:00.000Z',
  });
  return ids;
}

describe('migration 006: archive recipients and automatic backups', () => {
  const vaults = fixtures.useMigrationVaults(6, sealedVaultAtVersion5);

  it('006 keeps every row and every schema object of a sealed version-5 vault, adding only the two archive tables', () => {
    const { db, contest } = vaults.beforeMigration();
    const before = fixtures.snapshotTables(db);
    fixtures.expectEveryTableFilled(before);
    const objectsBefore = schemaObjects(db);

    migrate(db, 6);
    expect(schemaVersion(db)).toBe(6);
    fixtures.expectRowsKept(db, before);
    const objectsAfter = schemaObjects(db);
    expect(objectsAfter.filter((object) => !objectsBefore.some((old) => old.name === object.name))).toEqual([
      expect.objectContaining({ type: 'index', name: 'sqlite_autoindex_archive_recipients_1' }),
      expect.objectContaining({ type: 'index', name: 'sqlite_autoindex_archive_recipients_2' }),
      expect.objectContaining({ type: 'table', name: 'archive_recipients' }),
      expect.objectContaining({ type: 'table', name: 'automatic_backups' }),
    ]);
    expect(objectsAfter.filter((object) => objectsBefore.some((old) => old.name === object.name))).toEqual(
      objectsBefore,
    );
    // The seal's guards came through: a sealed record still refuses deletion.
    expect(() => db.prepare('DELETE FROM result_seals WHERE contest_id = ?').run(contest)).toThrow(/never deleted/);
    db.close();
  });

  it('006 keeps archive recipients by their public key only: refuses an empty label, a secret key, a non-age key and the same key twice', async () => {
    const { db } = vaults.migrated();
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    const other = await identityToRecipient(await generateX25519Identity());
    const insert = db.prepare(
      `INSERT INTO archive_recipients (id, label, recipient, created_at) VALUES (?, ?, ?, '2023-05-20T08:00:00.000Z')`,
    );
    expect(() => insert.run(randomUUID(), '', recipient)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), 'K'.repeat(201), recipient)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), 'Khóa két sắt', identity)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), 'Khóa két sắt', recipient.toUpperCase())).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), 'Khóa két sắt', recipient.slice(0, -1))).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), 'Khóa két sắt', `ssh1${recipient.slice(4)}`)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare('INSERT INTO archive_recipients (id, label, recipient) VALUES (?, ?, ?)')
        .run(randomUUID(), 'x', other),
    ).toThrow(/NOT NULL/);

    const safe = randomUUID();
    insert.run(safe, 'Khóa két sắt Văn phòng Quận ủy', recipient);
    expect(() => insert.run(randomUUID(), 'Khóa dự phòng', recipient)).toThrow(/UNIQUE/);
    insert.run(randomUUID(), 'Khóa dự phòng', other);

    // A removed recipient stays on record, so its key can never be added again under another name.
    db.prepare(`UPDATE archive_recipients SET removed_at = '2023-06-01T08:00:00.000Z' WHERE id = ?`).run(safe);
    expect(() => insert.run(randomUUID(), 'Khóa cũ', recipient)).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT label, recipient, removed_at FROM archive_recipients WHERE id = ?').get(safe)).toEqual({
      label: 'Khóa két sắt Văn phòng Quận ủy',
      recipient,
      removed_at: '2023-06-01T08:00:00.000Z',
    });
    db.close();
  });

  it('006 numbers automatic backup outcomes in order, a success by its file and a failure by its problem', () => {
    const { db, contest } = vaults.migrated();
    const record = db.prepare('INSERT INTO automatic_backups (at, contest_id, file_name, problem) VALUES (?, ?, ?, ?)');
    record.run('2023-05-18T09:00:01.000Z', contest, 'kiem-phieu-2023-05-18T09-00-01.age', null);
    const problem = { vi: 'Không ghi được vào thư mục sao lưu', en: 'Cannot write to the backup folder' };
    record.run('2023-05-19T09:00:01.000Z', contest, null, JSON.stringify(problem));
    expect(() => record.run(null, contest, null, null)).toThrow(/NOT NULL/);
    expect(db.prepare('SELECT id, file_name, problem FROM automatic_backups ORDER BY id').all()).toEqual([
      { id: 1, file_name: 'kiem-phieu-2023-05-18T09-00-01.age', problem: null },
      { id: 2, file_name: null, problem: JSON.stringify(problem) },
    ]);
    expect(() =>
      db.prepare(`INSERT INTO automatic_backups (id, at) VALUES (2, '2023-05-20T09:00:00.000Z')`).run(),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});
