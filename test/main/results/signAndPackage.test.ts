import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestGroups } from '../../../shared/results/digestGroups';
import type { ResultPackage } from '../../../shared/results/resultPackage';
import { clientOf } from '../../helpers/testCore';
import { closedContest } from '../../helpers/testCounting';
import { openssl, opensslVerifyDetached, selfSignedCertificate } from '../../helpers/openssl';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { signingPassphrase } from '../../helpers/testVault';

const person = { name: 'Trần Văn Bình', post: 'Trưởng ban kiểm phiếu' };
const identity = { ...person, passphrase: signingPassphrase };

function packageOf(contentBase64: string): ResultPackage {
  return JSON.parse(Buffer.from(contentBase64, 'base64').toString('utf8')) as ResultPackage;
}

function encode(resultPackage: ResultPackage): string {
  return Buffer.from(JSON.stringify(resultPackage), 'utf8').toString('base64');
}

/** The three files a district officer extracts, written for openssl. */
function writeParts(directory: string, resultPackage: ResultPackage): void {
  writeFileSync(join(directory, 'result.json'), resultPackage.result, 'utf8');
  writeFileSync(join(directory, 'result.p7s'), Buffer.from(resultPackage.signature, 'base64'));
  writeFileSync(join(directory, 'certificate.pem'), resultPackage.certificate);
}

