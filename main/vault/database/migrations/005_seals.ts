import type { VaultDatabase } from '../openDatabase';

/**
 * Sealing and signing: the seal of a contest and its amendments (append-only; the only change
 * a record ever takes is its signature, once), the heads' signing identities, and the sealed
 * result packages a district has accepted.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    CREATE TABLE result_seals (
      id TEXT PRIMARY KEY,
      contest_id TEXT NOT NULL REFERENCES contests (id),
      -- 1 for the seal, 2… for each amendment.
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
      previous_digest TEXT CHECK (previous_digest IS NULL OR (length(previous_digest) = 64 AND previous_digest NOT GLOB '*[^0-9a-f]*')),
      -- Số niêm phong: the number on the envelope holding the paper ballots.
      envelope_seal TEXT NOT NULL CHECK (length(envelope_seal) BETWEEN 1 AND 50),
      canonical_json TEXT NOT NULL CHECK (json_valid(canonical_json)),
      digest TEXT NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
      sealed_by TEXT NOT NULL REFERENCES users (id),
      sealed_at TEXT NOT NULL,
      signature BLOB,
      certificate_pem TEXT,
      signer_name TEXT,
      signed_at TEXT,
      UNIQUE (contest_id, sequence),
      -- The seal has neither reason nor predecessor; an amendment has both.
      CHECK (CASE WHEN sequence = 1 THEN reason IS NULL AND previous_digest IS NULL
                  ELSE reason IS NOT NULL AND previous_digest IS NOT NULL END),
      CHECK ((signature IS NULL) = (certificate_pem IS NULL)
        AND (signature IS NULL) = (signer_name IS NULL)
        AND (signature IS NULL) = (signed_at IS NULL))
    ) STRICT;

    CREATE TRIGGER result_seals_no_delete BEFORE DELETE ON result_seals
    BEGIN
      SELECT RAISE(ABORT, 'a seal record is never deleted');
    END;

    -- A record is written once; later it may only be signed, once.
    CREATE TRIGGER result_seals_sign_once BEFORE UPDATE ON result_seals
    WHEN OLD.signature IS NOT NULL
      OR NEW.signature IS NULL
      OR NEW.id IS NOT OLD.id
      OR NEW.contest_id IS NOT OLD.contest_id
      OR NEW.sequence IS NOT OLD.sequence
      OR NEW.reason IS NOT OLD.reason
      OR NEW.previous_digest IS NOT OLD.previous_digest
      OR NEW.envelope_seal IS NOT OLD.envelope_seal
      OR NEW.canonical_json IS NOT OLD.canonical_json
      OR NEW.digest IS NOT OLD.digest
      OR NEW.sealed_by IS NOT OLD.sealed_by
      OR NEW.sealed_at IS NOT OLD.sealed_at
    BEGIN
      SELECT RAISE(ABORT, 'a seal record only takes its signature, once');
    END;

    -- Inside the encrypted vault, so the key may be kept as PKCS#8 PEM; no call ever returns it.
    CREATE TABLE signing_identities (
      user_id TEXT PRIMARY KEY REFERENCES users (id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      post TEXT NOT NULL CHECK (length(post) <= 300),
      certificate_pem TEXT NOT NULL,
      private_key_pem TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('generated', 'pkcs12')),
      created_at TEXT NOT NULL
    ) STRICT;

    -- Packages received at the district, kept verbatim (the signature stays checkable).
    CREATE TABLE received_packages (
      digest TEXT PRIMARY KEY CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
      contest_id TEXT NOT NULL,
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      package TEXT NOT NULL CHECK (json_valid(package)),
      accepted_by TEXT NOT NULL REFERENCES users (id),
      accepted_at TEXT NOT NULL
    ) STRICT;
  `);
}
