import type { VaultDatabase } from '../openDatabase';

/**
 * The air-gap check (issue 22, point 2): a campaign may refuse keying and sealing while this
 * machine could reach outside (`refuse_while_online`, 1 = refuse).
 *
 * New campaigns ask for it (the default of the campaign form and file). Of the campaigns already
 * here, only those still being prepared get it too: a campaign that is open or counting keeps
 * the rules it was opened with, and its setup is locked.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    ALTER TABLE campaigns ADD COLUMN refuse_while_online INTEGER NOT NULL DEFAULT 0
      CHECK (refuse_while_online IN (0, 1));
    UPDATE campaigns SET refuse_while_online = 1 WHERE status = 'draft';
  `);
}
