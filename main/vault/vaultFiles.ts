import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface VaultFiles {
  /** The SQLCipher database. */
  readonly database: string;
  /** Key slots and the authenticated audit anchor (see README, "Vault header"). */
  readonly header: string;
  /** Failed sign-in counts, kept across restarts. */
  readonly attempts: string;
}

/** The vault's files inside the data directory. */
export function vaultFiles(dataDirectory: string): VaultFiles {
  return {
    database: join(dataDirectory, 'vault.db'),
    header: join(dataDirectory, 'vault.header.json'),
    attempts: join(dataDirectory, 'vault.attempts.json'),
  };
}

/** The header is written last when a vault is created: without it there is no vault. */
export function vaultExists(dataDirectory: string): boolean {
  return existsSync(vaultFiles(dataDirectory).header);
}
