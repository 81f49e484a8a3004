import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatedAirGapProbe } from '../../../main/app/airGapProbe';
import { createCore } from '../../../main/core/createCore';
import { createBackup } from '../../../main/backup/createBackup';
import { generateArchiveKey } from '../../../main/backup/backupKeys';
import { restoreBackup } from '../../../main/backup/restoreBackup';
import { verifyBackup } from '../../../main/backup/verifyBackup';
import type { BackupPhase } from '../../../shared/backup/backupSchemas';
import { Vault } from '../../../main/vault/vault';
import { clientOf } from '../../helpers/testCore';
import { fastBackupScrypt, signedContest } from '../../helpers/testBackup';
import { adminPassword, createTestVault, fastScrypt } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

function progressLog() {
  const seen: Array<{ done: number; total: number; phase: BackupPhase }> = [];
  return { seen, report: (done: number, total: number, phase: BackupPhase) => seen.push({ done, total, phase }) };
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as { payload?: { code?: string } }).payload?.code ?? String(error);
  }
}

describe('backup round trip', () => {
  const temp = useTempDirectories();

  it('exports a signed vault to archive keys, verifies it, restores it elsewhere with the same tally and audit chain', async () => {
    const dataDirectory = temp();
    const { core, head, school, campaign, sealed } = await signedContest(dataDirectory);
    const before = await head.ok('results.tally', { contestId: school.id });
    const archive = await generateArchiveKey();
    const other = await generateArchiveKey();
    expect(archive.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(archive.recipient).toMatch(/^age1[0-9a-z]{58}$/);

    const outFolder = temp();
    const out = join(outFolder, 'sao-luu.age');
    const exported = progressLog();
    const created = await createBackup(
      core.vault.maintenance,
      { recipients: [archive.recipient, other.recipient] },
      out,
      exported.report,
    );
    expect(readdirSync(outFolder)).toEqual(['sao-luu.age']);
    expect(created.manifest).toMatchObject({
      format: 'kiem-phieu-backup',
      formatVersion: 1,
      campaigns: [campaign.name],
      counts: { campaigns: 1, ballots: 20, seals: 1 },
      results: [
        { contestId: school.id, sequence: 1, digest: sealed.digest, signed: true, signerName: 'Trần Văn Bình' },
      ],
    });
    expect(created.manifest.members.map((member) => member.name)).toEqual([
      'vault.header.json',
      'vault.db',
      'audit.jsonl',
      `results/${school.id}-1.json`,
      `results/${school.id}-1.p7s`,
      `results/${school.id}-1.pem`,
    ]);
    expect(new Set(exported.seen.map((step) => step.phase))).toEqual(new Set(['snapshot', 'digest', 'write']));
    expect(exported.seen.at(-1)).toMatchObject({ phase: 'write' });
    expect(exported.seen.at(-1)!.done).toBe(exported.seen.at(-1)!.total);

    // Either archive key opens it.
    for (const identity of [archive.identity, other.identity]) {
      const verified = await verifyBackup(out, { identity });
      expect(verified.manifest.counts).toEqual(created.manifest.counts);
      expect(verified.results).toEqual([
        expect.objectContaining({ digest: sealed.digest, signed: true, signerName: 'Trần Văn Bình' }),
      ]);
      expect(verified.results[0]!.signingTime).not.toBeNull();
    }

    const target = temp();
    const restoring = progressLog();
    await restoreBackup(out, { identity: archive.identity }, target, restoring.report);
    expect(readdirSync(target).sort()).toEqual(['vault.db', 'vault.header.json']);
    expect(restoring.seen.every((step) => step.phase === 'restore')).toBe(true);

    // Offline, as the machine of a restore should be: an online check would add its own audit entry.
    const restored = createCore({
      shell: 'cli',
      dataDirectory: target,
      scryptCost: fastScrypt,
      airGap: { probe: simulatedAirGapProbe(false) },
    });
    const restoredHead = clientOf(restored);
    await restoredHead.ok('session.signIn', { login: 'truongban', password: 'mật khẩu truongban' });
    expect(await restoredHead.ok('results.tally', { contestId: school.id })).toEqual(before);
    const restoredAdmin = clientOf(restored);
    await restoredAdmin.ok('session.signIn', { login: 'quantri', password: adminPassword });
    const audit = await restoredAdmin.ok('audit.verify', {});
    expect(audit).toMatchObject({ ok: true, firstProblem: null });
    expect(audit.entriesChecked).toBe(created.manifest.counts.auditEntries + 2);
    restored.shutdown();
    core.shutdown();
  });

  it('a passphrase backup restores a vault that opens with its passwords and its recovery key', async () => {
    const dataDirectory = temp();
    const { vault, recoveryKey, admin } = await createTestVault(dataDirectory);
    vault.store.write(admin, 'user.passwordChanged', { note: 'before the backup' }, () => undefined);
    const out = join(temp(), 'vault.age');
    const passphrase = 'cụm mật khẩu sao lưu dài';
    await createBackup(vault.maintenance, { passphrase, scryptLogN: fastBackupScrypt }, out);
    vault.store.write(admin, 'user.passwordChanged', { note: 'after the backup' }, () => undefined);
    expect(await errorCode(verifyBackup(out, { passphrase: 'sai cụm mật khẩu rồi' }))).toBe('BACKUP_WRONG_KEY');

    const target = temp();
    await restoreBackup(out, { passphrase }, target);
    const byPassword = new Vault({ dataDirectory: target, scryptCost: fastScrypt });
    await byPassword.keyring.signIn('quantri', adminPassword);
    expect(byPassword.maintenance.verifyAudit()).toMatchObject({ ok: true });
    byPassword.lock.lock('manual');

    const byRecovery = new Vault({ dataDirectory: target, scryptCost: fastScrypt });
    const user = await byRecovery.keyring.signInWithRecoveryKey(recoveryKey, 'quantri', 'mật khẩu mới sau khôi phục');
    expect(user.login).toBe('quantri');
    expect(byRecovery.maintenance.verifyAudit()).toMatchObject({ ok: true });
    byRecovery.lock.lock('manual');
    vault.lock.lock('manual');
  });

  it("the 'checkpoint-copy' snapshot carries what was still in the WAL and restores the same way", async () => {
    const { vault, admin } = await createTestVault(temp());
    for (let index = 0; index < 50; index += 1) {
      vault.store.write(admin, 'user.passwordChanged', { note: `in the WAL ${index}` }, () => undefined);
    }
    const entries = vault.maintenance.verifyAudit().entriesChecked;
    const archive = await generateArchiveKey();
    const out = join(temp(), 'copy.age');
    const created = await createBackup(vault.maintenance, { recipients: [archive.recipient] }, out, undefined, {
      snapshot: 'checkpoint-copy',
    });
    expect(created.manifest.counts.auditEntries).toBe(entries);
    vault.store.write(admin, 'user.passwordChanged', { note: 'after the backup' }, () => undefined);
    const target = temp();
    await restoreBackup(out, { identity: archive.identity }, target);
    const restored = new Vault({ dataDirectory: target, scryptCost: fastScrypt });
    await restored.keyring.signIn('quantri', adminPassword);
    // The sign-in adds one entry to what the backup held.
    expect(restored.maintenance.verifyAudit()).toMatchObject({ ok: true, entriesChecked: entries + 1 });
    restored.lock.lock('manual');
    vault.lock.lock('manual');
  });

  it('refuses a non-empty target; replacing backs up the vault there first, then restores over it', async () => {
    const source = temp();
    const first = await createTestVault(source);
    const out = join(temp(), 'first.age');
    const archive = await generateArchiveKey();
    await createBackup(first.vault.maintenance, { recipients: [archive.recipient] }, out);
    first.vault.lock.lock('manual');

    const target = temp();
    const current = await createTestVault(target);
    const currentId = current.vault.maintenance.header().vaultId;
    expect(await errorCode(restoreBackup(out, { identity: archive.identity }, target))).toBe('BACKUP_TARGET_NOT_EMPTY');
    const occupied = temp();
    writeFileSync(join(occupied, 'notes.txt'), 'not a vault, but not empty either');
    expect(await errorCode(restoreBackup(out, { identity: archive.identity }, occupied))).toBe(
      'BACKUP_TARGET_NOT_EMPTY',
    );

    const safetyBackupPath = join(temp(), 'before-restore.age');
    let released = false;
    const restored = await restoreBackup(out, { identity: archive.identity }, target, undefined, {
      replace: {
        current: current.vault.maintenance,
        encryption: { recipients: [archive.recipient] },
        safetyBackupPath,
        release: () => {
          current.vault.lock.lock('closed');
          released = true;
        },
      },
    });
    expect(released).toBe(true);
    expect(existsSync(safetyBackupPath)).toBe(true);
    expect(restored.safetyBackup?.manifest.vaultId).toBe(currentId);
    const safety = await verifyBackup(safetyBackupPath, { identity: archive.identity });
    expect(safety.header.vaultId).toBe(currentId);
    expect(restored.verified.header.vaultId).not.toBe(currentId);

    const reopened = new Vault({ dataDirectory: target, scryptCost: fastScrypt });
    await reopened.keyring.signIn('quantri', adminPassword);
    expect(reopened.maintenance.header().vaultId).toBe(restored.verified.header.vaultId);
    expect(reopened.maintenance.verifyAudit()).toMatchObject({ ok: true });
    reopened.lock.lock('manual');
  });

  it('refuses bad encryption options before doing anything', async () => {
    const { vault } = await createTestVault(temp());
    const folder = temp();
    const out = join(folder, 'x.age');
    const archive = await generateArchiveKey();
    for (const encryption of [
      {},
      { passphrase: 'ngắn' },
      { recipients: ['age1notakey'] },
      { recipients: [archive.identity] },
      { passphrase: 'một cụm mật khẩu đủ dài', recipients: [archive.recipient] },
    ]) {
      expect(await errorCode(createBackup(vault.maintenance, encryption, out))).toBe('INVALID_INPUT');
    }
    expect(readdirSync(folder)).toEqual([]);
    vault.lock.lock('manual');
  });
});
