import type { VaultDatabase } from './database/openDatabase';
import type { VaultHeader } from './header/headerFormat';

/** What exists only while the vault is unlocked: the open database, the key, the header as written. */
export interface OpenVault {
  readonly db: VaultDatabase;
  key: Buffer;
  header: VaultHeader;
}
