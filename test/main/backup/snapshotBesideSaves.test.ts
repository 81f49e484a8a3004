import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchiveKey } from '../../../main/backup/backupKeys';
import { createBackup } from '../../../main/backup/createBackup';
import { restoreBackup } from '../../../main/backup/restoreBackup';
import { Vault } from '../../../main/vault/vault';
import { vaultFiles } from '../../../main/vault/vaultFiles';
import { adminPassword, createTestVault, fastScrypt } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('a backup beside the saves: the encrypted pages copied while keying goes on', () => {
  const temp = useTempDirectories();

  async function backupWhile(during: (save: (note: string) => void, databasePath: string) => void) {
    const data = temp();
    const { vault, admin } = await createTestVault(data);
    const save = (note: string) => vault.store.write(admin, 'user.passwordChanged', { note }, () => undefined);
    for (let index = 0; index < 20; index += 1) save(`before ${index}`);
    const before = vault.maintenance.verifyAudit().entriesChecked;
    const archive = await generateArchiveKey();
    const out = join(temp(), 'beside.age');
    const created = await createBackup(vault.maintenance, { recipients: [archive.recipient] }, out, undefined, {
      duringCopy: () => during(save, vaultFiles(data).database),
    });
    const after = vault.maintenance.verifyAudit();
    const autocheckpoint = vault.maintenance.withOpenVault((opened) =>
      Number(opened.db.pragma('wal_autocheckpoint', { simple: true })),
    );
    const target = temp();
    await restoreBackup(out, { identity: archive.identity }, target);
    const restored = new Vault({ dataDirectory: target, scryptCost: fastScrypt });
    await restored.keyring.signIn('quantri', adminPassword);
    const restoredAudit = restored.maintenance.verifyAudit();
    restored.lock.lock('manual');
    vault.lock.lock('manual');
    return { before, created, after, autocheckpoint, restoredAudit };
  }

  it('saves made while the file is copied stay in the vault and out of this backup, which restores whole', async () => {
    // Enough saves to pass SQLite's automatic checkpoint (1,000 pages of WAL) had it not been held.
    const during = 600;
    const { before, created, after, autocheckpoint, restoredAudit } = await backupWhile((save) => {
      for (let index = 0; index < during; index += 1) save(`during the copy ${index}`);
    });
    // The backup is the moment the copy began: its log and its header's anchor end at the same entry.
    expect(created.manifest.counts.auditEntries).toBe(before);
    expect(after).toMatchObject({ ok: true, entriesChecked: before + during });
    // The restored vault's chain is intact up to the anchor it came with (plus the sign-in).
    expect(restoredAudit).toMatchObject({ ok: true, entriesChecked: before + 1 });
    // The held checkpoints are given back.
    expect(autocheckpoint).toBe(1000);
  });

  it('a database file written during the copy is noticed, and the snapshot taken again at once', async () => {
    const { before, created, after, restoredAudit } = await backupWhile((save, databasePath) => {
      for (let index = 0; index < 5; index += 1) save(`during the copy ${index}`);
      // As a key rotation or a closing connection would: the file itself is written.
      const later = new Date(Date.now() + 5000);
      utimesSync(databasePath, later, later);
    });
    // Taken again after those saves, synchronously: they are in this backup.
    expect(created.manifest.counts.auditEntries).toBe(before + 5);
    expect(after).toMatchObject({ ok: true, entriesChecked: before + 5 });
    expect(restoredAudit).toMatchObject({ ok: true, entriesChecked: before + 6 });
  });
});
