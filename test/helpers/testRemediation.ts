import { ballotLines, countContest, openCampaign } from './testCounting';
import type { TestClient } from './testCore';

/** 20 school ballots: `low` of them mark criterion `number` Trung bình (3), the rest Rất tốt. */
export function schoolBallots(lowPerCriterion: Readonly<Record<number, number>>): string[] {
  return Array.from(
    { length: 20 },
    (_, ballot) =>
      Array.from({ length: 15 }, (_, row) => (ballot < (lowPerCriterion[row + 1] ?? 0) ? '3' : '1')).join('') + '1',
  );
}

/** Counts a contest's 20 ballots (all valid), closes and seals it. */
export async function sealContest(
  head: TestClient,
  contest: { id: string; unitId: string },
  ballots: readonly string[],
  envelopeSeal: string,
) {
  await countContest(head, contest, ballotLines(contest.id, ballots).split('\n'), {
    valid: ballots.length,
    identifying: 0,
  });
  await head.ok('counting.close', { contestId: contest.id });
  return head.ok('results.seal', { contestId: contest.id, envelopeSeal });
}

/**
 * Two years of the school contest of THCS Ngọc Lâm (Dương Văn Khải): 2023 sealed with criteria
 * 1 and 2 flagged (30 % Trung bình each); the campaign copied to 2024 (its units replaced by
 * `nextUnitsCsv` when given), opened, and nothing more.
 */
export async function twoYears(dataDirectory: string, nextUnitsCsv?: string) {
  const opened = await openCampaign(dataDirectory);
  const { admin, head, campaign, school } = opened;
  await sealContest(head, school, schoolBallots({ 1: 6, 2: 6 }), 'NP-2023-01');
  const next = await admin.ok('campaigns.copyToNextYear', {
    campaignId: campaign.id,
    name: 'Lấy ý kiến góp ý người đứng đầu năm 2024',
    planNumber: '12-KH/QU',
    planDate: '2024-01-20',
  });
  if (nextUnitsCsv)
    await admin.ok('campaigns.importUnits', {
      campaignId: next.id,
      file: { fileName: 'don-vi-2024.csv', contentBase64: Buffer.from(nextUnitsCsv).toString('base64') },
    });
  const nextContests = await admin.ok('campaigns.generateContests', { campaignId: next.id });
  await admin.ok('campaigns.advance', { campaignId: next.id, to: 'open' });
  const nextSchool = nextContests.find((contest) => contest.unitName === 'THCS Ngọc Lâm')!;
  return { ...opened, next, nextContests, nextSchool };
}
