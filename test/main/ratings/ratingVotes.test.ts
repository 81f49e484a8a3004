import { describe, expect, it } from 'vitest';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { countVote, thcsVoteRound } from '../../helpers/testRatings';

describe('ratings: a secret-ballot vote held with the counting desk', () => {
  const temp = useTempDirectories();

  it('is keyed twice like any ballot and, once its counting is closed, gives the ballots per level of each subject', async () => {
    const { core, admin, head, counter1, counter2, round, voted, voteInput } = await thcsVoteRound(temp());
    expect(voted.map((entry) => entry.name)).toEqual([
      'Chi ủy Chi bộ Trường THCS Đa Tốn',
      'Nguyễn Thị Hằng',
      'Lê Thị Ánh',
      'Phạm Quốc Bảo',
      'Trần Văn Đức',
    ]);
    // The cell votes on all of them, on 15/12/2025, four convened.
    const vote = await admin.ok('ratings.prepareVote', voteInput);
    expect(vote).toMatchObject({ organisationName: 'Chi bộ Trường THCS Đa Tốn', counted: false, rows: null });

    // The vote is an ordinary contest of the counting desk: the form's rows are the subjects, four levels.
    const [contest] = await admin.ok('campaigns.contests', { campaignId: vote.campaignId });
    expect(contest).toMatchObject({ id: vote.contestId, unitName: 'Chi bộ Trường THCS Đa Tốn' });
    const version = await admin.ok('templates.get', { versionId: contest!.templateVersionId });
    expect(version.content.criteria.map((criterion) => criterion.text)).toEqual(voted.map((entry) => entry.name));
    expect(version.content.levels[0]).toBe('Hoàn thành xuất sắc nhiệm vụ');

    // Four ballots, keyed twice; '*' is several marks in a row.
    await countVote({ head, counter1, counter2 }, vote, ['22122', '12222', '22232', '2*2*2']);

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
    const { core, admin, round, cell, voted, entries } = await thcsVoteRound(temp());
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
