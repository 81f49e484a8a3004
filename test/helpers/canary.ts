import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { insertUser } from '../../main/vault/userRecords';
import { createTestVault } from './testVault';

/** Every file below a folder (changed since `since`, when given). */
export function filesBelow(folder: string, since = 0): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(folder, name);
    try {
      const stats = statSync(path);
      if (stats.isDirectory()) return filesBelow(path, since);
      return stats.isFile() && stats.mtimeMs >= since ? [path] : [];
    } catch {
      return [];
    }
  });
}

/** Whether a file holds the canary as UTF-8 or UTF-16; a file gone since it was listed (another test's) holds nothing. */
export function containsCanary(path: string, canary: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return false;
  }
  return [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')].some((needle) => bytes.includes(needle));
}

/**
 * A new vault holding a distinctive string: a user's full name and 200 audit entries, enough
 * pages and WAL frames that a plaintext leak anywhere would show it.
 */
export async function vaultWithCanary(dataDirectory: string) {
  const canary = `CANARY-${randomBytes(8).toString('hex')}-Phiếu`;
  const created = await createTestVault(dataDirectory);
  const { vault, admin } = created;
  const user = {
    id: randomUUID(),
    login: 'canary',
    fullName: canary,
    role: 'counter' as const,
    createdAt: new Date().toISOString(),
  };
  vault.store.write(admin, 'user.added', { fullName: canary }, (db) => insertUser(db, user));
  for (let index = 0; index < 200; index += 1)
    vault.store.write(admin, 'user.passwordChanged', { note: `${canary}-${index}` }, () => undefined);
  return { ...created, canary, user };
}
