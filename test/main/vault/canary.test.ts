import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../../../main/vault/userRecords';
import { vaultFiles } from '../../../main/vault/vaultFiles';
import { createTestVault } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** Every file below a folder (changed since `since`, when given). */
function filesBelow(folder: string, since = 0): string[] {
  const found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of entries) {
    const path = join(folder, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue;
    }
    if (stats.isDirectory()) found.push(...filesBelow(path, since));
    else if (stats.isFile() && stats.mtimeMs >= since) found.push(path);
  }
  return found;
}

function containsCanary(path: string, canary: string): boolean {
  const bytes = readFileSync(path);
  return [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')].some((needle) => bytes.includes(needle));
}

describe('no plaintext on disk', () => {
  const temp = useTempDirectories();

  it('a distinctive string stored in the vault is found in no file of the data or temp directory', async () => {
    const startedAt = Date.now() - 1000;
    const canary = `CANARY-${randomBytes(8).toString('hex')}-Phiếu`;
    const dataDirectory = temp();
    const { vault, admin } = await createTestVault(dataDirectory);
    const user = {
      id: randomUUID(),
      login: 'canary',
      fullName: canary,
      role: 'counter' as const,
      createdAt: new Date().toISOString(),
    };
    vault.write(admin, 'user.added', { fullName: canary }, (db) => insertUser(db, user));
    await vault.replaceUserSlot(user, 'canary password');
    for (let index = 0; index < 200; index += 1)
      vault.write(admin, 'user.passwordChanged', { note: `${canary}-${index}` }, () => undefined);

    // While it is open (WAL present) and after it is closed.
    for (const moment of ['open', 'closed']) {
      if (moment === 'closed') vault.lock('manual');
      const scanned = [...filesBelow(dataDirectory), ...filesBelow(tmpdir(), startedAt)];
      expect(scanned.length, moment).toBeGreaterThan(1);
      const leaking = scanned.filter((path) => containsCanary(path, canary));
      expect(leaking, `${moment}: files holding the canary`).toEqual([]);
    }

    const plain = new Database(vaultFiles(dataDirectory).database, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/file is not a database/);
    plain.close();
  });
});
