import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../helpers/cliRun';
import { parseCsv } from '../../../main/tabular/csv';
import { closedContest, countContest } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';

/**
 * closedContest's 20 ballots, counted by hand, criterion by criterion:
 * 12 × 1122112211221121, 6 × 2222222222222222, 2 × 3332221114440003 (the 16th mark is the prestige).
 * [Rất tốt, Tốt, Trung bình, Yếu kém], blank.
 */
const twentyBallots: Array<[number[], number]> = [
  [[12, 6, 2, 0], 0], // 1: 1, 2, 3
  [[12, 6, 2, 0], 0], // 2: 1, 2, 3
  [[0, 18, 2, 0], 0], // 3: 2, 2, 3
  [[0, 20, 0, 0], 0], // 4: 2, 2, 2
  [[12, 8, 0, 0], 0], // 5: 1, 2, 2
  [[12, 8, 0, 0], 0], // 6: 1, 2, 2
  [[2, 18, 0, 0], 0], // 7: 2, 2, 1
  [[2, 18, 0, 0], 0], // 8: 2, 2, 1
  [[14, 6, 0, 0], 0], // 9: 1, 2, 1
  [[12, 6, 0, 2], 0], // 10: 1, 2, 4
  [[0, 18, 0, 2], 0], // 11: 2, 2, 4
  [[0, 18, 0, 2], 0], // 12: 2, 2, 4
  [[12, 6, 0, 0], 2], // 13: 1, 2, blank
  [[12, 6, 0, 0], 2], // 14: 1, 2, blank
  [[0, 18, 0, 0], 2], // 15: 2, 2, blank
];

/** One JSON line (SPEC §5): 15 marks then the prestige, with optional notes and other comment. */
function line(contestId: string, marks: string, extra: { notes?: Record<string, string>; other?: string } = {}) {
  return JSON.stringify({
    contest: contestId,
    ballot: randomUUID(),
    valid: true,
    answers: [...marks.slice(0, 15)].map((mark) => (mark === '*' ? '*' : Number(mark))),
    notes: extra.notes ?? {},
    other: extra.other ?? '',
    prestige: Number(marks[15]),
  });
}

/** Records the conference and counts of a contest and imports its ballots; does not close it. */
async function sheetRows(content: string): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((worksheet) => {
    const rows: unknown[][] = [];
    worksheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(worksheet.name, rows);
  });
  return sheets;
}

