// Merging desk packages at the main desk: 10 packages of 10,000 ballots each (4 contests × 5
// batches × 500 ballots), each signed, checked and stored all or nothing; beside a baseline of
// parsing and hashing the same bytes in the same run, and the replay of one package (a no-op).
// Target (issue 16): all 10 merged in ≤ 2 s on this machine.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/canonicalJson';
import { ballotShapeOf } from '../../shared/counting/ballot';
import { deskPackageFormat } from '../../shared/desks/deskKit';
import { openssl, opensslSign, selfSignedCertificate } from '../helpers/openssl';
import { campaignFields } from '../helpers/testCampaign';
import { coreWithVault, signedInUser } from '../helpers/testCore';
import { kitRecipient, openTravelling, packageKeyOf, travellingBase64 } from '../helpers/deskPackages';
import { report, scratchFolder, targetTable, type Timing } from './benchSupport';

const desks = 10;
const contestsPerDesk = 4;
const batchesPerContest = 5;
const ballotsPerBatch = 500;

const folder = scratchFolder('desk-merge');
try {
  // The bench runs bundled from test-results/: the fixture is found from the repository's root.
  const unitsCsv = join(process.cwd(), 'test', 'fixtures', 'units', 'units-good.csv');
  const { core, admin } = await coreWithVault(join(folder.path, 'main'));
  const campaign = await admin.ok('campaigns.create', await campaignFields(admin));
  await admin.ok('campaigns.importUnits', {
    campaignId: campaign.id,
    file: { fileName: 'units-good.csv', contentBase64: readFileSync(unitsCsv).toString('base64') },
  });
  const contests = await admin.ok('campaigns.generateContests', { campaignId: campaign.id });
  await admin.ok('campaigns.advance', { campaignId: campaign.id, to: 'open' });
  const head = await signedInUser(core, admin, { login: 'truongban', fullName: 'Trần Văn Bình', role: 'head' });
  const main = { core, head, campaign, contests };
  await main.head.ok('signing.generate', {
    name: 'Trần Văn Bình',
    post: 'Trưởng ban',
    passphrase: 'cụm mật khẩu ký số',
  });
  // One outside certificate signs every package: each desk is registered with its fingerprint.
  const { keyPath, certificatePath } = selfSignedCertificate(folder.path, '/CN=Bàn phụ');
  const certificate = readFileSync(certificatePath, 'utf8');
  const fingerprint = openssl(['x509', '-in', certificatePath, '-noout', '-fingerprint', '-sha256'])
    .stdout.split('=')[1]!
    .trim();
  const pool = main.contests.slice(0, desks * contestsPerDesk);
  const rows = new Map<string, number>();
  for (const contest of pool)
    if (!rows.has(contest.templateVersionId)) {
      const version = await main.head.ok('templates.get', { versionId: contest.templateVersionId });
      rows.set(contest.templateVersionId, ballotShapeOf(version.content).rows);
    }
  if (pool.length < desks * contestsPerDesk) throw new Error(`only ${pool.length} contests`);

  const packages: string[] = [];
  const keys: string[] = [];
  for (let desk = 0; desk < desks; desk += 1) {
    const contests = pool.slice(desk * contestsPerDesk, (desk + 1) * contestsPerDesk);
    const kit = await main.head.ok('desks.makeKit', {
      campaignId: main.campaign.id,
      deskName: `Bàn phụ số ${desk + 1}`,
      deskFingerprint: fingerprint,
      contestIds: contests.map((contest) => contest.id),
      passphrase: 'cụm mật khẩu ký số',
    });
    const content = canonicalJson({
      format: deskPackageFormat,
      kitId: kit.kitId,
      campaignId: main.campaign.id,
      deskName: `Bàn phụ số ${desk + 1}`,
      exportedAt: new Date().toISOString(),
      batches: contests.flatMap((contest) =>
        Array.from({ length: batchesPerContest }, (_, batch) => ({
          batchId: randomUUID(),
          contestId: contest.id,
          number: batch + 1,
          label: `Phong bì ${batch + 1}`,
          keyings: [],
          resolutions: [],
          ballots: Array.from({ length: ballotsPerBatch }, (_, index) => ({
            contest: contest.id,
            ballot: randomUUID(),
            valid: true,
            answers: Array.from({ length: rows.get(contest.templateVersionId)! }, (_, row) => ((index + row) % 4) + 1),
            notes: {},
            other: '',
            prestige: (index % 4) + 1,
          })),
        })),
      ),
      counts: [],
      conferences: [],
    });
    const contentPath = join(folder.path, `${desk}-content.json`);
    writeFileSync(contentPath, content, 'utf8');
    const file = {
      format: 'kiem-phieu/desk-package-file@1' as const,
      content,
      signature: opensslSign(contentPath, { keyPath, certificatePath }),
      certificate,
    };
    // Sealed for the main desk, as a desk sends it.
    packages.push(await travellingBase64(file, kitRecipient(kit.contentBase64)));
    keys.push(packageKeyOf(core, kit.kitId));
  }
  const bytes = packages.reduce((total, encoded) => total + (encoded.length * 3) / 4, 0);
  console.log(
    `${desks} packages, ${(desks * contestsPerDesk * batchesPerContest * ballotsPerBatch).toLocaleString('en')} ballots, ${(bytes / 1e6).toFixed(1)} MB`,
  );

  const timings: Timing[] = [];
  let started = performance.now();
  for (const [index, encoded] of packages.entries()) {
    const file = await openTravelling(encoded, keys[index]!);
    JSON.parse(file.content);
    createHash('sha256').update(file.content).digest('hex');
  }
  timings.push({
    label: 'baseline: decode, open (age), parse and hash the 10 packages',
    samplesMs: [performance.now() - started],
  });
  started = performance.now();
  let ballots = 0;
  for (const contentBase64 of packages)
    ballots += (await main.head.ok('desks.mergePackage', { contentBase64 })).ballots;
  timings.push({
    label: `merge the 10 packages (${ballots.toLocaleString('en')} ballots stored)`,
    samplesMs: [performance.now() - started],
  });
  started = performance.now();
  const replay = await main.head.ok('desks.mergePackage', { contentBase64: packages[0]! });
  timings.push({
    label: `replay one package (${replay.alreadyMerged} batches passed over)`,
    samplesMs: [performance.now() - started],
  });
  report('Desk packages merged at the main desk (issue 16: target ≤ 2 s for all 10)', timings);
  const [baseline, merge] = timings.map((timing) => timing.samplesMs[0]! / 1000);
  targetTable('Desk merge targets', [
    {
      what: 'merge the 10 packages',
      measured: `${merge!.toFixed(2)} s`,
      baseline: `${baseline!.toFixed(2)} s to decode, open, parse and hash them`,
      target: '≤ 2 s',
      met: merge! <= 2,
    },
  ]);
  main.core.shutdown();
} finally {
  folder.remove();
}
