import type { VaultDatabase } from '../openDatabase';

/**
 * Phones on the hall's network (issue 19, point 2): each conference gets one TLS certificate,
 * made the first time the head opens the listener for it and kept for the conference, so the
 * fingerprint printed on its slips stays true across restarts. The private key lives here, in the
 * encrypted vault, and nowhere else on disk.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE kiosk_lan_certificates (
      unit_id TEXT PRIMARY KEY REFERENCES units (id),
      certificate_pem TEXT NOT NULL CHECK (certificate_pem LIKE '-----BEGIN CERTIFICATE-----%'),
      private_key_pem TEXT NOT NULL CHECK (private_key_pem LIKE '-----BEGIN %PRIVATE KEY-----%'),
      fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 95),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES users (id),
      -- Where it listens while the head has it open (cleared on closing): the slips print it.
      last_address TEXT,
      last_port INTEGER CHECK (last_port BETWEEN 1 AND 65535)
    ) STRICT;
  `);
}
