import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The vault's files inside the data directory. */
export function vaultFiles(dataDirectory: string): { database: string; header: string } {
  return {
    database: join(dataDirectory, 'vault.db'),
    header: join(dataDirectory, 'vault.header.json'),
  };
}

export function vaultExists(dataDirectory: string): boolean {
  return existsSync(vaultFiles(dataDirectory).header);
}
