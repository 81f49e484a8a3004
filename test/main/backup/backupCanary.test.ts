import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchiveKey } from '../../../main/backup/backupKeys';
import { createBackup } from '../../../main/backup/createBackup';
import { restoreBackup } from '../../../main/backup/restoreBackup';
import { verifyBackup } from '../../../main/backup/verifyBackup';
import { insertUser } from '../../../main/vault/userRecords';
import { fastBackupScrypt } from '../../helpers/testBackup';
import { createTestVault } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** Every file below a folder changed since `since`. */
function filesBelow(folder: string, since: number): string[] {
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

describe('no plaintext on disk while backing up and restoring', () => {
  const temp = useTempDirectories();

  it('a string stored in the vault is in no file written by export, verify or restore', async () => {
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
    for (let index = 0; index < 200; index += 1) {
      vault.write(admin, 'user.passwordChanged', { note: `${canary}-${index}` }, () => undefined);
    }
    const startedAt = Date.now() - 1000;
    const outFolder = temp();
    const archive = await generateArchiveKey();
    const byKey = join(outFolder, 'by-key.age');
    const byPassphrase = join(outFolder, 'by-passphrase.age');
    await createBackup(vault, { recipients: [archive.recipient] }, byKey);
    await createBackup(vault, { passphrase: 'cụm mật khẩu sao lưu', scryptLogN: fastBackupScrypt }, byPassphrase);
    await verifyBackup(byKey, { identity: archive.identity });
    const target = temp();
    await restoreBackup(byKey, { identity: archive.identity }, target);
    const restoredTwice = temp();
    await restoreBackup(byPassphrase, { passphrase: 'cụm mật khẩu sao lưu' }, restoredTwice);
    vault.lock('manual');

    const written = [
      ...filesBelow(outFolder, 0),
      ...filesBelow(target, 0),
      ...filesBelow(restoredTwice, 0),
      ...filesBelow(dataDirectory, startedAt),
      ...filesBelow(tmpdir(), startedAt),
    ];
    expect(written).toEqual(expect.arrayContaining([byKey, byPassphrase, join(target, 'vault.db')]));
    const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
    const leaking = [...new Set(written)].filter((path) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        return false; // another test's temporary file, gone since the listing
      }
      return needles.some((needle) => bytes.includes(needle));
    });
    expect(leaking).toEqual([]);
    // No snapshot or partial file is left behind.
    expect(readdirSync(outFolder).sort()).toEqual(['by-key.age', 'by-passphrase.age']);
  });
});
