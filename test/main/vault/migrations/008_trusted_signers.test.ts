import { randomUUID, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as fixtures from '../../../helpers/migrationFixtures';
import { selfSignedCertificate } from '../../../helpers/openssl';
import { useTempDirectories } from '../../../helpers/tempDirectory';

const digestOf = (byte: string) => byte.repeat(32);

/** A real certificate, as every accepted package carries one. */
function certificatePem(directory: string): string {
  return readFileSync(selfSignedCertificate(directory, '/CN=Tran Van Binh').certificatePath, 'utf8');
}

describe('migration 008: a register of trusted signers, and receiving keyed by contest and digest', () => {
  const temp = useTempDirectories();
  let pem = '';
  const vaults = fixtures.useMigrationVaults(8, (db) => {
    pem ||= certificatePem(temp());
    const ids = fixtures.randomIds('admin', 'contest', 'other');
    fixtures.insertRow(db, 'users', {
      id: ids.admin,
      login: 'quantri',
      full_name: 'Nguyễn Văn Quản',
      role: 'admin',
      created_at: '2026-01-01T00:00:00.000Z',
    });
    const received = { sequence: 1, accepted_by: ids.admin, accepted_at: '2023-05-20T10:00:00.000Z' };
    fixtures.insertRow(db, 'received_packages', {
      ...received,
      digest: digestOf('d4'),
      contest_id: ids.contest,
      package: JSON.stringify({ format: 'kiem-phieu/sealed-result@1', certificate: pem }),
    });
    fixtures.insertRow(db, 'received_packages', {
      ...received,
      digest: digestOf('e5'),
      contest_id: ids.other,
      package: JSON.stringify({ format: 'kiem-phieu/sealed-result@1', certificate: 'not a certificate' }),
    });
    return ids;
  });

  it('keeps every package, reads its signer’s fingerprint, and withdraws (not drops) one whose certificate is unreadable', () => {
    const { db, contest, other } = vaults.migrated();
    const rows = db.prepare('SELECT * FROM received_packages ORDER BY digest').all() as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      contest_id: contest,
      digest: digestOf('d4'),
      signer_fingerprint: new X509Certificate(pem).fingerprint256.replaceAll(':', '').toLowerCase(),
      withdrawn_at: null,
    });
    expect(rows[1]).toMatchObject({ contest_id: other, digest: digestOf('e5') });
    expect(rows[1]!.withdrawn_at).not.toBeNull();
    expect(rows[1]!.withdraw_reason).toContain('chứng thư');
  });

  it('allows one package not withdrawn per contest and digest; a withdrawn one makes room', () => {
    const { db, contest, admin } = vaults.migrated();
    const again = {
      id: randomUUID(),
      contest_id: contest,
      digest: digestOf('d4'),
      sequence: 1,
      package: '{}',
      signer_fingerprint: digestOf('ab'),
      accepted_by: admin,
      accepted_at: '2023-05-21T10:00:00.000Z',
    };
    expect(() => fixtures.insertRow(db, 'received_packages', again)).toThrow(/UNIQUE/);
    db.prepare(
      `UPDATE received_packages SET withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = 'Sai người ký' WHERE contest_id = ?`,
    ).run(admin, '2023-05-21T09:00:00.000Z', contest);
    fixtures.insertRow(db, 'received_packages', again);
    // A withdrawal names who, when and why, all three or none.
    expect(() =>
      db.prepare('UPDATE received_packages SET withdrawn_at = ? WHERE id = ?').run('2023-05-22T00:00:00Z', again.id),
    ).toThrow(/CHECK/);
  });

  it('keys the register by a 64-digit lower-case fingerprint', () => {
    const { db, admin } = vaults.migrated();
    const signer = { name: 'Trần Văn Bình', note: '', source: 'typed', added_by: admin, added_at: '2026-01-02' };
    fixtures.insertRow(db, 'trusted_signers', { ...signer, fingerprint: digestOf('ab') });
    for (const fingerprint of [digestOf('AB'), 'ab12 '.repeat(16), digestOf('ab').slice(2)])
      expect(() => fixtures.insertRow(db, 'trusted_signers', { ...signer, fingerprint })).toThrow(/CHECK/);
    expect(() => fixtures.insertRow(db, 'trusted_signers', { ...signer, fingerprint: digestOf('ab') })).toThrow(
      /UNIQUE|PRIMARY/,
    );
  });
});
