import type { ReadableDB, WritableDB } from '../../vault';
import type { ConferenceCertificate } from './lanCertificate';

/** The SQL of the conference certificates (migration 019). */

export interface StoredCertificate extends ConferenceCertificate {
  readonly lastAddress: string | null;
  readonly lastPort: number | null;
}

interface CertificateRow {
  certificate_pem: string;
  private_key_pem: string;
  fingerprint: string;
  last_address: string | null;
  last_port: number | null;
}

export function certificateOf(db: ReadableDB, unitId: string): StoredCertificate | null {
  const row = db
    .prepare(
      `SELECT certificate_pem, private_key_pem, fingerprint, last_address, last_port
       FROM kiosk_lan_certificates WHERE unit_id = ?`,
    )
    .get(unitId) as CertificateRow | undefined;
  return row
    ? {
        certificatePem: row.certificate_pem,
        privateKeyPem: row.private_key_pem,
        fingerprint: row.fingerprint,
        lastAddress: row.last_address,
        lastPort: row.last_port,
      }
    : null;
}

export function insertCertificate(
  db: WritableDB,
  unitId: string,
  certificate: ConferenceCertificate,
  by: { userId: string; at: string },
): void {
  db.prepare(
    `INSERT INTO kiosk_lan_certificates (unit_id, certificate_pem, private_key_pem, fingerprint, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(unitId, certificate.certificatePem, certificate.privateKeyPem, certificate.fingerprint, by.at, by.userId);
}

/** Where the listener is open (for the slips), or null once the head closes it. */
export function rememberListenAddress(
  db: WritableDB,
  unitId: string,
  address: string | null,
  port: number | null,
): void {
  db.prepare('UPDATE kiosk_lan_certificates SET last_address = ?, last_port = ? WHERE unit_id = ?').run(
    address,
    port,
    unitId,
  );
}
