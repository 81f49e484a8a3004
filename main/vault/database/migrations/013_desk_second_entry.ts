import type { VaultDatabase } from '../openDatabase';

/**
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
  `);
}
