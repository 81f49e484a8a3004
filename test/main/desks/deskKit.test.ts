import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskPackageContentSchema, type DeskKitFile } from '../../../shared/desks/deskKit';
import { opensslVerifyDetached, signedByOutsider } from '../../helpers/openssl';
import { signedInUser } from '../../helpers/testCore';
import { keyBatch, schoolBallot } from '../../helpers/testCounting';
import { adminPassword, signingPassphrase } from '../../helpers/testVault';
import { runCommandLine } from '../../helpers/cliRun';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { deskKitCommand, mainAndDesk as twoVaults } from '../../helpers/testDesks';
import { kitRecipient, openTravelling, packageKeyOf, travellingBase64 } from '../../helpers/deskPackages';

const temp = useTempDirectories();
const decode = (contentBase64: string) =>
  JSON.parse(Buffer.from(contentBase64, 'base64').toString('utf8')) as DeskKitFile;
const encode = (file: DeskKitFile) => Buffer.from(JSON.stringify(file)).toString('base64');

const mainAndDesk = (mainDirectory = temp(), deskDirectory = temp()) => twoVaults(mainDirectory, deskDirectory);

describe('desk kits: the main desk hands part of a campaign to another workstation', () => {
  it('registers the desk and signs its kit; the desk opens it against the main head’s fingerprint and can count there', async () => {
    const { main, mainIdentity, desk, deskIdentity } = await mainAndDesk();
    try {
      const schools = main.contests.filter((contest) => contest.unitType === 'thcs');
      const kitInput = {
        campaignId: main.campaign.id,
        deskName: 'Bàn phụ số 2',
        deskFingerprint: deskIdentity.fingerprint,
        contestIds: schools.map((contest) => contest.id),
        passphrase: signingPassphrase,
      };
      expect(await main.head.code('desks.makeKit', { ...kitInput, passphrase: 'không phải' })).toBe(
        'SIGNING_PASSPHRASE_WRONG',
      );
      expect(await main.head.code('desks.makeKit', { ...kitInput, deskFingerprint: 'ab12' })).toBe(
        'SIGNER_FINGERPRINT_INVALID',
      );
      expect(await main.counter1.code('desks.makeKit', kitInput)).toBe('FORBIDDEN');
      const kit = await main.head.ok('desks.makeKit', kitInput);
      expect(kit.fileName).toMatch(/\.bkp\.json$/);
      // A contest keys at one desk only.
      expect(await main.head.code('desks.makeKit', { ...kitInput, deskName: 'Bàn phụ số 3' })).toBe(
        'DESK_CONTESTS_INVALID',
      );
      expect(await main.head.ok('desks.list', { campaignId: main.campaign.id })).toEqual([
        expect.objectContaining({
          kitId: kit.kitId,
          deskName: 'Bàn phụ số 2',
          fingerprint: deskIdentity.fingerprint.replaceAll(' ', '').toLowerCase(),
          contestIds: [...kitInput.contestIds].sort(),
        }),
      ]);

      // Anyone checks the kit's signature with openssl.
      const file = decode(kit.contentBase64);
      const folder = temp();
      writeFileSync(join(folder, 'result.json'), file.content, 'utf8');
      writeFileSync(join(folder, 'result.p7s'), Buffer.from(file.signature, 'base64'));
      writeFileSync(join(folder, 'certificate.pem'), file.certificate);
      expect(opensslVerifyDetached(folder).status).toBe(0);

      // The desk: a wrong fingerprint or a changed byte opens nothing.
      const deskAdmin = desk.admin;
      const open = { contentBase64: kit.contentBase64, mainFingerprint: mainIdentity.fingerprint };
      const wrongFingerprint = await deskAdmin.call('desks.openKit', {
        ...open,
        mainFingerprint: deskIdentity.fingerprint,
      });
      expect(wrongFingerprint.ok ? null : wrongFingerprint.error).toMatchObject({
        code: 'DESK_KIT_INVALID',
        message: { vi: expect.stringContaining('Trần Văn Bình') },
      });
      const tampered = encode({ ...file, content: file.content.replace('Bàn phụ số 2', 'Bàn phụ số 9') });
      expect(await deskAdmin.code('desks.openKit', { ...open, contentBase64: tampered })).toBe('DESK_KIT_INVALID');
      expect(await deskAdmin.ok('campaigns.list', {})).toEqual([]);

      const opened = await deskAdmin.ok('desks.openKit', open);
      expect(opened).toEqual({ campaignId: main.campaign.id, kitId: kit.kitId, contests: schools.length });
      const campaign = await deskAdmin.ok('campaigns.get', { campaignId: main.campaign.id });
      expect(campaign.status).toBe('open');
      const deskContests = await deskAdmin.ok('campaigns.contests', { campaignId: main.campaign.id });
      expect(deskContests.map((contest) => contest.id).sort()).toEqual([...kitInput.contestIds].sort());
      expect(await deskAdmin.code('desks.openKit', open)).toBe('CAMPAIGN_EXISTS');

      // Its counters count there: a batch opens on a contest of the kit.
      const counter = await signedInUser(desk.core, deskAdmin, {
        login: 'kiemphieu',
        fullName: 'Kiểm Phiếu',
        role: 'counter',
      });
      expect(await counter.code('counting.createBatch', { contestId: schools[0]!.id, label: 'Phong bì 1' })).toBe('ok');
      expect((await deskAdmin.ok('audit.list', { event: 'desk.kitOpened' })).entries).toHaveLength(1);
    } finally {
      main.core.shutdown();
      desk.core.shutdown();
    }
  });

  it('refuses contests of another campaign and campaigns not open', async () => {
    const { main, deskIdentity, desk } = await mainAndDesk();
    try {
      const input = {
        campaignId: main.campaign.id,
        deskName: 'Bàn phụ',
        deskFingerprint: deskIdentity.fingerprint,
        contestIds: [main.campaign.id],
        passphrase: signingPassphrase,
      };
      expect(await main.head.code('desks.makeKit', input)).toBe('DESK_CONTESTS_INVALID');
      expect(await main.head.ok('desks.list', { campaignId: main.campaign.id })).toEqual([]);
    } finally {
      main.core.shutdown();
      desk.core.shutdown();
    }
  });

  it('on the command line: desk kit for one unit type, desk open with the main head’s fingerprint', async () => {
    const [mainDirectory, deskDirectory, out] = [temp(), temp(), temp()];
    const { main, mainIdentity, desk, deskIdentity } = await mainAndDesk(mainDirectory, deskDirectory);
    main.core.shutdown();
    desk.core.shutdown();
    const kit = await deskKitCommand(mainDirectory, {
      campaignId: main.campaign.id,
      name: 'Bàn phụ mầm non',
      fingerprint: deskIdentity.fingerprint,
      unitType: 'mam_non',
      out,
    });
    expect(kit.stderr).toBe('');
    expect(kit.code).toBe(0);
    const preschools = main.contests.filter((contest) => contest.unitType === 'mam_non').length;
    const path = /: (\S+\.bkp\.json)$/m.exec(kit.stdout)![1]!;
    expect(kit.stdout).toContain(`(${preschools} phiếu)`);

    const openAs = (fingerprint: string) =>
      runCommandLine(
        [
          '--data-dir',
          deskDirectory,
          '--user',
          'quantri',
          'desk',
          'open',
          '--file',
          path,
          '--fingerprint',
          fingerprint,
        ],
        [adminPassword],
      );
    const refused = await openAs(deskIdentity.fingerprint);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Bộ dữ liệu bàn phụ bị từ chối');
    const opened = await openAs(mainIdentity.fingerprint);
    expect(opened.stdout).toContain(`${preschools} phiếu`);
    expect(opened.code).toBe(0);
    const help = (await runCommandLine(['--data-dir', mainDirectory, 'desk', 'kit', '--help'])).stdout;
    expect(help).toContain('--unit-type');
    expect(help).toContain('--second-entry');
  });

  it('a desk keys a batch twice and exports it signed: keyings, ballots and texts as keyed; only a desk exports', async () => {
    const { main, mainIdentity, desk, deskHead } = await mainAndDesk();
    try {
      const school = main.school;
      const kit = await main.head.ok('desks.makeKit', {
        campaignId: main.campaign.id,
        deskName: 'Bàn phụ số 2',
        deskFingerprint: (await deskHead.ok('signing.identity', {})).identity!.fingerprint,
        contestIds: [school.id],
        passphrase: signingPassphrase,
      });
      await desk.admin.ok('desks.openKit', {
        contentBase64: kit.contentBase64,
        mainFingerprint: mainIdentity.fingerprint,
      });
      const keyers = [
        await signedInUser(desk.core, desk.admin, { login: 'kiemphieu1', fullName: 'Người 1', role: 'counter' }),
        await signedInUser(desk.core, desk.admin, { login: 'kiemphieu2', fullName: 'Người 2', role: 'counter' }),
      ];
      const ballots = [
        { ...schoolBallot('112211221122112', 1), notes: { '3': 'Chưa sâu sát' }, other: 'Nhiệt tình' },
        schoolBallot('222222222222222', 2),
        { valid: false as const, invalidReason: 'blank' as const, invalidText: '' },
      ];
      const batch = await keyers[0]!.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
      for (const keyer of keyers) await keyBatch(keyer, batch.id, ballots);

      expect(
        await main.head.code('desks.exportPackage', { campaignId: main.campaign.id, passphrase: signingPassphrase }),
      ).toBe('NOT_FOUND');
      const exported = await deskHead.ok('desks.exportPackage', {
        campaignId: main.campaign.id,
        passphrase: signingPassphrase,
      });
      expect(exported).toMatchObject({ batches: 1, ballots: 3 });
      // The desk's head sees whose kit this is and what was sent last; the main desk is no desk.
      expect(await deskHead.ok('desks.openedKit', { campaignId: main.campaign.id })).toMatchObject({
        kitId: kit.kitId,
        deskName: 'Bàn phụ số 2',
        mainFingerprint: mainIdentity.fingerprint.replaceAll(' ', '').toLowerCase(),
        lastExport: { batches: 1, ballots: 3 },
      });
      expect(await main.head.ok('desks.openedKit', { campaignId: main.campaign.id })).toBeNull();
      // On the way the package is sealed for the main desk: no ballot in the clear, only a summary.
      const travelling = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
      expect(travelling).not.toContain('Nhiệt tình');
      expect(JSON.parse(travelling)).toMatchObject({
        kitId: kit.kitId,
        deskName: 'Bàn phụ số 2',
        batches: 1,
        ballots: 3,
      });
      const file = await openTravelling(exported.contentBase64, packageKeyOf(main.core, kit.kitId));
      const content = deskPackageContentSchema.parse(JSON.parse(file.content));
      expect(content).toMatchObject({ kitId: kit.kitId, campaignId: main.campaign.id, deskName: 'Bàn phụ số 2' });
      const [sent] = content.batches;
      expect(sent!.keyings.map((keying) => [keying.pass, keying.userLogin, keying.ballots])).toEqual([
        [1, 'kiemphieu1', 3],
        [2, 'kiemphieu2', 3],
      ]);
      const lines = sent!.ballots;
      expect(lines.filter((line) => line.valid)).toHaveLength(2);
      expect(lines).toContainEqual(
        expect.objectContaining({
          contest: school.id,
          valid: true,
          answers: [...'112211221122112'].map(Number),
          notes: { '3': 'Chưa sâu sát' },
          other: 'Nhiệt tình',
          prestige: 1,
        }),
      );
      expect(lines).toContainEqual(expect.objectContaining({ valid: false, invalidReason: 'blank' }));

      const folder = temp();
      writeFileSync(join(folder, 'result.json'), file.content, 'utf8');
      writeFileSync(join(folder, 'result.p7s'), Buffer.from(file.signature, 'base64'));
      writeFileSync(join(folder, 'certificate.pem'), file.certificate);
      expect(opensslVerifyDetached(folder).status).toBe(0);

      // At the main desk: refused when changed or signed by anyone but the registered desk, nothing stored.
      const merge = (contentBase64: string) => main.head.call('desks.mergePackage', { contentBase64 });
      const recipient = kitRecipient(kit.contentBase64);
      const encodePackage = (changed: typeof file) => travellingBase64(changed, recipient);
      const tampered = await merge(
        await encodePackage({ ...file, content: file.content.replace('Nhiệt tình', 'Nhiệt tìnk') }),
      );
      expect(tampered.ok ? null : tampered.error.code).toBe('DESK_PACKAGE_INVALID');
      // A byte changed on the way does not open.
      const changed = JSON.parse(travelling) as { sealed: string };
      const sealed = Buffer.from(changed.sealed, 'base64');
      sealed[sealed.length - 20]! ^= 1;
      const broken = await merge(
        Buffer.from(JSON.stringify({ ...changed, sealed: sealed.toString('base64') })).toString('base64'),
      );
      expect(broken.ok ? null : broken.error).toMatchObject({
        code: 'DESK_PACKAGE_INVALID',
        message: { vi: expect.stringContaining('đã bị sửa') },
      });
      const outsider = await merge(
        await encodePackage({ ...file, ...signedByOutsider(file.content, temp(), '/CN=Lê Thị Hoa') }),
      );
      expect(outsider.ok ? null : outsider.error).toMatchObject({
        code: 'DESK_NOT_REGISTERED',
        message: { vi: expect.stringContaining('Lê Thị Hoa') },
      });
      const keyedBefore = (
        await main.head.ok('counting.desk', { campaignId: main.campaign.id, unitId: school.unitId })
      )[0]!.contests[0]!.batches;
      expect(keyedBefore).toEqual([]);

      // Merged once: a verified batch of the contest, marked with its desk; merged again: said so, nothing added.
      expect(await main.head.ok('desks.mergePackage', { contentBase64: exported.contentBase64 })).toEqual({
        deskName: 'Bàn phụ số 2',
        merged: 1,
        awaitingSecondEntry: 0,
        alreadyMerged: 0,
        ballots: 3,
      });
      expect(await main.head.ok('desks.mergePackage', { contentBase64: exported.contentBase64 })).toEqual({
        deskName: 'Bàn phụ số 2',
        merged: 0,
        awaitingSecondEntry: 0,
        alreadyMerged: 1,
        ballots: 0,
      });
      expect(await main.head.ok('desks.list', { campaignId: main.campaign.id })).toEqual([
        expect.objectContaining({ mergedBatches: 1, mergedBallots: 3, lastMergedAt: expect.any(String) }),
      ]);
      // The desk's keyers count in the main desk's operator statistics, under their desk.
      expect(
        (await main.head.ok('counting.operatorStats', { campaignId: main.campaign.id })).map((row) => [
          row.desk,
          row.userLogin,
          row.ballots,
          row.keystrokes,
          row.fieldsCompared,
          row.errors.total,
        ]),
      ).toEqual([
        // Fields as compared: each of 15 rows' mark and note, the prestige and the other comments of
        // the two valid ballots; the blank one is one field, the whole ballot.
        ['Bàn phụ số 2', 'kiemphieu1', 3, 51, 2 * (2 * 15 + 2) + 1, 0],
        ['Bàn phụ số 2', 'kiemphieu2', 3, 51, 2 * (2 * 15 + 2) + 1, 0],
      ]);
      const [merged] = (
        await main.head.ok('counting.desk', { campaignId: main.campaign.id, unitId: school.unitId })
      )[0]!.contests[0]!.batches;
      expect(merged).toMatchObject({
        id: sent!.batchId,
        verified: true,
        verifiedBallots: 3,
        label: 'Bàn phụ số 2: Phong bì 1',
      });
      expect((await main.head.ok('audit.list', { event: 'desk.packageMerged' })).entries).toHaveLength(2);
    } finally {
      main.core.shutdown();
      desk.core.shutdown();
    }
  });
});
