import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { schoolBallots, sealContest, twoYears } from '../../helpers/testRemediation';

/**
 * 2024's units as 2023's, but Lý Thị Nguyệt and Hồ Thị Kiều Trang swapped schools (THCS Sài Đồng
 * and THCS Ngọc Thụy), and Đặng Quốc Bảo's name typed "Đặng Quốc Bão".
 */
const unitsNextYear = readFileSync(join(import.meta.dirname, '../../fixtures/units/units-good.csv'), 'utf8')
  .replace(
    'THCS Sài Đồng,Phòng Giáo dục và Đào tạo Quận Long Biên,62,Lý Thị Nguyệt',
    'THCS Sài Đồng,Phòng Giáo dục và Đào tạo Quận Long Biên,62,Hồ Thị Kiều Trang',
  )
  .replace(
    'THCS Ngọc Thụy,Phòng Giáo dục và Đào tạo Quận Long Biên,54,Hồ Thị Kiều Trang',
    'THCS Ngọc Thụy,Phòng Giáo dục và Đào tạo Quận Long Biên,54,Lý Thị Nguyệt',
  )
  .replace('Đặng Quốc Bảo', 'Đặng Quốc Bão');

describe('remediation: the same person across campaigns, moves between units and a review of uncertain matches', () => {
  const temp = useTempDirectories();

  it('takes same-name-same-unit as certain, asks about moves and near names, and compares through a confirmed match', async () => {
    const { core, admin, head, campaign, contests, next, nextContests } = await twoYears(temp(), unitsNextYear);
    expect(unitsNextYear).toContain('Đặng Quốc Bão');
    const lastYearOf = (unitName: string) => contests.find((contest) => contest.unitName === unitName)!;
    const thisYearOf = (unitName: string) => nextContests.find((contest) => contest.unitName === unitName)!;
    await sealContest(head, lastYearOf('THCS Sài Đồng'), schoolBallots({ 3: 6 }), 'NP-2023-02');
    await sealContest(head, thisYearOf('THCS Ngọc Thụy'), schoolBallots({ 3: 1 }), 'NP-2024-02');

    const matches = await head.ok('remediation.matches', { campaignId: next.id });
    expect(matches.previousCampaign).toMatchObject({ id: campaign.id, year: 2023 });
    const byName = (name: string) => matches.people.find((person) => person.subjectName === name)!;
    expect(byName('Dương Văn Khải')).toMatchObject({
      kind: 'same',
      decision: 'auto',
      matched: { unitName: 'THCS Ngọc Lâm' },
    });
    expect(byName('Lý Thị Nguyệt')).toMatchObject({
      kind: 'moved',
      decision: 'pending',
      matched: null,
      candidates: [expect.objectContaining({ unitName: 'THCS Sài Đồng' })],
    });
    expect(byName('Đặng Quốc Bão')).toMatchObject({ kind: 'similar', decision: 'pending' });
    expect(matches.people.filter((person) => person.decision === 'pending')).toHaveLength(3);
    expect((await head.ok('remediation.district', { campaignId: next.id })).pendingMatches).toBe(3);

    // Until someone confirms the move, next year's result stands alone.
    const moved = thisYearOf('THCS Ngọc Thụy');
    const before = await head.ok('remediation.comparison', { contestId: moved.id });
    expect(before).toMatchObject({ match: { kind: 'moved', decision: 'pending' }, previous: null });
    expect(before.criteria[2]).toMatchObject({ lastShare: null, thisShare: 500, change: null });

    // Only the administrator decides; a person outside last year's campaign is refused.
    const nguyet = byName('Lý Thị Nguyệt');
    const candidate = nguyet.candidates[0]!.subjectId;
    expect(
      await head.call('remediation.decideMatch', { subjectId: nguyet.subjectId, previousSubjectId: candidate }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const thisYearSubject = byName('Dương Văn Khải').subjectId;
    expect(
      await admin.call('remediation.decideMatch', { subjectId: nguyet.subjectId, previousSubjectId: thisYearSubject }),
    ).toMatchObject({ ok: false, error: { code: 'REMEDIATION_MATCH_INVALID' } });
    // Nor can two people this year be one person last year.
    const khaiLastYear = byName('Dương Văn Khải').matched!.subjectId;
    expect(
      await admin.call('remediation.decideMatch', { subjectId: nguyet.subjectId, previousSubjectId: khaiLastYear }),
    ).toMatchObject({ ok: false, error: { code: 'REMEDIATION_MATCH_INVALID' } });

    expect(
      await admin.ok('remediation.decideMatch', { subjectId: nguyet.subjectId, previousSubjectId: candidate }),
    ).toMatchObject({ decision: 'confirmed', matched: { subjectName: 'Lý Thị Nguyệt', unitName: 'THCS Sài Đồng' } });
    const bao = byName('Đặng Quốc Bão');
    expect(
      await admin.ok('remediation.decideMatch', { subjectId: bao.subjectId, previousSubjectId: null }),
    ).toMatchObject({
      decision: 'rejected',
      matched: null,
    });

    const after = await head.ok('remediation.comparison', { contestId: moved.id });
    expect(after).toMatchObject({
      match: { kind: 'moved', decision: 'confirmed' },
      previous: { unitName: 'THCS Sài Đồng', planStatus: 'notSubmitted' },
    });
    expect(after.criteria[2]).toMatchObject({ lastShare: 3000, thisShare: 500, lastFlagged: true, change: 'improved' });
    expect((await head.ok('remediation.district', { campaignId: next.id })).pendingMatches).toBe(1);

    const audit = (await admin.ok('audit.list', { limit: 20 })).entries.filter(
      (entry) => entry.event === 'remediation.matchDecided',
    );
    expect(audit).toHaveLength(2);
    core.shutdown();
  });
});
