import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CampaignFields } from '../../shared/campaigns/campaignSchemas';
import type { BallotEntry } from '../../shared/counting/ballot';
import { clientOf, coreWithVault, type TestClient, type TestCoreOptions } from './testCore';
import { campaignFields } from './testCampaign';
import { ngocLamConference, twentyBallots, twentyValidCounts } from '../fixtures/schoolContestData';

const unitsCsv = join(import.meta.dirname, '..', 'fixtures', 'units', 'units-good.csv');

/** An open campaign (units imported, contests made) with a head and three counters signed in; `fields` changes its settings. */
export async function openCampaign(
  dataDirectory: string,
  keyingsRequired: 2 | 3 = 2,
  coreOptions: TestCoreOptions = {},
  fields: Partial<CampaignFields> = {},
) {
  const { core, admin, recoveryKey } = await coreWithVault(dataDirectory, coreOptions);
  const campaign = await admin.ok('campaigns.create', await campaignFields(admin, { keyingsRequired, ...fields }));
  await admin.ok('campaigns.importUnits', {
    campaignId: campaign.id,
    file: { fileName: 'units-good.csv', contentBase64: readFileSync(unitsCsv).toString('base64') },
  });
  const contests = await admin.ok('campaigns.generateContests', { campaignId: campaign.id });
  await admin.ok('campaigns.advance', { campaignId: campaign.id, to: 'open' });
  const people: Record<'head' | 'counter1' | 'counter2' | 'counter3', TestClient> = {} as never;
  for (const [login, role] of [
    ['truongban', 'head'],
    ['kiemphieu1', 'counter'],
    ['kiemphieu2', 'counter'],
    ['kiemphieu3', 'counter'],
  ] as const) {
    await admin.ok('users.add', { login, fullName: `Người ${login}`, role, password: `mật khẩu ${login}` });
    const client = clientOf(core);
    await client.ok('session.signIn', { login, password: `mật khẩu ${login}` });
    people[login === 'truongban' ? 'head' : (`counter${login.slice(-1)}` as 'counter1')] = client;
  }
  const school = contests.find((contest) => contest.unitName === 'THCS Ngọc Lâm')!;
  return { core, admin, recoveryKey, campaign, contests, school, ...people };
}

/** A valid school ballot: 15 marks and a prestige. */
export function schoolBallot(marks: string, prestige: number | '*' = 1): BallotEntry {
  return {
    valid: true,
    answers: [...marks].map((mark) => (mark === '*' ? '*' : Number(mark))) as Array<number | '*'>,
    notes: {},
    other: '',
    prestige,
  };
}

/** Keys every ballot of a list as one keying of a batch and finishes it. */
export async function keyBatch(keyer: TestClient, batchId: string, ballots: readonly BallotEntry[]) {
  const keying = await keyer.ok('counting.startKeying', { batchId });
  for (const ballot of ballots)
    await keyer.ok('counting.saveBallot', { keyingId: keying.keyingId, ballot, keystrokes: 17, activeMs: 4000 });
  return keyer.ok('counting.finishKeying', { keyingId: keying.keyingId });
}

/** JSON lines (SPEC §5) of school ballots for one contest: each string is 15 marks, then the prestige. */
export function ballotLines(contestId: string, ballots: readonly string[]): string {
  return ballots
    .map((marks) =>
      JSON.stringify({
        contest: contestId,
        ballot: randomUUID(),
        valid: true,
        answers: [...marks.slice(0, 15)].map((mark) => (mark === '*' ? '*' : Number(mark))),
        notes: {},
        other: '',
        prestige: Number(marks[15] ?? 1),
      }),
    )
    .join('\n');
}

/**
 * An open campaign whose school contest (THCS Ngọc Lâm) has its counting closed: conference,
 * counts and 20 imported ballots that reconcile without a warning. The head may seal it.
 */
export async function closedContest(dataDirectory: string, coreOptions: TestCoreOptions = {}) {
  const opened = await openCampaign(dataDirectory, 2, coreOptions);
  const { head, school } = opened;
  await head.ok('counting.saveConference', {
    unitId: school.unitId,
    conference: ngocLamConference,
  });
  await head.ok('counting.saveCounts', {
    contestId: school.id,
    counts: twentyValidCounts,
  });
  await head.ok('counting.importBallots', {
    contestId: school.id,
    fileName: 'phieu.jsonl',
    text: ballotLines(school.id, twentyBallots),
  });
  await head.ok('counting.close', { contestId: school.id });
  return opened;
}

/** A conference where `present` of `convened` came. */
const conference = (convened: number, present: number) => ({
  heldOn: '2023-05-17',
  place: 'Phòng hội đồng',
  chair: 'Chủ tọa hội nghị',
  committee: [{ name: 'Trần Văn Bình', role: 'head' as const }],
  convened,
  present,
});

/**
 * Records a contest's conference (everyone who returned a ballot present, two more convened) and
 * the counts of its record: `valid` valid ballots and `blank` blank ones, all returned of those
 * issued, and `notReturned` more issued.
 */
export async function recordCounts(
  head: TestClient,
  contest: { id: string; unitId: string },
  counts: { valid: number; blank?: number; identifying?: number; notReturned?: number },
) {
  const blank = counts.blank ?? 0;
  const identifying = counts.identifying ?? 0;
  const returned = counts.valid + blank + identifying;
  await head.ok('counting.saveConference', { unitId: contest.unitId, conference: conference(returned + 2, returned) });
  await head.ok('counting.saveCounts', {
    contestId: contest.id,
    counts: {
      issued: returned + (counts.notReturned ?? 0),
      returned,
      notReturned: counts.notReturned ?? 0,
      valid: counts.valid,
      invalid: { notOfficial: 0, blank, identifying, other: 0 },
    },
  });
}

/** Records a contest's conference and counts and imports its ballots as JSON lines (SPEC §5); closing is left to the test. */
export async function countContest(
  head: TestClient,
  contest: { id: string; unitId: string },
  lines: string[],
  counts: { valid: number; identifying: number },
) {
  await recordCounts(head, contest, counts);
  await head.ok('counting.importBallots', { contestId: contest.id, fileName: 'phieu.jsonl', text: lines.join('\n') });
}
