import { describe, expect, it } from 'vitest';
import { digestGroups } from '../../../shared/results/digestGroups';
import type { ResultPackage } from '../../../shared/results/resultPackage';
import { signedByOutsider } from '../../helpers/openssl';
import type { TestClient } from '../../helpers/testCore';
import { closedContest } from '../../helpers/testCounting';
import { signedContest } from '../../helpers/testBackup';
import { useTempDirectories } from '../../helpers/tempDirectory';

const decode = (contentBase64: string) =>
  JSON.parse(Buffer.from(contentBase64, 'base64').toString('utf8')) as ResultPackage;
const encode = (resultPackage: ResultPackage) => Buffer.from(JSON.stringify(resultPackage)).toString('base64');

/** The genuine result re-signed by someone with a self-made certificate carrying the head's name and post. */
function resignedByImpostor(genuine: ResultPackage, directory: string): ResultPackage {
  return {
    ...genuine,
    ...signedByOutsider(genuine.result, directory, '/CN=Trần Văn Bình/title=Trưởng ban kiểm phiếu'),
  };
}

/** Inspects, then types the two hidden groups as read from the minutes. */
async function receive(district: TestClient, contentBase64: string, digest: string) {
  const inspected = await district.call('results.inspectPackage', { contentBase64 });
  if (!inspected.ok) return inspected;
  const groups = digestGroups(digest);
  return district.call('results.acceptPackage', {
    contentBase64,
    hidden: inspected.value.hidden,
    typed: inspected.value.hidden.map((position) => groups[position]!),
  });
}

/** The fingerprint groups as printed beside the digest on the hand-over minutes. */
async function fingerprintOnPaper(client: TestClient, unitId: string): Promise<string> {
  const { html } = await client.ok('print.preview', { document: { kind: 'handOverMinutes', unitId } });
  const block = html.slice(html.indexOf('Dấu vân tay chứng thư ký số'));
  const groups = /<span class="digest-groups">([^<]*)<br>([^<]*)<\/span>/.exec(block);
  expect(groups).not.toBeNull();
  return `${groups![1]} ${groups![2]}`;
}

/** A sealed result signed by the head, and its package as the unit hands it over. */
async function signedPackage(dataDirectory: string) {
  const signed = await signedContest(dataDirectory);
  const { contentBase64 } = await signed.head.ok('results.exportPackage', { sealId: signed.sealed.id });
  return { ...signed, genuineBase64: contentBase64 };
}

