import type { VaultDatabase } from '../openDatabase';

/**
 * The units left out of a draw, with why, as they stood when it was held: the minutes list them
 * beside the candidates. Draws held before keep NULL (not recorded), never a guessed list built
 * from the units as they are now.
 */
export function up(db: VaultDatabase): void {
  db.exec(`
    ALTER TABLE draws ADD COLUMN excluded TEXT CHECK (excluded IS NULL OR (json_valid(excluded) AND json_type(excluded) = 'array'));
  `);
}
