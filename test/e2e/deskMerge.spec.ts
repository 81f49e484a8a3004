import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twentyBallots } from '../fixtures/schoolContestData';
import { signedByOutsider } from '../helpers/openssl';
import { expect, test, testVault } from './fixtures/browserShell';
import { keyBallots, ok, openSchoolContest, signInAs, twentyBallotLines } from './fixtures/schoolContest';
import { kitRecipient, travellingBase64 } from '../helpers/deskPackages';
import { canonicalJson } from '../../shared/canonicalJson';
import { deskPackageFormat } from '../../shared/desks/deskKit';
import { expectAccessible, expectOnlyOrigins, watch } from './helpers';

const passphrase = 'cụm mật khẩu ký số của trưởng ban';

/** Fingerprints as a screen shows them: 16 groups of four. */
const grouped = (fingerprint: string) => fingerprint.replaceAll(' ', '').match(/.{4}/g)!.join(' ');

test('a desk keys a batch twice and exports it; the main desk refuses a changed, a foreign and a replayed one adds nothing, the real one merges, and the contest reconciles and seals', async ({
  page,
  shell,
  otherShell,
}) => {
  test.setTimeout(240_000);
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  const main = await ok<{ fingerprint: string }>(shell, 'signing.generate', {
    name: 'Trần Văn Bình',
    post: 'Trưởng ban kiểm phiếu',
    passphrase,
  });

  // The desk: its own vault, head and counters; the kit for THCS Ngọc Lâm opened there.
  await otherShell.createVault();
  for (const [login, role] of [
    ['totruong', 'head'],
    ['kiemphieu1', 'counter'],
    ['kiemphieu2', 'counter'],
  ])
    await ok(otherShell, 'users.add', { login, fullName: `Người ${login}`, role, password: `mật khẩu ${login}` });
  await signInAs(otherShell, 'totruong');
  const desk = await ok<{ fingerprint: string }>(otherShell, 'signing.generate', {
    name: 'Lê Thị Hoa',
    post: 'Tổ trưởng bàn phụ số 2',
    passphrase,
  });
  const kit = await ok<{ kitId: string; contentBase64: string }>(shell, 'desks.makeKit', {
    campaignId: campaign.id,
    deskName: 'Bàn phụ số 2',
    deskFingerprint: desk.fingerprint,
    contestIds: [contest.id],
    passphrase,
  });
  await otherShell.call('session.signOut', {});
  await ok(otherShell, 'session.signIn', { login: testVault.admin.login, password: testVault.admin.password });
  await ok(otherShell, 'desks.openKit', { contentBase64: kit.contentBase64, mainFingerprint: main.fingerprint });

  // Keyed twice at the desk, blind: the batch is verified there.
  await signInAs(otherShell, 'kiemphieu1');
  const batch = await ok<{ id: string }>(otherShell, 'counting.createBatch', {
    contestId: contest.id,
    label: 'Phong bì 1',
  });
  await keyBallots(otherShell, 'kiemphieu1', batch.id, twentyBallots);
  await keyBallots(otherShell, 'kiemphieu2', batch.id, twentyBallots);

  // The desk's head exports the package from the desk overview.
  await signInAs(otherShell, 'totruong');
  await page.goto(otherShell.launchUrl);
  await page.goto(`${otherShell.origin}/#/counting/${campaign.id}`);
  const exportSection = page.getByRole('region', { name: 'Bàn phụ «Bàn phụ số 2»: gửi kết quả nhập về bàn chính' });
  await expect(exportSection).toContainText('Chưa xuất gói nào');
  await expect(exportSection).toContainText(grouped(main.fingerprint));
  const exportForm = exportSection.getByRole('form', { name: 'Xuất gói gửi bàn chính' });
  await exportForm.getByLabel('Cụm mật khẩu ký số của tổ trưởng bàn phụ').fill(passphrase);
  const download = page.waitForEvent('download');
  await exportForm.getByRole('button', { name: 'Ký và lưu gói' }).click();
  const packagePath = await (await download).path();
  await expect(exportForm.getByRole('status')).toContainText('Đã xuất gói: 1 lô đã xác nhận, 20 phiếu.');
  await expect(exportSection).toContainText('1 lô, 20 phiếu');
  await expectAccessible(page, 'the desk overview of a desk');
  const packageBytes = readFileSync(packagePath);
  // What crosses on the USB stick is sealed for the main desk: no ballot in the clear.
  const travelling = JSON.parse(packageBytes.toString('utf8')) as { sealed: string };
  expect(travelling).toMatchObject({ deskName: 'Bàn phụ số 2', batches: 1, ballots: 20 });
  expect(Buffer.from(travelling.sealed, 'base64').toString('latin1')).toMatch(/^age-encryption\.org\/v1\n/);

  // At the main desk: what is refused stores nothing.
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}`);
  await page.getByText('Bàn phụ (1)').click();
  const merging = page.getByRole('region', { name: 'Gộp gói của bàn phụ' });
  const choose = (name: string, bytes: Buffer) =>
    merging.getByLabel('Tệp gói của bàn phụ (.gbp.json)').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: bytes,
    });
  const mergeChosen = async (question: string) => {
    await merging.getByRole('button', { name: 'Gộp gói vào bàn chính…' }).click();
    await expect(merging.getByRole('group')).toContainText(question);
    await merging.getByRole('button', { name: 'Kiểm tra và gộp' }).click();
  };

  // A byte changed on the way: the sealed file does not open.
  const sealed = Buffer.from(travelling.sealed, 'base64');
  sealed[sealed.length - 30]! ^= 1;
  await choose(
    'doi-mot-byte.gbp.json',
    Buffer.from(JSON.stringify({ ...travelling, sealed: sealed.toString('base64') }), 'utf8'),
  );
  await mergeChosen('Gộp gói của «Bàn phụ số 2» (1 lô, 20 phiếu) vào bàn chính?');
  await expect(merging.getByRole('alert')).toContainText('đã bị sửa');

  // Someone else's package for this kit, sealed to its public key and signed with their own certificate.
  const outsiderContent = canonicalJson({
    format: deskPackageFormat,
    kitId: kit.kitId,
    campaignId: campaign.id,
    deskName: 'Bàn phụ số 2',
    exportedAt: new Date().toISOString(),
    batches: [
      {
        batchId: randomUUID(),
        contestId: contest.id,
        number: 1,
        label: 'Phong bì lạ',
        keyings: [],
        resolutions: [],
        ballots: JSON.parse(`[${twentyBallotLines(contest.id).split('\n').join(',')}]`) as unknown[],
      },
    ],
    counts: [],
    conferences: [],
  });
  const outsider = signedByOutsider(outsiderContent, mkdtempSync(join(tmpdir(), 'outsider-')), '/CN=Lê Thị Hoa');
  const forged = await travellingBase64(
    { format: 'kiem-phieu/desk-package-file@1', content: outsiderContent, ...outsider },
    kitRecipient(kit.contentBase64),
  );
  await choose('nguoi-ngoai.gbp.json', Buffer.from(forged, 'base64'));
  await mergeChosen('(1 lô, 20 phiếu)');
  await expect(merging.getByRole('alert')).toContainText('Lê Thị Hoa');
  const batchesOf = async () =>
    (
      await ok<Array<{ contests: Array<{ batches: Array<{ id: string; label: string }> }> }>>(shell, 'counting.desk', {
        campaignId: campaign.id,
        unitId: contest.unitId,
      })
    )[0]!.contests[0]!.batches;
  expect(await batchesOf()).toEqual([]);

  // The real package: merged once, marked with its desk; brought again, nothing new is stored.
  await choose('goi-ban-phu.gbp.json', packageBytes);
  await mergeChosen('Gộp gói của «Bàn phụ số 2» (1 lô, 20 phiếu) vào bàn chính?');
  await expect(merging.getByRole('status')).toHaveText('Đã gộp 1 lô (20 phiếu) của Bàn phụ số 2.');
  await expect(page.locator('details.desk-kits table')).toContainText('1 lô, 20 phiếu');
  await choose('goi-ban-phu-lan-2.gbp.json', packageBytes);
  await mergeChosen('(1 lô, 20 phiếu)');
  await expect(merging.getByRole('status')).toContainText('đã được gộp trước đây (1 lô): không có gì mới');
  expect((await batchesOf()).map((merged) => [merged.id, merged.label])).toEqual([
    [batch.id, 'Bàn phụ số 2: Phong bì 1'],
  ]);
  await expectAccessible(page, 'the main desk after a merge');

  // The merged batch counts like a local one: the contest reconciles, closes and seals.
  const lines = await ok<Array<{ rule: string; ok: boolean }>>(shell, 'counting.reconciliation', {
    contestId: contest.id,
  });
  expect(lines.filter((line) => !line.ok).map((line) => line.rule)).toEqual([]);
  await ok(shell, 'counting.close', { contestId: contest.id });
  const seal = await ok<{ digest: string }>(shell, 'results.seal', { contestId: contest.id, envelopeSeal: 'NL-01' });
  expect(seal.digest).toMatch(/^[0-9a-f]{64}$/);
  await page.reload();
  await expect(page.locator('table.desk-overview tbody tr', { hasText: 'THCS Ngọc Lâm' })).toContainText(
    'Đã niêm phong',
  );

  expectOnlyOrigins(seen, [shell.origin, otherShell.origin]);
  expect(seen.problems).toEqual([]);
});
