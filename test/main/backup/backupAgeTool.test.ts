import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { generateArchiveKey } from '../../../main/backup/backupKeys';
import { createBackup } from '../../../main/backup/createBackup';
import type { BackupManifest } from '../../../main/backup/backupManifest';
import { verifyBackup } from '../../../main/backup/verifyBackup';
import { fastBackupScrypt, signedContest } from '../../helpers/testBackup';
import { createTestVault } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

const ageBinary = '/usr/bin/age';
const haveAge = existsSync(ageBinary);
if (!haveAge) {
  console.warn(
    `SKIPPED: backups read by the age tool — ${ageBinary} is absent (apt package "age"; build/setup.mjs installs it)`,
  );
}

function run(command: string, args: readonly string[]) {
  const done = spawnSync(command, args, { encoding: 'utf8' });
  if (done.error) throw done.error;
  return done;
}

describe.skipIf(!haveAge)('the age tool reads a backup', () => {
  const temp = useTempDirectories();

  it('age -d with the archive key, then tar -x: every member matches the manifest', async () => {
    const { core, school, sealed } = await signedContest(temp());
    const archive = await generateArchiveKey();
    const folder = temp();
    const backup = join(folder, 'sao-luu.age');
    await createBackup(core.vault.maintenance, { recipients: [archive.recipient] }, backup);
    core.shutdown();

    const identityFile = join(folder, 'identity.txt');
    writeFileSync(identityFile, `${archive.identity}\n`, { mode: 0o600 });
    const tarFile = join(folder, 'out.tar');
    const decrypted = run(ageBinary, ['-d', '-i', identityFile, '-o', tarFile, backup]);
    expect(decrypted.stderr).toBe('');
    expect(decrypted.status).toBe(0);
    const listing = run('tar', ['-tf', tarFile]);
    expect(listing.stdout.split('\n')[0]).toBe('manifest.json');

    const extracted = join(folder, 'extracted');
    mkdirSync(extracted);
    const untar = run('tar', ['-xf', tarFile, '-C', extracted]);
    expect(untar.stderr).toBe('');
    expect(untar.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(extracted, 'manifest.json'), 'utf8')) as BackupManifest;
    expect(manifest.members.length).toBe(6);
    for (const member of manifest.members) {
      const bytes = readFileSync(join(extracted, member.name));
      expect({
        name: member.name,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      }).toEqual(member);
    }
    expect(readdirSync(join(extracted, 'results')).sort()).toEqual(
      ['json', 'p7s', 'pem'].map((kind) => `${school.id}-1.${kind}`),
    );
    expect(
      createHash('sha256')
        .update(readFileSync(join(extracted, 'results', `${school.id}-1.json`)))
        .digest('hex'),
    ).toBe(sealed.digest);
    // The database inside stays encrypted with the vault key.
    expect(readFileSync(join(extracted, 'vault.db')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    // A flipped byte makes the age tool refuse it too.
    const bytes = readFileSync(backup);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0x01;
    writeFileSync(backup, bytes);
    const refused = run(ageBinary, ['-d', '-i', identityFile, '-o', join(folder, 'refused.tar'), backup]);
    expect(refused.status).not.toBe(0);
  });
});

describe('age-encryption itself (an independent implementation of the format) reads and writes backups', () => {
  const temp = useTempDirectories();

  it('decrypts a passphrase backup, and a backup it re-encrypts with its own scrypt verifies here', async () => {
    const { vault } = await createTestVault(temp());
    const folder = temp();
    const backup = join(folder, 'by-passphrase.age');
    const passphrase = 'cụm mật khẩu của lưu trữ viên';
    await createBackup(vault.maintenance, { passphrase, scryptLogN: fastBackupScrypt }, backup);
    vault.lock.lock('manual');

    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase.normalize('NFC'));
    const tar = Buffer.from(await decrypter.decrypt(readFileSync(backup)));
    expect(tar.subarray(0, 13).toString('latin1')).toBe('manifest.json');

    const encrypter = new Encrypter();
    encrypter.setScryptWorkFactor(fastBackupScrypt);
    encrypter.setPassphrase(passphrase);
    const reencrypted = join(folder, 're-encrypted.age');
    writeFileSync(reencrypted, await encrypter.encrypt(tar));
    const verified = await verifyBackup(reencrypted, { passphrase });
    expect(verified.manifest.format).toBe('kiem-phieu-backup');
  });
});
