import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchiveKey } from '../../../main/backup/backupKeys';
import { openWithIdentity, sealToRecipients } from '../../../main/backup/format/ageBytes';
import { PayloadDamaged } from '../../../main/backup/format/agePayload';
import { useTempDirectories } from '../../helpers/tempDirectory';

const temp = useTempDirectories();
const haveAge = existsSync('/usr/bin/age');

describe('a small file sealed whole as an age file', () => {
  // Over two payload chunks (64 KiB each), with multi-byte letters.
  const plain = Buffer.from('Phiếu góp ý — Hoàn thành tốt nhiệm vụ. '.repeat(4000), 'utf8');

  it('opens with the identity, and only with it; a changed byte is seen', async () => {
    const [key, other] = [await generateArchiveKey(), await generateArchiveKey()];
    const sealed = await sealToRecipients(plain, [key.recipient]);
    expect(sealed.includes(Buffer.from('Phiếu'))).toBe(false);
    expect((await openWithIdentity(sealed, key.identity)).equals(plain)).toBe(true);
    await expect(openWithIdentity(sealed, other.identity)).rejects.toMatchObject({
      payload: { code: 'BACKUP_WRONG_KEY' },
    });
    const changed = Buffer.from(sealed);
    changed[changed.length - 100]! ^= 1;
    await expect(openWithIdentity(changed, key.identity)).rejects.toBeInstanceOf(PayloadDamaged);
    await expect(openWithIdentity(sealed.subarray(0, sealed.length - 1), key.identity)).rejects.toBeInstanceOf(
      PayloadDamaged,
    );
    await expect(openWithIdentity(Buffer.from('{"format":1}'), key.identity)).rejects.toMatchObject({
      payload: { code: 'BACKUP_NOT_AGE' },
    });
  });

  it.skipIf(!haveAge)('the age tool opens it with the same identity', async () => {
    const key = await generateArchiveKey();
    const folder = temp();
    writeFileSync(join(folder, 'sealed.age'), await sealToRecipients(plain, [key.recipient]));
    writeFileSync(join(folder, 'identity.txt'), `${key.identity}\n`);
    const opened = spawnSync('/usr/bin/age', ['-d', '-i', join(folder, 'identity.txt'), join(folder, 'sealed.age')]);
    expect(opened.status).toBe(0);
    expect(opened.stdout.equals(plain)).toBe(true);
  });
});
