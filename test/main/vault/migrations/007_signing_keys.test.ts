import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

const plainKey = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';

describe('migration 007: signing keys sealed under the head’s passphrase, clear keys retired', () => {
  const vaults = fixtures.useMigrationVaults(7, (db) => {
    const ids = fixtures.randomIds('head');
    fixtures.insertRow(db, 'users', {
      id: ids.head,
      login: 'truongban',
      full_name: 'Trần Văn Bình',
      role: 'head',
      created_at: '2026-01-01T00:00:00.000Z',
    });
    fixtures.insertRow(db, 'signing_identities', {
      user_id: ids.head,
      name: 'Trần Văn Bình',
      post: 'Trưởng ban kiểm phiếu',
      certificate_pem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      private_key_pem: plainKey,
      source: 'generated',
      created_at: '2026-03-01T08:00:00.000Z',
    });
    return ids;
  });

  it('removes every key kept in the clear, and keeps every other table as it was', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 7);
    expect(vault.db.prepare('SELECT count(*) FROM signing_identities').pluck().get()).toBe(0);
    expect(fixtures.columnsOf(vault.db, 'signing_identities')).not.toContain('private_key_pem');
    before.delete('signing_identities');
    fixtures.expectRowsKept(vault.db, before);
  });

  it('stores only a sealed envelope, and refuses a clear PEM key in it', () => {
    const { db, head } = vaults.migrated();
    const row = {
      user_id: head,
      name: 'Trần Văn Bình',
      post: 'Trưởng ban kiểm phiếu',
      certificate_pem: 'PEM',
      source: 'generated',
      created_at: '2026-03-02T08:00:00.000Z',
    };
    expect(() =>
      fixtures.insertRow(db, 'signing_identities', { ...row, key_envelope: JSON.stringify({ pem: plainKey }) }),
    ).toThrow(/CHECK/);
    expect(() => fixtures.insertRow(db, 'signing_identities', { ...row, key_envelope: 'not json' })).toThrow(/CHECK/);
    fixtures.insertRow(db, 'signing_identities', { ...row, key_envelope: JSON.stringify({ box: randomUUID() }) });
    expect(db.prepare('SELECT count(*) FROM signing_identities').pluck().get()).toBe(1);
  });
});
