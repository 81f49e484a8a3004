import { X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { describeCertificate } from '../../../main/signing/certificateInfo';
import { signDetached, verifyDetached } from '../../../main/signing/cmsSignature';
import { importPkcs12 } from '../../../main/signing/pkcs12Import';
import { generateSelfSignedIdentity, type KeyAndCertificate } from '../../../main/signing/selfSignedIdentity';
import { openssl, opensslVerifyDetached, selfSignedCertificate } from '../../helpers/openssl';
import { useTempDirectories } from '../../helpers/tempDirectory';

const content = Buffer.from('{"format":"kiem-phieu/result@1","tally":{"subjectName":"Nguyễn Thị Lan"}}', 'utf8');
const password = 'Mật khẩu ký số 2023';

function codeOf(work: () => unknown): string {
  try {
    work();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.payload.code : String(error);
  }
}

function writeParts(directory: string, signature: Buffer, certificatePem: string, signed: Buffer = content) {
  writeFileSync(join(directory, 'result.json'), signed);
  writeFileSync(join(directory, 'result.p7s'), signature);
  writeFileSync(join(directory, 'certificate.pem'), certificatePem);
}

describe('signing identity and detached CMS signatures', () => {
  const temp = useTempDirectories();
  let identity: KeyAndCertificate;
  beforeAll(async () => {
    identity = await generateSelfSignedIdentity({
      name: 'Trần Văn Bình',
      post: 'Trưởng ban kiểm phiếu',
      organization: 'Ban Thường vụ Quận ủy Long Biên',
      now: new Date('2026-03-01T08:00:00Z'),
    });
  });

  it('generates an RSA 3072 key and a self-signed certificate naming the head and the post', () => {
    const certificate = new X509Certificate(identity.certificatePem);
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(certificate.subject.split('\n')).toEqual([
      'CN=Trần Văn Bình',
      'title=Trưởng ban kiểm phiếu',
      'O=Ban Thường vụ Quận ủy Long Biên',
      'C=VN',
    ]);
    const described = describeCertificate(identity.certificatePem);
    expect(described).toMatchObject({ name: 'Trần Văn Bình', post: 'Trưởng ban kiểm phiếu', selfSigned: true });
    expect(described.notAfter.slice(0, 10)).toBe('2031-03-01');
    expect(described.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    // What openssl reads: SHA-256 with RSA, and a key usage for signing only.
    const text = openssl(['x509', '-noout', '-text'], identity.certificatePem).stdout;
    expect(text).toContain('sha256WithRSAEncryption');
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
  });

  it('signs so that openssl verifies, and openssl rejects the result after one byte changes', () => {
    const directory = temp();
    const signature = signDetached(content, identity.privateKeyPem, identity.certificatePem, new Date());
    writeParts(directory, signature, identity.certificatePem);
    const good = opensslVerifyDetached(directory);
    expect(good.stderr).toContain('Verification successful');
    expect(good.status).toBe(0);
    expect(verifyDetached(content, signature, identity.certificatePem)).toMatchObject({ valid: true });

    const tampered = Buffer.from(content);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 3) ^ 0x01, tampered.length - 3);
    writeFileSync(join(directory, 'result.json'), tampered);
    const bad = opensslVerifyDetached(directory);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Verification failure');
    expect(verifyDetached(tampered, signature, identity.certificatePem)).toMatchObject({ valid: false });
  });

  it('rejects a signature by another key, a flipped signature byte, and bytes that are not CMS', async () => {
    const other = await generateSelfSignedIdentity({
      name: 'Người khác',
      post: 'Khác',
      organization: null,
      now: new Date(),
    });
    const signature = signDetached(content, identity.privateKeyPem, identity.certificatePem, new Date());
    expect(verifyDetached(content, signature, other.certificatePem)).toMatchObject({ valid: false });
    const flipped = Buffer.from(signature);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 10) ^ 0x01, flipped.length - 10);
    expect(verifyDetached(content, flipped, identity.certificatePem)).toMatchObject({ valid: false });
    expect(verifyDetached(content, Buffer.from('not a signature'), identity.certificatePem)).toMatchObject({
      valid: false,
    });
  });

  it('verifies a detached signature made by openssl itself (the checks are not forge-shaped)', () => {
    const directory = temp();
    writeFileSync(join(directory, 'key.pem'), identity.privateKeyPem);
    writeParts(directory, Buffer.alloc(0), identity.certificatePem);
    const signed = openssl([
      'cms',
      '-sign',
      '-binary',
      '-md',
      'sha256',
      '-outform',
      'DER',
      '-in',
      join(directory, 'result.json'),
      '-signer',
      join(directory, 'certificate.pem'),
      '-inkey',
      join(directory, 'key.pem'),
      '-out',
      join(directory, 'openssl.p7s'),
    ]);
    expect(signed.status, signed.stderr).toBe(0);
    const signature = readFileSync(join(directory, 'openssl.p7s'));
    expect(verifyDetached(content, signature, identity.certificatePem)).toMatchObject({ valid: true });
    expect(
      verifyDetached(Buffer.concat([content, Buffer.from(' ')]), signature, identity.certificatePem),
    ).toMatchObject({ valid: false });
  });

  it('imports a PKCS#12 made by `openssl pkcs12 -export` with OpenSSL 3 defaults and a Vietnamese password, and signs', () => {
    const directory = temp();
    const { keyPath: key, certificatePath: certificate } = selfSignedCertificate(
      directory,
      '/CN=Lê Thị Hoa/title=Trưởng ban kiểm phiếu/O=Ban Tuyên giáo Quận ủy',
    );
    for (const legacy of [false, true]) {
      const file = join(directory, legacy ? 'legacy.p12' : 'default.p12');
      const exported = openssl([
        'pkcs12',
        '-export',
        ...(legacy ? ['-legacy'] : []),
        '-inkey',
        key,
        '-in',
        certificate,
        '-out',
        file,
        '-passout',
        `pass:${password}`,
      ]);
      expect(exported.status, exported.stderr).toBe(0);
      if (!legacy) {
        // The defaults this test is about, as openssl itself reports them.
        const info = openssl(['pkcs12', '-info', '-noout', '-in', file, '-passin', `pass:${password}`]).stderr;
        expect(info).toContain('MAC: sha256');
        expect(info).toContain('PBES2, PBKDF2, AES-256-CBC');
      }
      const imported = importPkcs12(readFileSync(file), password);
      expect(describeCertificate(imported.certificatePem)).toMatchObject({
        name: 'Lê Thị Hoa',
        post: 'Trưởng ban kiểm phiếu',
      });
      const signature = signDetached(content, imported.privateKeyPem, imported.certificatePem, new Date());
      writeParts(directory, signature, imported.certificatePem);
      expect(opensslVerifyDetached(directory).status).toBe(0);
    }
  });

  it('says why a PKCS#12 cannot be used: wrong password, not PKCS#12, no key, not RSA', () => {
    const directory = temp();
    const key = join(directory, 'key.pem');
    const certificate = join(directory, 'certificate.pem');
    openssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=A',
      '-keyout',
      key,
      '-out',
      certificate,
    ]);
    const file = join(directory, 'id.p12');
    openssl(['pkcs12', '-export', '-inkey', key, '-in', certificate, '-out', file, '-passout', `pass:${password}`]);
    expect(codeOf(() => importPkcs12(readFileSync(file), 'mật khẩu sai'))).toBe('PKCS12_WRONG_PASSWORD');
    expect(codeOf(() => importPkcs12(readFileSync(certificate), password))).toBe('PKCS12_UNREADABLE');
    expect(codeOf(() => importPkcs12(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x03]), password))).toBe('PKCS12_UNREADABLE');

    const certificateOnly = join(directory, 'certificate-only.p12');
    openssl([
      'pkcs12',
      '-export',
      '-nokeys',
      '-in',
      certificate,
      '-out',
      certificateOnly,
      '-passout',
      `pass:${password}`,
    ]);
    expect(codeOf(() => importPkcs12(readFileSync(certificateOnly), password))).toBe('PKCS12_NO_KEY');

    const ecKey = join(directory, 'ec.pem');
    const ecCertificate = join(directory, 'ec-certificate.pem');
    openssl([
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=E',
      '-keyout',
      ecKey,
      '-out',
      ecCertificate,
    ]);
    const ecFile = join(directory, 'ec.p12');
    openssl([
      'pkcs12',
      '-export',
      '-inkey',
      ecKey,
      '-in',
      ecCertificate,
      '-out',
      ecFile,
      '-passout',
      `pass:${password}`,
    ]);
    const refused = (() => {
      try {
        importPkcs12(readFileSync(ecFile), password);
        return null;
      } catch (error) {
        return error instanceof AppError ? error.payload : null;
      }
    })();
    expect(refused?.code).toBe('PKCS12_NO_KEY');
    expect(refused?.message.vi).toContain('chỉ hỗ trợ khóa RSA');
  });
});