describe('a result re-signed by someone else is refused at the district', () => {
  const temp = useTempDirectories();

  it('receives only from signers on the register, typed from the fingerprint on paper; the impostor never blocks the genuine package', async () => {
    const { core, head: truongBan, admin, school, sealed, identity, genuineBase64 } = await signedPackage(temp());
    try {
      const impostor = resignedByImpostor(decode(genuineBase64), temp());
      const impostorBase64 = encode(impostor);

      // The impostor's package is a valid signature over the genuine result (result verify says so) …
      const verified = await admin.ok('results.verifyPackage', { content: JSON.stringify(impostor) });
      expect(verified).toMatchObject({ signer: 'Trần Văn Bình', digest: sealed.digest });
      expect(verified.fingerprint).not.toBe(identity.fingerprint);

      // … but with an empty register nobody's package is received.
      const before = await receive(admin, impostorBase64, sealed.digest);
      expect(before.ok ? null : before.error.code).toBe('SIGNER_NOT_TRUSTED');
      if (!before.ok) expect(before.error.message.vi).toContain(verified.fingerprint);

      // The head's fingerprint is read off the printed minutes and typed in, groups and all.
      const typed = await fingerprintOnPaper(truongBan, school.unitId);
      expect(typed).toBe(identity.fingerprint);
      expect(await admin.code('results.trustSigner', { name: 'Trần Văn Bình', fingerprint: typed.slice(5) })).toBe(
        'SIGNER_FINGERPRINT_INVALID',
      );
      await admin.ok('results.trustSigner', {
        name: 'Trần Văn Bình — THCS Ngọc Lâm',
        fingerprint: typed.toUpperCase(),
      });
      expect(await admin.code('results.trustSigner', { name: 'Lần nữa', fingerprint: typed })).toBe(
        'SIGNER_ALREADY_TRUSTED',
      );

      const impostorRefused = await receive(admin, impostorBase64, sealed.digest);
      expect(impostorRefused.ok ? null : impostorRefused.error.code).toBe('SIGNER_NOT_TRUSTED');
      expect(await receive(admin, genuineBase64, sealed.digest)).toMatchObject({ ok: true });

      const refusals = (await admin.ok('audit.list', { event: 'package.refused' })).entries.map(
        (entry) => entry.details,
      );
      expect(refusals.filter((details) => details.code === 'SIGNER_NOT_TRUSTED')).toHaveLength(2);
      expect((await admin.ok('audit.list', { event: 'signer.trusted' })).entries).toHaveLength(1);
    } finally {
      core.shutdown();
    }
  });

  it('a package received by mistake is withdrawn (audited) and the genuine one is received after it', async () => {
    const { core, admin, school, sealed, identity, genuineBase64 } = await signedPackage(temp());
    try {
      const impostor = resignedByImpostor(decode(genuineBase64), temp());
      const impostorFingerprint = (await admin.ok('results.verifyPackage', { content: JSON.stringify(impostor) }))
        .fingerprint;

      // Someone trusted the wrong certificate, and its package came first.
      await admin.ok('results.trustSigner', { name: 'Nhầm', fingerprint: impostorFingerprint });
      await admin.ok('results.trustSigner', { name: 'Trần Văn Bình', fingerprint: identity.fingerprint });
      expect(await receive(admin, encode(impostor), sealed.digest)).toMatchObject({ ok: true });
      const blocked = await receive(admin, genuineBase64, sealed.digest);
      expect(blocked.ok ? null : blocked.error.code).toBe('PACKAGE_ALREADY_RECEIVED');

      const [wrong] = (await admin.ok('results.listReceivedPackages', {})).packages;
      expect(wrong).toMatchObject({
        contestId: school.id,
        unitName: 'THCS Ngọc Lâm',
        digest: sealed.digest,
        fingerprint: impostorFingerprint.replaceAll(' ', ''),
        withdrawnAt: null,
      });
      await admin.ok('results.distrustSigner', { fingerprint: impostorFingerprint });
      const reason = 'Chứng thư không phải của trưởng ban (đối chiếu biên bản giấy)';
      await admin.ok('results.withdrawPackage', { receivedId: wrong!.id, reason });
      expect(await admin.code('results.withdrawPackage', { receivedId: wrong!.id, reason })).toBe(
        'PACKAGE_ALREADY_WITHDRAWN',
      );
      expect(await receive(admin, genuineBase64, sealed.digest)).toMatchObject({ ok: true });

      const received = (await admin.ok('results.listReceivedPackages', {})).packages;
      expect(received.map((row) => [row.fingerprint, row.withdrawReason])).toEqual(
        expect.arrayContaining([
          [impostorFingerprint.replaceAll(' ', ''), reason],
          [identity.fingerprint.replaceAll(' ', ''), null],
        ]),
      );
      const withdrawn = (await admin.ok('audit.list', { event: 'package.withdrawn' })).entries;
      expect(withdrawn.map((entry) => entry.details)).toEqual([
        { receivedId: wrong!.id, contestId: school.id, digest: sealed.digest, reason },
      ]);
      expect((await admin.ok('audit.list', { event: 'signer.distrusted' })).entries).toHaveLength(1);
    } finally {
      core.shutdown();
    }
  });

  it('carries the register to next year’s vault as a file; a bad file changes nothing', async () => {
    const first = await closedContest(temp());
    const next = await closedContest(temp());
    try {
      const fingerprint = 'ab12 '.repeat(16).trim();
      await first.admin.ok('results.trustSigner', { name: 'Trần Văn Bình', fingerprint, note: 'THCS Ngọc Lâm' });
      const file = await first.admin.ok('results.exportSignerRegister', {});
      expect(file.fileName).toMatch(/^nguoi-ky-tin-cay-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'))).toMatchObject({
        format: 'kiem-phieu/trusted-signers@1',
        signers: [{ fingerprint: 'ab12'.repeat(16), name: 'Trần Văn Bình', note: 'THCS Ngọc Lâm' }],
      });

      for (const bad of ['không phải JSON', JSON.stringify({ format: 'khác', signers: [] })]) {
        const refused = await next.admin.call('results.importSignerRegister', {
          contentBase64: Buffer.from(bad).toString('base64'),
        });
        expect(refused.ok ? null : refused.error.code).toBe('SIGNER_REGISTER_INVALID');
      }
      expect((await next.admin.ok('results.listTrustedSigners', {})).signers).toEqual([]);

      expect(await next.admin.ok('results.importSignerRegister', { contentBase64: file.contentBase64 })).toEqual({
        added: 1,
        alreadyTrusted: 0,
      });
      expect(await next.admin.ok('results.importSignerRegister', { contentBase64: file.contentBase64 })).toEqual({
        added: 0,
        alreadyTrusted: 1,
      });
      expect((await next.admin.ok('results.listTrustedSigners', {})).signers).toEqual([
        expect.objectContaining({ fingerprint: 'ab12'.repeat(16), name: 'Trần Văn Bình', source: 'register' }),
      ]);
      expect(await next.counter1.code('results.listTrustedSigners', {})).toBe('FORBIDDEN');
    } finally {
      first.core.shutdown();
      next.core.shutdown();
    }
  });
});
