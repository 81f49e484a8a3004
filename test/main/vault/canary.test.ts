import Database from 'better-sqlite3-multiple-ciphers';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { vaultFiles } from '../../../main/vault/vaultFiles';
import { containsCanary, filesBelow, vaultWithCanary } from '../../helpers/canary';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('no plaintext on disk', () => {
  const temp = useTempDirectories();

  it('a distinctive string stored in the vault is found in no file of the data or temp directory', async () => {
    const startedAt = Date.now() - 1000;
    const dataDirectory = temp();
    const { vault, canary, user } = await vaultWithCanary(dataDirectory);
    await vault.keyring.replaceUserSlot(user, 'canary password');

    // While it is open (WAL present) and after it is closed.
    for (const moment of ['open', 'closed']) {
      if (moment === 'closed') vault.lock.lock('manual');
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
