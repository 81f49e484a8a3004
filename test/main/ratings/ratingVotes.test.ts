import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { keyBatch } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { coreWithVault, signedInUser } from '../../helpers/testCore';

const roster = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'ratings', 'roster-da-ton.csv'));

/** A rating ballot: one mark per row, 1 = Hoàn thành xuất sắc … 4 = Không hoàn thành; '*' several. */
const ratingBallot = (marks: string): BallotEntry => ({
  valid: true,
  answers: [...marks].map((mark) => (mark === '*' ? '*' : Number(mark))) as Extract<
    BallotEntry,
    { valid: true }
  >['answers'],
  notes: {},
  other: '',
  prestige: 0,
});

async function roundWithVote(dataDirectory: string) {
  const { core, admin } = await coreWithVault(dataDirectory);
  await admin.ok('ratings.importRoster', {
    file: { fileName: 'to-chuc.csv', contentBase64: roster.toString('base64') },
  });
  const round = await admin.ok('ratings.createRound', { year: 2025, name: 'Đánh giá, xếp loại năm 2025' });
  const { entries } = await admin.ok('ratings.round', { roundId: round.id });
  const cell = entries.find((entry) => entry.name === 'Chi bộ Trường THCS Đa Tốn')!;
  const voted = entries.filter((entry) => entry.organisationId === cell.subjectId && entry.kind !== 'partyCell');
  const head = await signedInUser(core, admin, { login: 'truongban', fullName: 'Trần Văn Bình', role: 'head' });
  const counter1 = await signedInUser(core, admin, { login: 'kiemphieu1', fullName: 'Lê Văn Một', role: 'counter' });
  const counter2 = await signedInUser(core, admin, { login: 'kiemphieu2', fullName: 'Lê Văn Hai', role: 'counter' });
  return { core, admin, head, counter1, counter2, round, entries, cell, voted };
}

describe('ratings: a secret-ballot vote held with the counting desk', () => {
  const temp = useTempDirectories();

  it('is keyed twice like any ballot and, once its counting is closed, gives the ballots per level of each subject', async () => {
    const { core, admin, head, counter1, counter2, round, cell, voted } = await roundWithVote(temp());
    expect(voted.map((entry) => entry.name)).toEqual([
      'Chi ủy Chi bộ Trường THCS Đa Tốn',
      'Nguyễn Thị Hằng',
      'Lê Thị Ánh',
      'Phạm Quốc Bảo',
      'Trần Văn Đức',
    ]);
    const vote = await admin.ok('ratings.prepareVote', {
      roundId: round.id,
      organisationId: cell.subjectId,
      subjectIds: voted.map((entry) => entry.subjectId),
      pollDate: '2025-12-15',
      convened: 4,
    });
    expect(vote).toMatchObject({ organisationName: 'Chi bộ Trường THCS Đa Tốn', counted: false, rows: null });

    // The vote is an ordinary contest of the counting desk: the form's rows are the subjects, four levels.
    const [contest] = await admin.ok('campaigns.contests', { campaignId: vote.campaignId });
    expect(contest).toMatchObject({ id: vote.contestId, unitName: 'Chi bộ Trường THCS Đa Tốn' });
    const version = await admin.ok('templates.get', { versionId: contest!.templateVersionId });
    expect(version.content.criteria.map((criterion) => criterion.text)).toEqual(voted.map((entry) => entry.name));
    expect(version.content.levels[0]).toBe('Hoàn thành xuất sắc nhiệm vụ');

    await head.ok('counting.saveConference', {
      unitId: vote.unitId,
      conference: {
        heldOn: '2025-12-15',
        place: 'Phòng họp Trường THCS Đa Tốn',
        chair: 'Nguyễn Thị Hằng',
        committee: [{ name: 'Trần Văn Đức', role: 'head' }],
        convened: 4,
        present: 4,
      },
    });
    await head.ok('counting.saveCounts', {
      contestId: vote.contestId,
      counts: {
        issued: 4,
        returned: 4,
        notReturned: 0,
        valid: 4,
        invalid: { notOfficial: 0, blank: 0, identifying: 0, other: 0 },
      },
    });
    const ballots = ['22122', '12222', '22232', '2*2*2'].map(ratingBallot);
    const batch = await counter1.ok('counting.createBatch', { contestId: vote.contestId, label: 'Hộp phiếu 1' });
    await keyBatch(counter1, batch.id, ballots);
    await keyBatch(counter2, batch.id, ballots);
    await head.ok('counting.close', { contestId: vote.contestId });

    const [counted] = await admin.ok('ratings.votes', { roundId: round.id });
    expect(counted).toMatchObject({ counted: true, ballots: { issued: 4, returned: 4, valid: 4, invalid: 0 } });
    expect(counted!.rows!.map((row) => [row.name, row.levels, row.multi])).toEqual([
      ['Chi ủy Chi bộ Trường THCS Đa Tốn', [1, 3, 0, 0], 0],
      ['Nguyễn Thị Hằng', [0, 3, 0, 0], 1],
      ['Lê Thị Ánh', [1, 3, 0, 0], 0],
      ['Phạm Quốc Bảo', [0, 2, 1, 0], 1],
      ['Trần Văn Đức', [0, 4, 0, 0], 0],
    ]);
    core.shutdown();
  });

  it('takes only the organisation’s collective and members, each in one vote, none decided; nothing is made otherwise', async () => {
    const { core, admin, round, cell, voted, entries } = await roundWithVote(temp());
    const base = { roundId: round.id, organisationId: cell.subjectId, pollDate: '2025-12-15' };
    const other = entries.find((entry) => entry.name === 'Vũ Minh Châu')!;
    const campaignsBefore = (await admin.ok('campaigns.list', {})).length;
    const refused = await admin.call('ratings.prepareVote', { ...base, subjectIds: [other.subjectId] });
    expect(refused.ok ? 'ok' : refused.error.message.vi).toContain(
      '«Vũ Minh Châu» không phải tập thể lãnh đạo hay đảng viên',
    );
    expect(
      await admin.code('ratings.prepareVote', {
        ...base,
        organisationId: voted[1]!.subjectId,
        subjectIds: [other.subjectId],
      }),
    ).toBe('RATING_VOTE_INVALID');
    expect(
      await admin.code('ratings.prepareVote', { ...base, subjectIds: [voted[1]!.subjectId, voted[1]!.subjectId] }),
    ).toBe('RATING_VOTE_INVALID');
    await admin.ok('ratings.decide', {
      roundId: round.id,
      subjectId: voted[4]!.subjectId,
      level: 'good',
      decisionNumber: '15-QĐ/ĐU',
      decisionDate: '2025-12-20',
    });
    expect(await admin.code('ratings.prepareVote', { ...base, subjectIds: [voted[4]!.subjectId] })).toBe(
      'RATING_VOTE_INVALID',
    );
    expect((await admin.ok('campaigns.list', {})).length).toBe(campaignsBefore);

    await admin.ok('ratings.prepareVote', { ...base, subjectIds: [voted[2]!.subjectId] });
    const again = await admin.call('ratings.prepareVote', {
      ...base,
      subjectIds: [voted[3]!.subjectId, voted[2]!.subjectId],
    });
    expect(again.ok ? 'ok' : again.error.message.vi).toContain('đã có trong một cuộc biểu quyết khác');
    expect((await admin.ok('ratings.votes', { roundId: round.id })).length).toBe(1);
    core.shutdown();
  });
});
