import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSigningKey } from '../../../main/signing/keyEnvelope';
import { openssl } from '../../helpers/openssl';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { closedContest } from '../../helpers/testCounting';
import { adminPassword, rawConnection, signingPassphrase, vaultKeyFromRecovery } from '../../helpers/testVault';

describe('the head’s signing key, against someone holding a backup, the vault key and the recovery key', () => {
  const temp = useTempDirectories();

  it('cannot be had: it is stored only sealed under the head’s passphrase, which nothing else opens', async () => {
    const dataDirectory = temp();
    const { core, head, school, recoveryKey } = await closedContest(dataDirectory);
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-9' });
    const identity = await head.ok('signing.generate', {
      name: 'Trần Văn Bình',
      post: 'Trưởng ban kiểm phiếu',
      passphrase: signingPassphrase,
    });
    const headId = head.session.user!.id;
    core.shutdown();

    // Everything the vault holds, read with the vault key the recovery key unwraps.
    const vaultKey = vaultKeyFromRecovery(dataDirectory, recoveryKey);
    const db = rawConnection(dataDirectory, vaultKey);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    const everything = tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())).join('\n');
    expect(everything).toContain(identity.certificatePem.split('\n')[1]!);
    expect(everything).not.toMatch(/PRIVATE KEY/);
    const envelope = db.prepare('SELECT key_envelope FROM signing_identities').pluck().get() as string;
    db.close();

    // No secret the vault gives out opens the sealed key; only the head's passphrase does.
    for (const guess of [adminPassword, recoveryKey, vaultKey.toString('hex'), vaultKey.toString('base64')])
      expect(await openSigningKey(envelope, guess, headId)).toBeNull();
    expect(await openSigningKey(envelope, signingPassphrase, headId)).toMatch(/BEGIN PRIVATE KEY/);

    // openssl cannot sign as the head with any other key: the certificate names its own.
    const folder = temp();
    const forged = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(join(folder, 'head.pem'), identity.certificatePem);
    writeFileSync(join(folder, 'other.key'), forged.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(folder, 'result.json'), '{"changed": true}');
    const attempt = openssl([
      'cms',
      '-sign',
      '-binary',
      '-in',
      join(folder, 'result.json'),
      '-signer',
      join(folder, 'head.pem'),
      '-inkey',
      join(folder, 'other.key'),
      '-outform',
      'DER',
      '-out',
      join(folder, 'result.p7s'),
    ]);
    expect(attempt.status).not.toBe(0);
    expect(attempt.stderr).toMatch(/key values mismatch|does not match/i);
    expect(sealed.signed).toBe(false);
  });

  it('signing asks for the passphrase: a wrong one signs nothing and is audited', async () => {
    const { core, head, school } = await closedContest(temp());
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-9' });
    await head.ok('signing.generate', { name: 'Trần Văn Bình', post: 'Trưởng ban', passphrase: signingPassphrase });
    expect(await head.code('results.sign', { sealId: sealed.id, passphrase: adminPassword })).toBe(
      'SIGNING_PASSPHRASE_WRONG',
    );
    expect((await head.ok('results.seals', { contestId: school.id })).records[0]!.signed).toBe(false);
    const refused = await head.ok('audit.list', { event: 'result.signRefused' });
    expect(refused.entries.map((entry) => entry.details)).toEqual([{ sealId: sealed.id }]);
    expect(await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase })).toEqual({
      signed: true,
    });
    core.shutdown();
  });
});
