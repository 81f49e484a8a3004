import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { keyBatch, openCampaign, schoolBallot } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';

const twenty: BallotEntry[] = [
  ...Array.from({ length: 19 }, () => schoolBallot('112211221122112', 1)),
  { valid: false, invalidReason: 'blank', invalidText: '' },
];
const conference = {
  heldOn: '2023-05-17',
  place: 'Phòng hội đồng',
  chair: 'Dương Văn Khải',
  committee: [{ name: 'Trần Văn Bình', role: 'head' as const }],
  convened: 25,
  present: 20,
};
const counts = {
  issued: 20,
  returned: 20,
  notReturned: 0,
  valid: 19,
  invalid: { notOfficial: 0, blank: 1, identifying: 0, other: 0 },
};

describe('reconciliation and closing the counting, through the API', () => {
  const temp = useTempDirectories();

  it('refuses to close while an error stands, and closes once every line holds', async () => {
    const { core, head, counter1, counter2, school, campaign } = await openCampaign(temp());
    const failing = async () =>
      (await head.ok('counting.reconciliation', { contestId: school.id }))
        .filter((line) => !line.ok && !line.acknowledged)
        .map((line) => line.rule);
    expect(await failing()).toEqual(['R00', 'R01', 'R02', 'R03', 'R04', 'W01', 'W02', 'W03']);
    expect(await head.code('counting.close', { contestId: school.id })).toBe('RECONCILIATION_FAILS');

    await head.ok('counting.saveConference', { unitId: school.unitId, conference });
    await head.ok('counting.saveCounts', { contestId: school.id, counts: { ...counts, issued: 21 } });
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
    await keyBatch(counter1, batch.id, twenty);
    expect(await failing()).toEqual(['R01', 'R03', 'R04', 'R05', 'W01']);
    const refused = await head.call('counting.close', { contestId: school.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'RECONCILIATION_FAILS',
        message: { vi: expect.stringContaining('R01 Phát ra = thu về + không thu về') },
      },
    });

    await keyBatch(counter2, batch.id, twenty);
    await head.ok('counting.saveCounts', { contestId: school.id, counts });
    // 1 invalid of 20 returned is 5%: a warning the head must acknowledge in writing.
    expect(await failing()).toEqual(['W01']);
    expect(await head.code('counting.acknowledgeWarning', { contestId: school.id, rule: 'W01', reason: 'ok' })).toBe(
      'INVALID_INPUT',
    );
    await head.ok('counting.acknowledgeWarning', {
      contestId: school.id,
      rule: 'W01',
      reason: 'Một phiếu để trống, đã kiểm tra lại',
    });
    expect(await failing()).toEqual([]);
    await head.ok('counting.close', { contestId: school.id });

    // Closed means closed, whatever the screen shows.
    expect(await counter1.code('counting.createBatch', { contestId: school.id, label: 'thêm' })).toBe(
      'COUNTING_CLOSED',
    );
    expect(await head.code('counting.saveCounts', { contestId: school.id, counts })).toBe('COUNTING_CLOSED');
    expect(await head.code('counting.close', { contestId: school.id })).toBe('COUNTING_CLOSED');
    const desk = await head.ok('counting.desk', { campaignId: campaign.id });
    expect(desk.flatMap((unit) => unit.contests).find((contest) => contest.contestId === school.id)).toMatchObject({
      closed: true,
      reconciled: true,
    });
    core.shutdown();
  });

  it('imports JSON lines all or nothing, naming the first bad line', async () => {
    const { core, head, school, contests } = await openCampaign(temp());
    const line = (fields: Record<string, unknown>) =>
      JSON.stringify({ contest: school.id, ballot: randomUUID(), ...fields });
    const good = [
      line({
        valid: true,
        answers: [1, 2, 2, 0, '*', 1, 1, 1, 1, 1, 1, 1, 1, 1, 4],
        notes: { '3': 'đôi khi nóng' },
        other: 'Cần lắng nghe hơn',
        prestige: 2,
      }),
      line({ valid: false, invalidReason: 'identifying', invalidText: '' }),
      '',
    ].join('\n');
    const bad = [
      good,
      line({ valid: true, answers: [1, 2], prestige: 2 }),
      JSON.stringify({
        contest: contests.find((contest) => contest.id !== school.id)!.id,
        ballot: randomUUID(),
        valid: true,
        answers: [],
        prestige: 0,
      }),
    ].join('\n');
    const refused = await head.call('counting.importBallots', {
      contestId: school.id,
      fileName: 'khao-sat.jsonl',
      text: bad,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'LINES_INVALID', message: { vi: expect.stringContaining('2 dòng lỗi') } },
    });
    expect(
      (await head.ok('counting.reconciliation', { contestId: school.id })).find((entry) => entry.rule === 'R05'),
    ).toMatchObject({ ok: true });

    const imported = await head.ok('counting.importBallots', {
      contestId: school.id,
      fileName: 'khao-sat.jsonl',
      text: good,
    });
    expect(imported).toMatchObject({ imported: 2, batch: { source: 'imported', verified: true, verifiedBallots: 2 } });
    core.shutdown();
  });
});
