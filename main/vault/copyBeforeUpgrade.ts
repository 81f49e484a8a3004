import { chmodSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensurePrivateDirectory, fsyncDirectory } from '../base/privateFiles';
import type { VaultDatabase } from './database/openDatabase';
import type { VaultFiles } from './vaultFiles';

export const copiesBeforeUpgradeFolder = 'before-upgrade';

/** `20261130-203015` in UTC: copies sort by time, and the name is safe on every file system. */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Before a newer version migrates a vault's schema, the vault as the older version left it: its
 * database (its pages as they are on disk, still encrypted with the vault key — nothing readable
 * is written) and its header, in `before-upgrade/<time>-schema-<from>-to-<to>/`. The two files
 * are a whole vault: put back in a data directory, the older version opens them with the same
 * passwords and recovery key. Returns the folder's name.
 */
export function copyBeforeUpgrade(
  db: VaultDatabase,
  files: VaultFiles,
  dataDirectory: string,
  schema: { from: number; to: number },
  at: Date,
): string {
  // Every committed page into the database file (the lock is ours alone), so the copy is whole.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const parent = join(dataDirectory, copiesBeforeUpgradeFolder);
  ensurePrivateDirectory(parent);
  const folder = join(parent, `${stamp(at)}-schema-${schema.from}-to-${schema.to}`);
  ensurePrivateDirectory(folder);
  for (const file of [files.database, files.header]) {
    const copy = join(folder, basename(file));
    copyFileSync(file, copy);
    chmodSync(copy, 0o600);
  }
  fsyncDirectory(folder);
  return basename(folder);
}
