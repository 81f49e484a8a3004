import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 019: one TLS certificate per conference for the hall network', () => {
  const vaults = fixtures.useMigrationVaults(19, fixtures.seedOpenSchoolCampaign);

  it('keeps every earlier row', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 19);
    fixtures.expectRowsKept(vault.db, before);
    expect(vault.db.prepare('SELECT count(*) FROM kiosk_lan_certificates').pluck().get()).toBe(0);
  });

  it('holds a PEM certificate and key, a SHA-256 fingerprint, once per conference of a known unit', () => {
    const vault = vaults.migrated();
    const certificate = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(vault.db, 'kiosk_lan_certificates', {
        unit_id: vault.unit,
        certificate_pem: '-----BEGIN CERTIFICATE-----\nMII…\n-----END CERTIFICATE-----\n',
        private_key_pem: '-----BEGIN PRIVATE KEY-----\nMII…\n-----END PRIVATE KEY-----\n',
        fingerprint: Array.from({ length: 32 }, () => 'AB').join(':'),
        created_at: 'now',
        created_by: vault.head,
        ...row,
      });
    expect(certificate({ certificate_pem: 'not a certificate' })).toThrow(/CHECK/);
    expect(certificate({ private_key_pem: 'secret' })).toThrow(/CHECK/);
    expect(certificate({ fingerprint: 'AB:CD' })).toThrow(/CHECK/);
    expect(certificate({ unit_id: 'no such unit' })).toThrow(/FOREIGN KEY/);
    expect(certificate({ last_port: 0 })).toThrow(/CHECK/);
    certificate({ last_address: '192.168.1.10', last_port: 8443 })();
    expect(certificate({})).toThrow(/UNIQUE|PRIMARY/);
  });
});
