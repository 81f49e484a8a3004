import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonicalJson';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { deskPackageContentSchema, deskPackageFormat } from '../../../shared/desks/deskKit';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { keyBatch, schoolBallot } from '../../helpers/testCounting';
import { deskKitCommand, mainAndDesk } from '../../helpers/testDesks';
import { openTravelling, opensslDesk, packageKeyOf } from '../../helpers/deskPackages';
import { signedInUser } from '../../helpers/testCore';
import { runCommandLine } from '../../helpers/cliRun';
import { signingPassphrase } from '../../helpers/testVault';

const temp = useTempDirectories();

/** Four ballots in the order the paper lies: what the desk keys, and the main desk keys again. */
const paper: BallotEntry[] = [
  schoolBallot('111111111111111', 1),
  schoolBallot('222222222222222', 2),
  { valid: false, invalidReason: 'blank', invalidText: '' },
  { ...(schoolBallot('333333333333333', 3) as BallotEntry & { valid: true }), notes: { '2': 'Cần sâu sát hơn' } },
];

describe('a second entry at the main desk (Abacus’s rule): a desk package counts only as the first keying', () => {
  it('the desk sends its batch in paper order; the main desk keys the paper again, settles the difference and verifies', async () => {
    const { main, mainIdentity, desk, deskHead, deskIdentity } = await mainAndDesk(temp(), temp());
    try {
      const school = main.school;
      const kit = await main.head.ok('desks.makeKit', {
        campaignId: main.campaign.id,
        deskName: 'Bàn phụ số 2',
        deskFingerprint: deskIdentity.fingerprint,
        contestIds: [school.id],
        passphrase: signingPassphrase,
        secondEntryAtMain: true,
      });
      expect(await main.head.ok('desks.list', { campaignId: main.campaign.id })).toEqual([
        expect.objectContaining({ kitId: kit.kitId, secondEntryAtMain: true }),
      ]);
      // The desk's stand-in keyer is no user anyone sees or signs in as.
      const users = await main.admin.ok('users.list', {});
      expect(users.map((user) => user.login).filter((login) => login.startsWith('banphu'))).toEqual([]);

      await desk.admin.ok('desks.openKit', {
        contentBase64: kit.contentBase64,
        mainFingerprint: mainIdentity.fingerprint,
      });
      expect(await deskHead.ok('desks.openedKit', { campaignId: main.campaign.id })).toMatchObject({
        secondEntryAtMain: true,
      });
      const keyers = [
        await signedInUser(desk.core, desk.admin, { login: 'kiemphieu1', fullName: 'Người 1', role: 'counter' }),
        await signedInUser(desk.core, desk.admin, { login: 'kiemphieu2', fullName: 'Người 2', role: 'counter' }),
      ];
      const deskBatch = await keyers[0]!.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
      for (const keyer of keyers) await keyBatch(keyer, deskBatch.id, paper);
      const exported = await deskHead.ok('desks.exportPackage', {
        campaignId: main.campaign.id,
        passphrase: signingPassphrase,
      });
      const file = await openTravelling(exported.contentBase64, packageKeyOf(main.core, kit.kitId));
      const [sent] = deskPackageContentSchema.parse(JSON.parse(file.content)).batches;
      expect(sent!.paperOrder).toBe(true);
      expect(sent!.ballots.map((line) => (line.valid ? line.answers.join('') : 'invalid'))).toEqual([
        '111111111111111',
        '222222222222222',
        'invalid',
        '333333333333333',
      ]);

      // Merged: a paper batch with its first keying only, recorded under the desk; nothing counted yet.
      expect(await main.head.ok('desks.mergePackage', { contentBase64: exported.contentBase64 })).toEqual({
        deskName: 'Bàn phụ số 2',
        merged: 1,
        awaitingSecondEntry: 1,
        alreadyMerged: 0,
        ballots: 4,
      });
      const batchAtMain = async () =>
        (await main.head.ok('counting.desk', { campaignId: main.campaign.id, unitId: school.unitId }))[0]!.contests[0]!
          .batches[0]!;
      expect(await batchAtMain()).toMatchObject({
        id: deskBatch.id,
        source: 'keyed',
        verified: false,
        verifiedBallots: 0,
        keyings: [{ pass: 1, userLogin: expect.stringMatching(/^banphu/), ballots: 4, finished: true, mine: false }],
      });

      // The paper keyed again here, one mark read differently: the head settles it against the paper.
      const misread = [paper[0]!, schoolBallot('222222222222122', 2), paper[2]!, paper[3]!];
      await keyBatch(main.counter1, deskBatch.id, misread);
      const { differences } = await main.head.ok('counting.differences', { batchId: deskBatch.id });
      expect(differences.map((difference) => [difference.position, difference.field.startsWith('answer:')])).toEqual([
        [2, true],
      ]);
      const settled = await main.head.ok('counting.resolveDifference', {
        batchId: deskBatch.id,
        differenceId: differences[0]!.id,
        choice: 'pass1',
      });
      expect(settled).toMatchObject({ verified: true, verifiedBallots: 4 });

      // The statistics: the desk's keyers under their desk, the stand-in nowhere, the paper's keyer here.
      const stats = await main.head.ok('counting.operatorStats', { campaignId: main.campaign.id });
      expect(stats.map((row) => [row.desk, row.userLogin, row.ballots]).sort()).toEqual(
        [
          ['Bàn phụ số 2', 'kiemphieu1', 4],
          ['Bàn phụ số 2', 'kiemphieu2', 4],
          [null, 'kiemphieu1', 4],
        ].sort(),
      );
    } finally {
      main.core.shutdown();
      desk.core.shutdown();
    }
  });

  it('refuses, storing nothing, a package that does not keep the keyed order when the paper is keyed again', async () => {
    const { main, desk } = await mainAndDesk(temp(), temp());
    try {
      const { kit, seal } = await opensslDesk(main, temp(), 'Bàn phụ số 3', true);
      const content = canonicalJson({
        format: deskPackageFormat,
        kitId: kit.kitId,
        campaignId: main.campaign.id,
        deskName: 'Bàn phụ số 3',
        exportedAt: new Date().toISOString(),
        batches: [
          {
            batchId: randomUUID(),
            contestId: main.school.id,
            number: 1,
            label: 'Phong bì 1',
            keyings: [],
            resolutions: [],
            ballots: [
              {
                contest: main.school.id,
                ballot: randomUUID(),
                valid: true,
                answers: [...'111111111111111'].map(Number),
                notes: {},
                other: '',
                prestige: 1,
              },
            ],
          },
        ],
        counts: [],
        conferences: [],
      });
      const refused = await main.head.call('desks.mergePackage', { contentBase64: await seal(content) });
      expect(refused.ok ? null : refused.error).toMatchObject({
        code: 'DESK_PACKAGE_INVALID',
        message: { vi: expect.stringContaining('không giữ thứ tự phiếu đã nhập') },
      });
      expect(
        (await main.head.ok('counting.desk', { campaignId: main.campaign.id, unitId: main.school.unitId }))[0]!
          .contests[0]!.batches,
      ).toEqual([]);
    } finally {
      main.core.shutdown();
      desk.core.shutdown();
    }
  });

  it('on the command line: desk kit --second-entry, desk export at the desk, desk import at the main desk with progress', async () => {
    const [mainDirectory, deskDirectory, out] = [temp(), temp(), temp()];
    const { main, mainIdentity, desk, deskIdentity } = await mainAndDesk(mainDirectory, deskDirectory);
    const school = main.school;
    main.core.shutdown();
    const kit = await deskKitCommand(mainDirectory, {
      campaignId: main.campaign.id,
      name: 'Bàn phụ THCS',
      fingerprint: deskIdentity.fingerprint,
      unitType: 'thcs',
      out,
      secondEntry: true,
    });
    expect(kit.code).toBe(0);
    const kitPath = /: (\S+\.bkp\.json)$/m.exec(kit.stdout)![1]!;
    await desk.admin.ok('desks.openKit', {
      contentBase64: readFileSync(kitPath).toString('base64'),
      mainFingerprint: mainIdentity.fingerprint,
    });
    const keyer = await signedInUser(desk.core, desk.admin, {
      login: 'kiemphieu1',
      fullName: 'Người 1',
      role: 'counter',
    });
    const other = await signedInUser(desk.core, desk.admin, {
      login: 'kiemphieu2',
      fullName: 'Người 2',
      role: 'counter',
    });
    const batch = await keyer.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
    for (const client of [keyer, other]) await keyBatch(client, batch.id, paper);
    desk.core.shutdown();

    const exported = await runCommandLine(
      [
        '--data-dir',
        deskDirectory,
        '--user',
        'totruong',
        'desk',
        'export',
        '--campaign',
        main.campaign.id,
        '--out',
        out,
      ],
      ['mật khẩu totruong', signingPassphrase],
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('(1 lô, 4 phiếu)');
    const packagePath = /: (\S+\.gbp\.json)$/m.exec(exported.stdout)![1]!;
    const imported = await runCommandLine(
      ['--data-dir', mainDirectory, '--user', 'truongban', 'desk', 'import', '--file', packagePath],
      ['mật khẩu truongban'],
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Gói của Bàn phụ THCS: nhập 1 lô (4 phiếu)');
    expect(imported.stdout).toContain('1 lô mới chỉ là lần nhập thứ nhất');
    // Progress on stderr, a line per phase and tenth off a terminal; stdout keeps only the result.
    expect(imported.stderr).toContain('kiểm tra chữ ký và từng phiếu của gói 100 %');
    expect(imported.stderr).toContain('gộp từng lô 100 %');
  });
});
