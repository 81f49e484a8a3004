import type { VaultDatabase } from '../openDatabase';

/**
 * A desk package carries ballots across on a USB stick: the kit gives the desk a public key (age
 * X25519) to seal its packages to, whose secret half stays here, in the vault, per desk.
 *
 * A desk may be registered for a second entry at the main desk (Abacus's rule): its package then
 * counts only as the first keying of each batch, and the paper is keyed again here. That first
 * keying needs a keyer: a stand-in user for the desk, made removed so no one signs in as it, so
 * the main desk's head (who settles the differences) is never recorded as having keyed.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    ALTER TABLE desks ADD COLUMN second_entry_at_main INTEGER NOT NULL DEFAULT 0
      CHECK (second_entry_at_main IN (0, 1));
    ALTER TABLE desks ADD COLUMN keyer_id TEXT REFERENCES users (id)
      CHECK ((keyer_id IS NULL) = (second_entry_at_main = 0));
    ALTER TABLE desks ADD COLUMN package_identity TEXT
      CHECK (package_identity IS NULL OR package_identity GLOB 'AGE-SECRET-KEY-1*');
  `);
}
