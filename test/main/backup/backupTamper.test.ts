import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchiveKey, type ArchiveKey, type BackupKey } from '../../../main/backup/backupKeys';
import { createBackup } from '../../../main/backup/createBackup';
import { sealedChunkSize } from '../../../main/backup/format/agePayload';
import { verifyBackup } from '../../../main/backup/verifyBackup';
import type { AppError } from '../../../shared/errors';
import { fastBackupScrypt } from '../../helpers/testBackup';
import { createTestVault } from '../../helpers/testVault';

const passphrase = 'cụm mật khẩu của lưu trữ viên';
let folder: string;
let archive: ArchiveKey;
let byKey: Buffer;
let byPassphrase: Buffer;

async function rejection(bytes: Buffer, key: BackupKey): Promise<{ code: string; en: string }> {
  const path = join(folder, `${randomBytes(4).toString('hex')}.age`);
  writeFileSync(path, bytes);
  try {
    await verifyBackup(path, key);
    return { code: 'ok', en: '' };
  } catch (error) {
    const payload = (error as AppError).payload;
    if (!payload) throw error;
    return { code: payload.code, en: payload.message.en };
  }
}

function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe('a damaged, foreign or wrongly opened backup is refused with a clear code', () => {
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kiem-phieu-test-'));
    const { vault, admin } = await createTestVault(join(folder, 'data'));
    // Enough audit entries that the archive spans many 64 KiB chunks.
    for (let index = 0; index < 1500; index += 1) {
      vault.store.write(admin, 'user.passwordChanged', { note: `entry ${index}` }, () => undefined);
    }
    archive = await generateArchiveKey();
    await createBackup(vault.maintenance, { recipients: [archive.recipient] }, join(folder, 'by-key.age'));
    await createBackup(
      vault.maintenance,
      { passphrase, scryptLogN: fastBackupScrypt },
      join(folder, 'by-passphrase.age'),
    );
    vault.lock.lock('manual');
    byKey = readFileSync(join(folder, 'by-key.age'));
    byPassphrase = readFileSync(join(folder, 'by-passphrase.age'));
    expect(byKey.length).toBeGreaterThan(4 * sealedChunkSize);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('both untouched files verify', async () => {
    expect(await rejection(byKey, { identity: archive.identity })).toEqual({ code: 'ok', en: '' });
    expect(await rejection(byPassphrase, { passphrase })).toEqual({ code: 'ok', en: '' });
  });

  it('a flipped byte at the start, in the header MAC, in the middle and at the end: BACKUP_DAMAGED', async () => {
    const macAt = byKey.indexOf('\n--- ') + 6;
    for (const at of [0, macAt, Math.floor(byKey.length / 2), byKey.length - 1]) {
      const { code, en } = await rejection(flipped(byKey, at), { identity: archive.identity });
      expect({ at, code }).toEqual({ at, code: 'BACKUP_DAMAGED' });
      expect(en).toMatch(/damaged or was altered/);
    }
    const middle = await rejection(flipped(byKey, Math.floor(byKey.length / 2)), { identity: archive.identity });
    expect(middle.en).toMatch(/data chunk \d+ \(from byte \d+\) does not authenticate/);
    expect((await rejection(flipped(byPassphrase, byPassphrase.length - 20), { passphrase })).code).toBe(
      'BACKUP_DAMAGED',
    );
  });

  it('a file cut short (inside a chunk, at a chunk boundary, after the header) or extended: BACKUP_DAMAGED', async () => {
    const headerEnd = byKey.indexOf('\n', byKey.indexOf('\n--- ') + 1) + 1;
    const boundary = headerEnd + 16 + 2 * sealedChunkSize;
    for (const bytes of [
      byKey.subarray(0, byKey.length - 100),
      byKey.subarray(0, boundary),
      byKey.subarray(0, headerEnd + 10),
      Buffer.concat([byKey, Buffer.from('extra')]),
      Buffer.concat([byKey, randomBytes(sealedChunkSize)]),
    ]) {
      expect((await rejection(bytes, { identity: archive.identity })).code).toBe('BACKUP_DAMAGED');
    }
  });

  it('another archive key, a wrong passphrase, or the wrong kind of key: BACKUP_WRONG_KEY saying which', async () => {
    const stranger = await generateArchiveKey();
    const foreign = await rejection(byKey, { identity: stranger.identity });
    expect(foreign.code).toBe('BACKUP_WRONG_KEY');
    expect(foreign.en).toMatch(/encrypted to 1 other archive key\(s\); the secret key given is not one of them/);
    const wrong = await rejection(byPassphrase, { passphrase: 'không phải cụm này' });
    expect(wrong).toMatchObject({ code: 'BACKUP_WRONG_KEY', en: expect.stringMatching(/wrong passphrase/) });
    const passphraseForKey = await rejection(byKey, { passphrase });
    expect(passphraseForKey).toMatchObject({ code: 'BACKUP_WRONG_KEY', en: expect.stringMatching(/not a passphrase/) });
    const keyForPassphrase = await rejection(byPassphrase, { identity: archive.identity });
    expect(keyForPassphrase).toMatchObject({
      code: 'BACKUP_WRONG_KEY',
      en: expect.stringMatching(/protected by a passphrase/),
    });
  });

  it('a file that is not age at all: BACKUP_NOT_AGE; a malformed key: INVALID_INPUT', async () => {
    for (const bytes of [
      Buffer.alloc(0),
      randomBytes(5000),
      Buffer.from('SQLite format 3\0 and more'),
      Buffer.from('{"a":1}'),
    ]) {
      expect((await rejection(bytes, { identity: archive.identity })).code).toBe('BACKUP_NOT_AGE');
    }
    expect((await rejection(byKey, { identity: 'AGE-SECRET-KEY-1NOTAKEY' })).code).toBe('INVALID_INPUT');
    expect((await rejection(byKey, {})).code).toBe('INVALID_INPUT');
    expect(
      await verifyBackup(join(folder, 'absent.age'), { passphrase }).catch((error: AppError) => error.payload.code),
    ).toBe('NOT_FOUND');
  });
});
