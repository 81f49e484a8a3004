import type { VaultDatabase } from '../openDatabase';

/**
 * A head's signing key is sealed under a passphrase only the head knows (scrypt, AES-256-GCM:
 * main/signing/keyEnvelope.ts), never only under the vault key, which every user's password and
 * the recovery key unwrap. The keys stored in the clear until now are retired: an identity
 * without its key cannot sign again (its head makes a new one), and each signature keeps its
 * certificate, so what was signed stays checkable.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    DELETE FROM signing_identities;
    CREATE TABLE signing_identities_sealed (
      user_id TEXT PRIMARY KEY REFERENCES users (id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      post TEXT NOT NULL CHECK (length(post) <= 300),
      certificate_pem TEXT NOT NULL,
      key_envelope TEXT NOT NULL CHECK (json_valid(key_envelope) AND key_envelope NOT GLOB '*PRIVATE KEY*'),
      source TEXT NOT NULL CHECK (source IN ('generated', 'pkcs12')),
      created_at TEXT NOT NULL
    ) STRICT;
    DROP TABLE signing_identities;
    ALTER TABLE signing_identities_sealed RENAME TO signing_identities;
  `);
}