describe('signing a sealed result and handing the package to the district, through the API', () => {
  const temp = useTempDirectories();

  it('signs with a generated identity; openssl verifies the export and rejects it after one byte changes', async () => {
    const { core, head, admin, counter1, school } = await closedContest(temp());
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    expect(await head.ok('signing.identity', {})).toEqual({ identity: null });
    expect(await head.code('results.sign', { sealId: sealed.id, passphrase: signingPassphrase })).toBe(
      'NO_SIGNING_IDENTITY',
    );
    expect(await counter1.code('signing.generate', identity)).toBe('FORBIDDEN');

    const generated = await head.ok('signing.generate', identity);
    expect(generated).toMatchObject({ ...person, selfSigned: true });
    expect(generated.subject).toContain('O=Ban Thường vụ Quận ủy Long Biên');
    expect(JSON.stringify(generated)).not.toContain('PRIVATE KEY');
    expect(await head.ok('signing.identity', {})).toEqual({ identity: generated });

    expect(await head.code('results.exportPackage', { sealId: sealed.id })).toBe('NOT_SIGNED');
    expect(await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase })).toEqual({
      signed: true,
    });
    expect(await head.code('results.sign', { sealId: sealed.id, passphrase: signingPassphrase })).toBe(
      'ALREADY_SIGNED',
    );
    expect((await head.ok('results.seals', { contestId: school.id })).records[0]).toMatchObject({
      signed: true,
      signerName: 'Trần Văn Bình',
    });

    const exported = await admin.ok('results.exportPackage', { sealId: sealed.id });
    expect(exported.fileName).toMatch(/^thcs-ngoc-lam-.+-1\.kqkp\.json$/);
    const resultPackage = packageOf(exported.contentBase64);
    expect(resultPackage).toMatchObject({ format: 'kiem-phieu/sealed-result@1', digest: sealed.digest });
    expect(resultPackage.result).toBe((await head.ok('results.canonical', { sealId: sealed.id })).json);

    const directory = temp();
    writeParts(directory, resultPackage);
    const verified = opensslVerifyDetached(directory);
    expect(verified.stderr).toContain('Verification successful');
    expect(verified.status).toBe(0);
    // The digest printed on paper is what openssl computes over result.json.
    expect(openssl(['dgst', '-sha256', join(directory, 'result.json')]).stdout).toContain(sealed.digest);

    const tampered = Buffer.from(resultPackage.result, 'utf8');
    const at = tampered.indexOf('"valid":20');
    tampered[at + 9] = '1'.charCodeAt(0);
    writeFileSync(join(directory, 'result.json'), tampered);
    const rejected = opensslVerifyDetached(directory);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stderr).toContain('Verification failure');

    const events = (await admin.ok('audit.list', {})).entries.map((entry) => entry.event);
    expect(events).toEqual(
      expect.arrayContaining(['result.sealed', 'signing.identityGenerated', 'result.signed', 'package.exported']),
    );
    core.shutdown();
  });

  it('imports a PKCS#12 from `openssl pkcs12 -export` (OpenSSL 3 defaults) and signs an amendment with it', async () => {
    const { core, head, school } = await closedContest(temp());
    const directory = temp();
    const password = 'Mật khẩu của tệp .p12';
    const { keyPath, certificatePath } = selfSignedCertificate(
      directory,
      '/CN=Lê Thị Hoa/title=Trưởng ban kiểm phiếu/O=Quận ủy Long Biên',
      730,
    );
    const made = openssl([
      'pkcs12',
      '-export',
      '-inkey',
      keyPath,
      '-in',
      certificatePath,
      '-out',
      join(directory, 'hoa.p12'),
      '-passout',
      `pass:${password}`,
    ]);
    expect(made.status, made.stderr).toBe(0);
    const fileBase64 = readFileSync(join(directory, 'hoa.p12')).toString('base64');
    expect(
      await head.code('signing.importPkcs12', { fileBase64, password: 'sai mật khẩu', passphrase: signingPassphrase }),
    ).toBe('PKCS12_WRONG_PASSWORD');
    expect(
      await head.code('signing.importPkcs12', {
        fileBase64: readFileSync(certificatePath).toString('base64'),
        password,
        passphrase: signingPassphrase,
      }),
    ).toBe('PKCS12_UNREADABLE');
    expect(await head.ok('signing.identity', {})).toEqual({ identity: null });

    const imported = await head.ok('signing.importPkcs12', { fileBase64, password, passphrase: signingPassphrase });
    expect(imported).toMatchObject({ name: 'Lê Thị Hoa', post: 'Trưởng ban kiểm phiếu', selfSigned: true });

    await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    const amended = await head.ok('results.amend', {
      contestId: school.id,
      reason: 'Sửa số niêm phong ghi nhầm trên phong bì',
      envelopeSeal: 'NP-0021',
    });
    await head.ok('results.sign', { sealId: amended.id, passphrase: signingPassphrase });
    const resultPackage = packageOf((await head.ok('results.exportPackage', { sealId: amended.id })).contentBase64);
    writeParts(directory, resultPackage);
    expect(opensslVerifyDetached(directory).status).toBe(0);
    expect(JSON.parse(resultPackage.result)).toMatchObject({ sequence: 2, envelopeSeal: 'NP-0021' });
    core.shutdown();
  });

  it('accepts a package at the district only with the two hidden digest groups read from paper', async () => {
    const { core, head, admin, school } = await closedContest(temp());
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    const signer = await head.ok('signing.generate', identity);
    await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase });
    const { contentBase64 } = await head.ok('results.exportPackage', { sealId: sealed.id });
    const groups = digestGroups(sealed.digest);
    await admin.ok('results.trustSigner', { name: signer.name, fingerprint: signer.fingerprint });

    const inspected = await admin.ok('results.inspectPackage', { contentBase64 });
    expect(inspected).toMatchObject({
      contestId: school.id,
      unitName: 'THCS Ngọc Lâm',
      sequence: 1,
      signatureValid: true,
      signer: 'Trần Văn Bình',
      envelopeSeal: 'NP-0012',
    });
    const hidden = inspected.hidden;
    expect(hidden[0]).not.toBe(hidden[1]);
    expect(inspected.digestGroups.filter((group) => group === null)).toHaveLength(2);
    expect(inspected.digestGroups.map((group, index) => group ?? groups[index])).toEqual(groups);
    expect(hidden.every((position) => inspected.digestGroups[position] === null)).toBe(true);

    const rightTyped = hidden.map((position) => groups[position]!);
    const wrongTyped = [rightTyped[0]!, rightTyped[1] === '0000' ? '0001' : '0000'];
    expect(await admin.code('results.acceptPackage', { contentBase64, hidden, typed: wrongTyped })).toBe(
      'DIGEST_GROUPS_WRONG',
    );
    // Positions other than the ones the core chose are refused even with their right values.
    const others = [0, 1, 2, 3].filter((position) => !hidden.includes(position)).slice(0, 2);
    expect(
      await admin.code('results.acceptPackage', {
        contentBase64,
        hidden: others,
        typed: others.map((position) => groups[position]!),
      }),
    ).toBe('PACKAGE_NOT_INSPECTED');
    // Another session never inspected it.
    const stranger = clientOf(core);
    await stranger.ok('session.signIn', { login: 'truongban', password: 'mật khẩu truongban' });
    expect(await stranger.code('results.acceptPackage', { contentBase64, hidden, typed: rightTyped })).toBe(
      'PACKAGE_NOT_INSPECTED',
    );

    // Case and spaces do not matter.
    const typed = rightTyped.map((group) => `${group.slice(0, 2).toUpperCase()} ${group.slice(2)}`);
    expect(await admin.ok('results.acceptPackage', { contentBase64, hidden, typed })).toEqual({
      accepted: true,
      digest: sealed.digest,
    });
    expect(await admin.code('results.acceptPackage', { contentBase64, hidden, typed })).toBe('PACKAGE_NOT_INSPECTED');
    const again = await admin.ok('results.inspectPackage', { contentBase64 });
    expect(
      await admin.code('results.acceptPackage', {
        contentBase64,
        hidden: again.hidden,
        typed: again.hidden.map((position) => groups[position]!),
      }),
    ).toBe('PACKAGE_ALREADY_RECEIVED');

    const refused = (await admin.ok('audit.list', { event: 'package.refused' })).entries.map(
      (entry) => entry.details.code,
    );
    expect(refused).toEqual(expect.arrayContaining(['DIGEST_GROUPS_WRONG', 'PACKAGE_NOT_INSPECTED']));
    expect((await admin.ok('audit.list', { event: 'package.accepted' })).entries).toHaveLength(1);
    core.shutdown();
  });

  it('rejects an altered or re-signed package with a clear reason, and stores nothing', async () => {
    const { core, head, admin, school } = await closedContest(temp());
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    await head.ok('signing.generate', identity);
    await head.ok('results.sign', { sealId: sealed.id, passphrase: signingPassphrase });
    const original = packageOf((await head.ok('results.exportPackage', { sealId: sealed.id })).contentBase64);
    const altered = original.result.replace('"valid":20', '"valid":21');
    expect(altered).not.toBe(original.result);

    const cases: Array<[string, ResultPackage | string]> = [
      ['digest', { ...original, result: altered }],
      ['signature', { ...original, result: altered, digest: createHash('sha256').update(altered).digest('hex') }],
      ['format', { ...original, format: 'something-else' as never }],
      ['json', 'not json at all'],
    ];
    const messages: Record<string, string> = {};
    for (const [name, content] of cases) {
      const contentBase64 = typeof content === 'string' ? Buffer.from(content).toString('base64') : encode(content);
      const result = await admin.call('results.inspectPackage', { contentBase64 });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('PACKAGE_INVALID');
        messages[name] = result.error.message.vi;
      }
    }
    expect(messages.digest).toContain('mã băm ghi trong gói không khớp');
    expect(messages.signature).toContain('nội dung đã bị thay đổi sau khi ký');
    expect(messages.format).toContain('không phải gói kết quả niêm phong');
    expect(messages.json).toContain('không phải JSON');

    // A package re-signed by someone else verifies as theirs: the signer and fingerprint say so.
    const other = await closedContest(temp());
    await other.head.ok('signing.generate', { name: 'Người giả mạo', post: 'Không rõ', passphrase: signingPassphrase });
    const otherSeal = await other.head.ok('results.seal', { contestId: other.school.id, envelopeSeal: 'X' });
    await other.head.ok('results.sign', { sealId: otherSeal.id, passphrase: signingPassphrase });
    const foreign = packageOf((await other.head.ok('results.exportPackage', { sealId: otherSeal.id })).contentBase64);
    const swapped = { ...original, signature: foreign.signature };
    expect(await admin.code('results.inspectPackage', { contentBase64: encode(swapped) })).toBe('PACKAGE_INVALID');
    other.core.shutdown();
    core.shutdown();
  });
});
