import { describe, expect, it } from 'vitest';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { openCampaign } from '../../helpers/testCounting';
import { schoolBallots, sealContest, twoYears } from '../../helpers/testRemediation';

const measure = (criterionNumber: number | null, deadline: string, extra: Record<string, string> = {}) => ({
  criterionNumber,
  measures: `Biện pháp cho nội dung ${criterionNumber ?? 'khác'}`,
  deadline,
  checker: 'Chi ủy Chi bộ trường',
  ...extra,
});

describe('remediation: a plan per person after the sealed result, followed up and compared next year', () => {
  const temp = useTempDirectories();

  it('a plan covers every flagged criterion, its status is recorded with dated notes, and a late measure makes it overdue', async () => {
    const { core, admin, head, school, campaign } = await openCampaign(temp());
    expect(await admin.call('remediation.plan', { contestId: school.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SEALED' },
    });
    await sealContest(head, school, schoolBallots({ 1: 6, 2: 6 }), 'NP-1');

    const view = await admin.ok('remediation.plan', { contestId: school.id, asOf: '2023-06-01' });
    expect(view).toMatchObject({
      subjectName: 'Dương Văn Khải',
      unitName: 'THCS Ngọc Lâm',
      status: 'notSubmitted',
      plan: null,
    });
    expect(view.flagged.map((criterion) => [criterion.number, criterion.lowShare])).toEqual([
      [1, 3000],
      [2, 3000],
    ]);

    // Every flagged criterion needs a measure; a row the form does not have is refused.
    const uncovered = await admin.call('remediation.savePlan', {
      contestId: school.id,
      source: 'paper',
      submittedOn: '2023-06-10',
      measures: [measure(1, '2023-09-30')],
    });
    expect(uncovered).toMatchObject({ ok: false, error: { code: 'REMEDIATION_FLAGGED_UNCOVERED' } });
    expect(JSON.stringify(uncovered)).toContain('số 2');
    expect(
      await admin.call('remediation.savePlan', {
        contestId: school.id,
        source: 'paper',
        submittedOn: '2023-06-10',
        measures: [measure(1, '2023-09-30'), measure(2, '2023-12-31'), measure(16, '2023-12-31')],
      }),
    ).toMatchObject({ ok: false, error: { code: 'REMEDIATION_CRITERION_UNKNOWN' } });
    expect(
      await head.call('remediation.setStatus', { contestId: school.id, status: 'inProgress', on: '2023-07-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'REMEDIATION_NO_PLAN' },
    });

    const saved = await admin.ok('remediation.savePlan', {
      contestId: school.id,
      source: 'paper',
      submittedOn: '2023-06-10',
      measures: [
        measure(1, '2023-09-30'),
        measure(2, '2023-12-31'),
        measure(null, '2023-12-31', { criterionText: 'Tác phong, lề lối làm việc' }),
      ],
      asOf: '2023-06-11',
    });
    expect(saved.status).toBe('submitted');
    expect(saved.plan!.measures.map((item) => [item.criterionNumber, item.criterionText.slice(0, 20)])).toEqual([
      [1, view.criteria[0]!.text.slice(0, 20)],
      [2, view.criteria[1]!.text.slice(0, 20)],
      [null, 'Tác phong, lề lối là'],
    ]);
    expect(saved.plan!.notes).toEqual([expect.objectContaining({ on: '2023-06-10', status: 'submitted' })]);

    const progressing = await head.ok('remediation.setStatus', {
      contestId: school.id,
      status: 'inProgress',
      on: '2023-07-01',
      note: 'Đã họp chi bộ kiểm điểm',
      asOf: '2023-07-01',
    });
    expect(progressing.status).toBe('inProgress');

    // The first measure is late on 1 October: the plan reads overdue until the measure is done.
    const late = await head.ok('remediation.plan', { contestId: school.id, asOf: '2023-10-01' });
    expect(late.status).toBe('overdue');
    expect(late.plan!.measures.map((item) => item.overdue)).toEqual([true, false, false]);
    const first = late.plan!.measures[0]!;
    const marked = await head.ok('remediation.markMeasure', {
      contestId: school.id,
      measureId: first.id,
      doneOn: '2023-10-05',
      asOf: '2023-10-06',
    });
    expect(marked.status).toBe('inProgress');
    // Saving the plan again keeps the day a measure (given with its id) was done.
    const corrected = await admin.ok('remediation.savePlan', {
      contestId: school.id,
      source: 'unit',
      submittedOn: '2023-06-10',
      measures: marked.plan!.measures.map(({ id, criterionNumber, criterionText, measures, deadline, checker }) => ({
        id,
        criterionNumber,
        criterionText,
        measures,
        deadline,
        checker,
      })),
      asOf: '2023-10-06',
    });
    expect(corrected.plan!.measures[0]).toMatchObject({ id: first.id, doneOn: '2023-10-05' });
    expect(corrected.plan!.notes).toHaveLength(2);
    const done = await head.ok('remediation.setStatus', { contestId: school.id, status: 'done', on: '2024-01-10' });
    expect(done.status).toBe('done');

    const people = await head.ok('remediation.people', { campaignId: campaign.id, asOf: '2024-01-11' });
    expect(people.find((person) => person.contestId === school.id)).toMatchObject({
      sealed: true,
      flagged: 2,
      status: 'done',
      measures: 3,
    });
    expect(people.filter((person) => person.sealed)).toHaveLength(1);
    expect(people.find((person) => person.contestId !== school.id)?.status).toBeNull();

    const events = (await admin.ok('audit.list', { limit: 50 })).entries.map((entry) => entry.event);
    expect(events.filter((event) => event.startsWith('remediation.'))).toEqual(
      expect.arrayContaining(['remediation.planSaved', 'remediation.statusSet', 'remediation.measureMarked']),
    );
    core.shutdown();
  });

  it('next year: the same person is found, and each criterion shows last year, this year, in the plan, improved', async () => {
    const { core, admin, head, school, nextSchool, next, campaign } = await twoYears(temp());
    await admin.ok('remediation.savePlan', {
      contestId: school.id,
      source: 'paper',
      submittedOn: '2023-06-10',
      measures: [measure(1, '2023-09-30'), measure(2, '2023-12-31')],
    });
    await sealContest(head, nextSchool, schoolBallots({ 1: 2, 2: 8 }), 'NP-2024-01');

    const compared = await head.ok('remediation.comparison', { contestId: nextSchool.id });
    expect(compared.match).toEqual({ kind: 'same', decision: 'auto' });
    expect(compared.previous).toMatchObject({ contestId: school.id, campaign: { id: campaign.id, year: 2023 } });
    const rows = compared.criteria.slice(0, 3).map((row) => [row.lastShare, row.thisShare, row.inPlan, row.change]);
    expect(rows).toEqual([
      [3000, 1000, true, 'improved'],
      [3000, 4000, true, 'worsened'],
      [0, 0, false, 'same'],
    ]);

    const district = await head.ok('remediation.district', { campaignId: next.id, asOf: '2024-06-01' });
    expect(district).toMatchObject({
      previousCampaign: { id: campaign.id },
      sealed: 1,
      needingPlans: 1,
      byStatus: { notSubmitted: 1 },
      pendingMatches: 0,
    });
    const [first, second] = district.criteria;
    expect([first!.flaggedThisYear, first!.flaggedLastYear, first!.worsened]).toEqual([1, 1, 1]);
    expect([second!.flaggedThisYear, second!.flaggedLastYear, second!.improved, second!.inPlans]).toEqual([0, 1, 1, 1]);

    const dashboard = await head.ok('remediation.dashboard', { asOf: '2024-06-01' });
    // Last year's plan has measures past their deadlines and not done: it reads overdue.
    expect(dashboard.years.map((year) => [year.campaign.year, year.sealed, year.byStatus.overdue])).toEqual([
      [2023, 1, 1],
      [2024, 1, 0],
    ]);
    expect(dashboard.mostFlagged[0]!.perYear).toEqual([1, 1]);
    core.shutdown();
  });
});
