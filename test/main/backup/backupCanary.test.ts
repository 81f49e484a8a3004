import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchiveKey } from '../../../main/backup/backupKeys';
import { createBackup } from '../../../main/backup/createBackup';
import { restoreBackup } from '../../../main/backup/restoreBackup';
import { verifyBackup } from '../../../main/backup/verifyBackup';
import { fastBackupScrypt } from '../../helpers/testBackup';
import { containsCanary, filesBelow, vaultWithCanary } from '../../helpers/canary';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('no plaintext on disk while backing up and restoring', () => {
  const temp = useTempDirectories();

  it('a string stored in the vault is in no file written by export, verify or restore', async () => {
    const dataDirectory = temp();
    const { vault, canary } = await vaultWithCanary(dataDirectory);
    const startedAt = Date.now() - 1000;
    const outFolder = temp();
    const archive = await generateArchiveKey();
    const byKey = join(outFolder, 'by-key.age');
    const byPassphrase = join(outFolder, 'by-passphrase.age');
    await createBackup(vault.maintenance, { recipients: [archive.recipient] }, byKey);
    await createBackup(
      vault.maintenance,
      { passphrase: 'cụm mật khẩu sao lưu', scryptLogN: fastBackupScrypt },
      byPassphrase,
    );
    await verifyBackup(byKey, { identity: archive.identity });
    const target = temp();
    await restoreBackup(byKey, { identity: archive.identity }, target);
    const restoredTwice = temp();
    await restoreBackup(byPassphrase, { passphrase: 'cụm mật khẩu sao lưu' }, restoredTwice);
    vault.lock.lock('manual');

    const written = [
      ...filesBelow(outFolder, 0),
      ...filesBelow(target, 0),
      ...filesBelow(restoredTwice, 0),
      ...filesBelow(dataDirectory, startedAt),
      ...filesBelow(tmpdir(), startedAt),
    ];
    expect(written).toEqual(expect.arrayContaining([byKey, byPassphrase, join(target, 'vault.db')]));
    const leaking = [...new Set(written)].filter((path) => containsCanary(path, canary));
    expect(leaking).toEqual([]);
    // No snapshot or partial file is left behind.
    expect(readdirSync(outFolder).sort()).toEqual(['by-key.age', 'by-passphrase.age']);
  });
});