describe('the tally of a contest, through the API', () => {
  const temp = useTempDirectories();

  it('counts the 20 ballots per criterion and prestige, for readers only, once counting is closed; the CLI prints the same', async () => {
    const dataDirectory = temp();
    const { core, head, admin, counter1, school, contests, campaign: created } = await closedContest(dataDirectory);

    const { tally, privacy, seal } = await head.ok('results.tally', { contestId: school.id });
    expect(seal).toBeNull();
    // Criterion 4 was marked "Tốt" on all 20 ballots: each voter's mark there is known, and the page says so.
    expect(privacy).toEqual({
      fewBallots: false,
      textsWithheld: false,
      scoreFloor: 5,
      textFloor: 10,
      unanimousCriteria: [4],
      unanimousPrestige: false,
    });
    expect(tally).toMatchObject({
      contestId: school.id,
      unitName: 'THCS Ngọc Lâm',
      subjectName: 'Dương Văn Khải',
      scale: 'levels4',
      levelNames: ['Rất tốt', 'Tốt', 'Trung bình', 'Yếu kém'],
      ballots: { issued: 20, returned: 20, valid: 20, invalid: 0 },
      base: 'returned',
      baseCount: 20,
      threshold: 2000,
    });
    expect(tally.criteria.map((criterion) => [criterion.levels, criterion.blank])).toEqual(twentyBallots);
    expect(tally.criteria.every((criterion) => criterion.multi === 0 && !criterion.flagged)).toBe(true);
    // Each ballot is 5 % of 20: shares are the counts × 500.
    tally.criteria.forEach((criterion, index) => {
      const [levels, blank] = twentyBallots[index]!;
      expect(criterion.shares).toEqual({
        levels: levels.map((count) => count * 500),
        blank: blank * 500,
        multi: 0,
        invalid: 0,
      });
      expect(criterion.goodOrBetter).toBe((levels[0]! + levels[1]!) * 500);
      expect(criterion.lowShare).toBe((levels[2]! + levels[3]!) * 500);
    });
    expect(tally.criteria[0]).toMatchObject({ number: 1, goodOrBetter: 9000, lowShare: 1000 });
    expect(tally.prestige).toEqual({
      levels: [12, 6, 2, 0],
      blank: 0,
      multi: 0,
      shares: { levels: [6000, 3000, 1000, 0], blank: 0, multi: 0, invalid: 0 },
      low: 2,
      lowShare: 1000,
      lowOverHalf: false,
      lowTwoThirds: false,
    });
    expect((await admin.ok('results.tally', { contestId: school.id })).tally).toEqual(tally);

    // Roles: a counter keys ballots but never reads results.
    expect(await counter1.code('results.tally', { contestId: school.id })).toBe('FORBIDDEN');
    expect(await counter1.code('results.campaign', { campaignId: created.id })).toBe('FORBIDDEN');
    // A contest of the same campaign still being counted has no result yet.
    const open = contests.find((contest) => contest.unitName === 'THCS Sài Đồng')!;
    expect(await head.code('results.tally', { contestId: open.id })).toBe('RESULTS_NOT_READY');
    expect(await head.code('results.comments', { contestId: open.id })).toBe('RESULTS_NOT_READY');
    expect(await head.code('results.tally', { contestId: randomUUID() })).toBe('NOT_FOUND');
    expect(await head.code('results.tally', { contestId: 'not-an-id' })).toBe('INVALID_INPUT');

    // Aggregates over the one closed contest: 282 of 300 marks good or better, 12 low, 2 of 20 low prestige.
    const campaign = await head.ok('results.campaign', { campaignId: created.id });
    expect(campaign.district).toMatchObject({
      contests: 1,
      validBallots: 20,
      goodOrBetter: 9400,
      lowShare: 400,
      flaggedCriteria: 0,
      prestigeLowShare: 1000,
    });
    expect(campaign.contests).toHaveLength(1);
    expect(campaign.contests[0]).toMatchObject({
      contestId: school.id,
      sealed: false,
      digest: null,
      fewBallots: false,
    });
    expect(campaign.ranking).toEqual([
      { rank: 1, contestId: school.id, label: 'Dương Văn Khải — THCS Ngọc Lâm', goodOrBetter: 9400 },
    ]);

    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    core.shutdown();

    // The CLI (SPEC §5 Tally JSON): the same tally with the seal's digest, for the head signing in.
    const base = ['--data-dir', dataDirectory];
    const printed = await runCommandLine(
      [...base, '--user', 'truongban', 'tally', '--json', '--contest', school.id],
      ['mật khẩu truongban'],
    );
    expect(printed.code, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual({ ...tally, digest: sealed.digest, sealSequence: 1 });
    const whole = await runCommandLine(
      [...base, '--user', 'truongban', 'tally', '--json', '--campaign', created.id],
      ['mật khẩu truongban'],
    );
    expect(whole.code, whole.stderr).toBe(0);
    expect(JSON.parse(whole.stdout)).toEqual({ contests: [{ ...tally, digest: sealed.digest, sealSequence: 1 }] });

    const counter = await runCommandLine(
      [...base, '--user', 'kiemphieu1', 'tally', '--json', '--contest', school.id],
      ['mật khẩu kiemphieu1'],
    );
    expect(counter.code).toBe(1);
    expect(counter.stdout).toBe('');
    expect(counter.stderr.trim().split('\n')).toHaveLength(1);
    const usage = await runCommandLine([...base, '--user', 'truongban', 'tally', '--contest', school.id]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--json');
  });

  it('invalid ballots share the base, low criteria are flagged, comments follow the floor, aggregates and exports add up', async () => {
    const { core, head, admin, school, contests, campaign: created } = await closedContest(temp());
    const saiDong = contests.find((contest) => contest.unitName === 'THCS Sài Đồng')!;
    const phucDong = contests.find((contest) => contest.unitName === 'THCS Phúc Đồng')!;

    // Sài Đồng: 12 valid and 1 invalid (the voter signed it) = 13 returned.
    await countContest(
      head,
      saiDong,
      [
        line(saiDong.id, '1111111111111111', { other: 'Đồng chí cần lắng nghe giáo viên trẻ hơn.' }),
        ...Array.from({ length: 4 }, () => line(saiDong.id, '1111111111111111')),
        ...Array.from({ length: 4 }, () => line(saiDong.id, '2222222222222222')),
        line(saiDong.id, '3333333333333333', {
          notes: { '3': 'Chưa gương mẫu về giờ giấc', '11': 'Còn nóng nảy khi góp ý' },
        }),
        line(saiDong.id, '3333333333333333', { other: 'Đề nghị công khai tài chính đầy đủ hơn.' }),
        line(saiDong.id, '4444444444440*44'),
        JSON.stringify({
          contest: saiDong.id,
          ballot: randomUUID(),
          valid: false,
          invalidReason: 'identifying',
          invalidText: 'Có ký tên người góp ý',
        }),
      ],
      { valid: 12, identifying: 1 },
    );
    expect(await head.code('results.tally', { contestId: saiDong.id })).toBe('RESULTS_NOT_READY');
    await head.ok('counting.acknowledgeWarning', {
      contestId: saiDong.id,
      rule: 'W01',
      reason: 'Một phiếu có ký tên, đã đối chiếu với phiếu giấy',
    });
    await head.ok('counting.close', { contestId: saiDong.id });

    // Phúc Đồng: 4 valid ballots, below the score floor (5) and the free-text floor (10).
    await countContest(
      head,
      phucDong,
      [
        line(phucDong.id, '1111111111111111'),
        line(phucDong.id, '1111111111111111'),
        line(phucDong.id, '2222222222222221', { notes: { '5': 'Cần sâu sát hơn' }, other: 'Ý kiến riêng' }),
        line(phucDong.id, '2222222222222221'),
      ],
      { valid: 4, identifying: 0 },
    );
    await head.ok('counting.close', { contestId: phucDong.id });

    // 5, 4, 2, 1 of 13 returned: floors 3846 + 3076 + 1538 + 769 + 769 (invalid) = 9998; .92 and .46 round up.
    const { tally, privacy } = await head.ok('results.tally', { contestId: saiDong.id });
    expect(privacy).toMatchObject({ fewBallots: false, textsWithheld: false });
    expect(tally).toMatchObject({ ballots: { issued: 13, returned: 13, valid: 12, invalid: 1 }, baseCount: 13 });
    expect(tally.criteria[0]).toMatchObject({
      levels: [5, 4, 2, 1],
      blank: 0,
      multi: 0,
      shares: { levels: [3846, 3077, 1539, 769], blank: 0, multi: 0, invalid: 769 },
      goodOrBetter: 6923,
      lowShare: 2307, // 3 of 13 = 23.0769 %, rounded once, down: what is shown is what is flagged
      flagged: true,
    });
    expect(tally.criteria[12]).toMatchObject({
      levels: [5, 4, 2, 0],
      blank: 1,
      multi: 0,
      shares: { levels: [3846, 3077, 1539, 0], blank: 769, multi: 0, invalid: 769 },
      flagged: false, // 2 of 13 = 15.38 %
    });
    expect(tally.criteria[13]).toMatchObject({ levels: [5, 4, 2, 0], blank: 0, multi: 1, flagged: false });
    expect(tally.criteria.filter((criterion) => criterion.flagged).map((criterion) => criterion.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15,
    ]);
    expect(tally.prestige).toMatchObject({ levels: [5, 4, 2, 1], low: 3, lowShare: 2307, lowOverHalf: false });

    // Comments: verbatim, only from valid ballots, never the invalid ballot's text.
    const listed = await admin.ok('results.comments', { contestId: saiDong.id });
    expect(listed.withheld).toBe(false);
    expect([...listed.notes].sort((a, b) => a.criterion - b.criterion)).toEqual([
      { criterion: 3, text: 'Chưa gương mẫu về giờ giấc' },
      { criterion: 11, text: 'Còn nóng nảy khi góp ý' },
    ]);
    expect([...listed.other].sort()).toEqual(
      ['Đồng chí cần lắng nghe giáo viên trẻ hơn.', 'Đề nghị công khai tài chính đầy đủ hơn.'].sort(),
    );
    const few = await head.ok('results.tally', { contestId: phucDong.id });
    expect(few.privacy).toMatchObject({ fewBallots: true, textsWithheld: true, scoreFloor: 5, textFloor: 10 });
    expect(await head.ok('results.comments', { contestId: phucDong.id })).toEqual({
      withheld: true,
      textFloor: 10,
      notes: [],
      other: [],
    });

    // District: Phúc Đồng (4 ballots) is counted but adds nothing to any figure: 417 of 495 marks
    // good or better, 55 low, 5 of 33 low prestige; 13 flagged criteria. Before, its 100,00 % came
    // first in the ranking and moved every group it belongs to.
    const campaign = await head.ok('results.campaign', { campaignId: created.id });
    expect(campaign.district).toMatchObject({
      contests: 3,
      suppressed: 1,
      validBallots: 36,
      goodOrBetter: 8424,
      lowShare: 1111,
      flaggedCriteria: 13,
      prestigeLowShare: 1515,
    });
    const { key: _key, label: _label, ...districtFigures } = campaign.district;
    expect(campaign.byUnitType).toEqual([expect.objectContaining(districtFigures)]);
    expect(campaign.byUnit.map((row) => [row.label, row.validBallots, row.goodOrBetter])).toEqual([
      ['THCS Ngọc Lâm', 20, 9400],
      ['THCS Sài Đồng', 12, 6923],
      ['THCS Phúc Đồng', 4, null],
    ]);
    expect(campaign.byUnit[2]).toMatchObject({ suppressed: 1, lowShare: null, flaggedCriteria: null });
    expect(campaign.ranking.map((row) => [row.rank, row.contestId, row.goodOrBetter])).toEqual([
      [1, school.id, 9400],
      [2, saiDong.id, 6923],
    ]);
    expect(campaign.contests.find((row) => row.contestId === phucDong.id)).toMatchObject({
      fewBallots: true,
      goodOrBetter: null,
      lowShare: null,
      prestigeLowShare: null,
    });
    expect(campaign.bottomCriteria[0]?.lowShare).toBe(1515); // 5 low marks of 33
    expect(campaign.topCriteria).toHaveLength(5);

    // XLSX: one sheet per view, Vietnamese headers, the same numbers.
    const xlsx = await head.ok('results.export', { campaignId: created.id, view: 'all', format: 'xlsx' });
    expect(xlsx.fileName).toMatch(/^lay-y-kien-.*-ket-qua-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = await sheetRows(xlsx.contentBase64);
    expect([...sheets.keys()]).toEqual([
      'Theo người được góp ý',
      'Theo tiêu chí',
      'Mức độ uy tín',
      'Theo đơn vị',
      'Theo loại đơn vị',
      'Xếp thứ tự',
    ]);
    const [criteriaHeader, ...criteriaRows] = sheets.get('Theo tiêu chí')!;
    expect(criteriaHeader!.slice(0, 6)).toEqual([
      'Người được góp ý',
      'Đơn vị',
      'TT',
      'Tiêu chí',
      'Rất tốt (phiếu)',
      'Rất tốt (%)',
    ]);
    const column = (name: string) => criteriaHeader!.indexOf(name);
    const firstOf = (unitName: string) => criteriaRows.find((row) => row[1] === unitName && row[2] === 1)!;
    expect(firstOf('THCS Ngọc Lâm')[column('Rất tốt (phiếu)')]).toBe(12);
    expect(firstOf('THCS Ngọc Lâm')[column('Rất tốt (%)')]).toBe(60);
    expect(firstOf('THCS Sài Đồng')[column('Trung bình (%)')]).toBe(15.39);
    expect(firstOf('THCS Sài Đồng')[column('Cần lưu ý')]).toBe('Có');
    expect(criteriaRows).toHaveLength(45);
    // Phúc Đồng's rows name the criteria and say why nothing else is there.
    const hidden = criteriaRows.filter((row) => row[1] === 'THCS Phúc Đồng');
    expect(hidden).toHaveLength(15);
    for (const row of hidden) {
      expect(row.slice(4, -1).every((cell) => cell === null || cell === undefined || cell === '')).toBe(true);
      expect(row.at(-1)).toBe('Dưới 5 phiếu hợp lệ: không công bố');
    }
    const [contestsHeader, ...contestRows] = sheets.get('Theo người được góp ý')!;
    expect(contestsHeader).toContain('Số phiếu hợp lệ');
    expect(contestsHeader).toContain('Uy tín thấp và rất thấp (%)');
    // The prestige distribution, per person: Sài Đồng's 12 valid ballots, 5 · 4 · 2 · 1 over 13 returned.
    const [prestigeHeader, ...prestigeRows] = sheets.get('Mức độ uy tín')!;
    const saiDongPrestige = prestigeRows.find((row) => row[1] === 'THCS Sài Đồng')!;
    expect(saiDongPrestige[prestigeHeader!.indexOf('Uy tín rất cao (phiếu)')]).toBe(5);
    expect(saiDongPrestige[prestigeHeader!.indexOf('Uy tín thấp và rất thấp (%)')]).toBe(23.07);
    expect(prestigeRows.find((row) => row[1] === 'THCS Phúc Đồng')?.at(-1)).toBe('Dưới 5 phiếu hợp lệ: không công bố');
    expect(contestRows.find((row) => row[1] === 'THCS Sài Đồng')?.[contestsHeader!.indexOf('Số phiếu hợp lệ')]).toBe(
      12,
    );

    // CSV: one table, UTF-8 with a byte-order mark, the same figures.
    const csv = await head.ok('results.export', { campaignId: created.id, view: 'criteria', format: 'csv' });
    expect(csv.fileName).toMatch(/-theo-tieu-chi-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Excel set to Vietnamese opens it as is: ';' between fields, decimal comma.
    const [csvHeader, ...csvRows] = parseCsv(text.slice(1), ';');
    expect(csvHeader).toEqual(criteriaHeader);
    const csvFirst = csvRows.find((row) => row[1] === 'THCS Sài Đồng' && row[2] === '1')!;
    expect(csvFirst.slice(4, 12)).toEqual(['5', '38,46', '4', '30,77', '2', '15,39', '1', '7,69']);

    const audit = await admin.ok('audit.list', { event: 'results.exported' });
    expect(audit.entries.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([
        { campaignId: created.id, view: 'all', format: 'xlsx' },
        { campaignId: created.id, view: 'criteria', format: 'csv' },
      ]),
    );
    core.shutdown();
  });
});
