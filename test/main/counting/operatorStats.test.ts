import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../../main/tabular/csv';
import type { ValidBallot } from '../../../shared/counting/ballot';
import type { KeyerStatistics } from '../../../shared/counting/countingSchemas';
import { keyBatch, openCampaign, schoolBallot } from '../../helpers/testCounting';
import { clientOf, type TestClient } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** Four paper ballots as the voters marked them; the first has a note beside row 2. */
const paper: ValidBallot[] = [
  { ...(schoolBallot('123412341234123', 1) as ValidBallot), notes: { '2': 'Chưa sâu sát' } },
  schoolBallot('223322332233223', 2) as ValidBallot,
  schoolBallot('111111111111111', 1) as ValidBallot,
  schoolBallot('444433332222111', 3) as ValidBallot,
];

/** One field of a ballot changed: a mark, the prestige, a note. */
const mark = (ballot: ValidBallot, row: number, value: number): ValidBallot => ({
  ...ballot,
  answers: ballot.answers.map((answer, index) => (index === row - 1 ? value : answer)),
});

/** A school ballot holds 15 marks, 15 notes, the prestige and the other comments: 32 fields. */
const fieldsPerBallot = 32;

/** Errors per 1,000 fields, as the statistics round them (three decimals). */
const rate = (errors: number, fields: number) => Math.round((errors / fields) * 1_000_000) / 1000;

/** What a test compares of a row: who, where, how much, and the errors by source. */
const figures = (row: KeyerStatistics) => ({
  user: row.userLogin,
  ballots: row.ballots,
  fields: row.fieldsCompared,
  errors: row.errors,
  rates: row.errorsPerThousandFields,
});

const expected = (
  user: string,
  ballots: number,
  errors: { resolutions?: number; returns?: number; audit?: number },
) => {
  const counts = { resolutions: 0, returns: 0, audit: 0, ...errors };
  const total = counts.resolutions + counts.returns + counts.audit;
  const fields = ballots * fieldsPerBallot;
  return {
    user,
    ballots,
    fields,
    errors: { ...counts, total },
    rates: {
      resolutions: rate(counts.resolutions, fields),
      returns: rate(counts.returns, fields),
      audit: rate(counts.audit, fields),
      total: rate(total, fields),
    },
  };
};

async function differencesOf(head: TestClient, batchId: string) {
  return (await head.ok('counting.differences', { batchId })).differences;
}

/** Keys a batch's whole sample blind as the audit keyer, then has the head judge each difference as `verdictOf` says. */
async function auditBatch(
  people: { head: TestClient; auditor: TestClient },
  batchId: string,
  audited: readonly ValidBallot[],
  verdictOf: (difference: { position: number; field: string }) => 'verifiedWrong' | 'auditWrong',
) {
  const { head, auditor } = people;
  const drawn = await head.ok('counting.drawKeyingAudit', { batchId });
  expect(drawn.sample!.positions).toEqual(audited.map((_, index) => index + 1));
  await auditor.ok('counting.startAuditKeying', { batchId });
  for (const ballot of audited)
    await auditor.ok('counting.saveAuditBallot', { batchId, ballot, keystrokes: 17, activeMs: 4000 });
  await auditor.ok('counting.finishAuditKeying', { batchId });
  const found = await head.ok('counting.auditDifferences', { batchId });
  for (const difference of found.differences)
    await head.ok('counting.judgeAuditDifference', {
      batchId,
      differenceId: difference.id,
      verdict: verdictOf(difference),
    });
  return found.differences.map(({ position, field }) => `${position} ${field}`);
}

async function sheetRows(contentBase64: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('operator statistics: errors per 1,000 fields laid at each keyer’s door (issue 21, point 4)', () => {
  const temp = useTempDirectories();
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'counts the head’s settlements, a field sent back and a residual error the audit found, per session, per day in Việt Nam and for the campaign, and exports what is shown',
    { timeout: 120_000 },
    async () => {
      // Day one in Việt Nam: 16/05/2024, 09:00 (02:00 UTC).
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2024-05-16T02:00:00Z'));
      const { core, campaign, head, counter1, counter2, counter3, school } = await openCampaign(
        temp(),
        2,
        {},
        { auditSampleSize: 8 },
      );
      const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });

      // Keyer 1 misreads two fields (row 3 of ballot 1, the prestige of ballot 2); keyer 2 one (row 5
      // of ballot 3); both read row 7 of ballot 4 as 2 where the paper has 3 — double entry cannot see it.
      const bothWrong = (ballots: ValidBallot[]) =>
        ballots.map((ballot, index) => (index === 3 ? mark(ballot, 7, 2) : ballot));
      await keyBatch(
        counter1,
        batch.id,
        bothWrong(
          paper.map((ballot, index) =>
            index === 0 ? mark(ballot, 3, 4) : index === 1 ? { ...ballot, prestige: 4 } : ballot,
          ),
        ),
      );
      await keyBatch(
        counter2,
        batch.id,
        bothWrong(paper.map((ballot, index) => (index === 2 ? mark(ballot, 5, 3) : ballot))),
      );
      const differences = await differencesOf(head, batch.id);
      expect(differences.map(({ position, field }) => `${position} ${field}`)).toEqual([
        '1 answer:3',
        '2 prestige',
        '3 answer:5',
      ]);

      // Keyer 2's field goes back to keyer 2, who reads the paper again and changes it.
      await head.ok('counting.returnToKeyer', { batchId: batch.id, pass: 2, differenceIds: [differences[2]!.id] });
      const sentBack = await counter2.ok('counting.returnedFields', { batchId: batch.id });
      await counter2.ok('counting.answerReturn', {
        returnId: sentBack.returnId,
        values: [{ differenceId: differences[2]!.id, value: 1 }],
      });
      // The head settles keyer 1's two against the paper: keyer 2 was right.
      for (const difference of differences.slice(0, 2))
        await head.ok('counting.resolveDifference', {
          batchId: batch.id,
          differenceId: difference.id,
          choice: 'pass2',
        });

      // Day two in Việt Nam, 17/05/2024 06:30 — still the 16th in UTC. Keyer 1 signs in again (a new
      // session); both key a second batch without a slip.
      vi.setSystemTime(new Date('2024-05-16T23:30:00Z'));
      const keyerOneAgain = clientOf(core);
      await keyerOneAgain.ok('session.signIn', { login: 'kiemphieu1', password: 'mật khẩu kiemphieu1' });
      const second = await keyerOneAgain.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 2' });
      await keyBatch(keyerOneAgain, second.id, paper.slice(0, 2));
      expect(await keyBatch(counter2, second.id, paper.slice(0, 2))).toMatchObject({ verified: true });

      // The audit keyer keys batch 1's four ballots from the paper, with one slip of their own (a note).
      const audited = paper.map((ballot, index) =>
        index === 0 ? { ...ballot, notes: { ...ballot.notes, '1': 'ghi nhầm' } } : ballot,
      );
      const judged = await auditBatch({ head, auditor: counter3 }, batch.id, audited, (difference) =>
        difference.field === 'note:1' ? 'auditWrong' : 'verifiedWrong',
      );
      expect(judged).toEqual(['1 note:1', '4 answer:7']);

      // Per session (the default): keyer 1's two sessions apart, keyer 2's one, the audit's sample on its own.
      const bySession = await head.ok('counting.operatorStats', { campaignId: campaign.id });
      expect(bySession.map(figures)).toEqual([
        expected('kiemphieu1', 4, { resolutions: 2, audit: 1 }),
        expected('kiemphieu1', 2, {}),
        expected('kiemphieu2', 6, { returns: 1, audit: 1 }),
        expected('kiemphieu3', 4, { audit: 1 }),
      ]);
      expect(bySession.map((row) => [row.sessionId === null, row.day, row.startedAt])).toEqual([
        [false, null, '2024-05-16T02:00:00.000Z'],
        [false, null, '2024-05-16T23:30:00.000Z'],
        [false, null, '2024-05-16T02:00:00.000Z'],
        [true, null, '2024-05-16T23:30:00.000Z'],
      ]);
      expect(bySession[0]!.sessionId).not.toBe(bySession[1]!.sessionId);
      expect(bySession[0]!.sessionId).toBe(counter1.session.id);
      expect(bySession[2]!.sessionId).toBe(counter2.session.id);
      // Keystrokes per hour without pauses: 17 keystrokes in 4 s of keying per ballot.
      expect(bySession[0]).toMatchObject({ keystrokes: 68, activeHours: 0.0044, keystrokesPerHour: 15_300 });
      // The audit's rates: 1 in 128 fields.
      expect(bySession[3]!.errorsPerThousandFields).toEqual({ resolutions: 0, returns: 0, audit: 7.813, total: 7.813 });

      // Per day, Việt Nam's calendar: keyer 2's session falls on two days.
      const byDay = await head.ok('counting.operatorStats', { campaignId: campaign.id, groupBy: 'day' });
      expect(byDay.map((row) => [row.day, figures(row)])).toEqual([
        ['2024-05-16', expected('kiemphieu1', 4, { resolutions: 2, audit: 1 })],
        ['2024-05-17', expected('kiemphieu1', 2, {})],
        ['2024-05-16', expected('kiemphieu2', 4, { returns: 1, audit: 1 })],
        ['2024-05-17', expected('kiemphieu2', 2, {})],
        ['2024-05-17', expected('kiemphieu3', 4, { audit: 1 })],
      ]);
      expect(byDay.every((row) => row.sessionId === null)).toBe(true);

      // For the campaign: one row per keyer.
      const byCampaign = await head.ok('counting.operatorStats', { campaignId: campaign.id, groupBy: 'campaign' });
      expect(byCampaign.map(figures)).toEqual([
        expected('kiemphieu1', 6, { resolutions: 2, audit: 1 }),
        expected('kiemphieu2', 6, { returns: 1, audit: 1 }),
        expected('kiemphieu3', 4, { audit: 1 }),
      ]);
      expect(byCampaign[0]!.errorsPerThousandFields).toEqual({
        resolutions: 10.417,
        returns: 0,
        audit: 5.208,
        total: 15.625,
      });
      expect(byCampaign.every((row) => row.sessionId === null && row.day === null)).toBe(true);

      // The export holds the rows shown, Vietnamese headers, each error source as a count and a rate.
      const xlsx = await head.ok('counting.exportOperatorStats', {
        campaignId: campaign.id,
        groupBy: 'day',
        format: 'xlsx',
      });
      expect(xlsx.fileName).toMatch(/-thong-ke-nguoi-nhap-theo-ngay-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const sheet = await sheetRows(xlsx.contentBase64);
      expect(sheet[0]).toEqual([
        'Người nhập',
        'Ngày',
        'Số phiếu',
        'Phím/giờ',
        'Số ô đã đối chiếu',
        'Lỗi khi xử lý chỗ khác nhau — số lỗi',
        'Lỗi khi xử lý chỗ khác nhau — trên 1.000 ô',
        'Lỗi khi nhập lại ô được trả về — số lỗi',
        'Lỗi khi nhập lại ô được trả về — trên 1.000 ô',
        'Lỗi qua kiểm tra chất lượng — số lỗi',
        'Lỗi qua kiểm tra chất lượng — trên 1.000 ô',
        'Tổng số lỗi — số lỗi',
        'Tổng số lỗi — trên 1.000 ô',
      ]);
      expect(sheet.slice(1)).toEqual(
        byDay.map((row) => [
          row.userLogin,
          `${row.day!.slice(8)}/${row.day!.slice(5, 7)}/${row.day!.slice(0, 4)}`,
          row.ballots,
          row.keystrokesPerHour,
          row.fieldsCompared,
          ...(['resolutions', 'returns', 'audit', 'total'] as const).flatMap((source) => [
            row.errors[source],
            row.errorsPerThousandFields[source],
          ]),
        ]),
      );
      expect(sheet[1]!.slice(0, 2)).toEqual(['kiemphieu1', '16/05/2024']);

      // CSV: the same table, ';' and decimal commas as a Vietnamese Excel reads them.
      const csv = await head.ok('counting.exportOperatorStats', {
        campaignId: campaign.id,
        groupBy: 'session',
        format: 'csv',
      });
      const table = parseCsv(
        Buffer.from(csv.contentBase64, 'base64')
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
        ';',
      );
      expect(table[0]!.slice(0, 3)).toEqual(['Người nhập', 'Phiên (bắt đầu lúc)', 'Số phiếu']);
      expect(table.slice(1).map((cells) => cells.join(' | '))).toEqual([
        'kiemphieu1 | 16/05/2024 09:00 | 4 | 15300 | 128 | 2 | 15,625 | 0 | 0 | 1 | 7,813 | 3 | 23,438',
        'kiemphieu1 | 17/05/2024 06:30 | 2 | 15300 | 64 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
        'kiemphieu2 | 16/05/2024 09:00 | 6 | 15300 | 192 | 0 | 0 | 1 | 5,208 | 1 | 5,208 | 2 | 10,417',
        'kiemphieu3 | Nhập mẫu kiểm tra, 17/05/2024 06:30 | 4 | 15300 | 128 | 0 | 0 | 0 | 0 | 1 | 7,813 | 1 | 7,813',
      ]);
      const logged = await head.ok('audit.list', { event: 'keyerStatistics.exported' });
      expect(logged.entries.map((entry) => entry.details)).toEqual([
        { campaignId: campaign.id, groupBy: 'session', format: 'csv', rows: 4 },
        { campaignId: campaign.id, groupBy: 'day', format: 'xlsx', rows: 5 },
      ]);

      // Bad input changes nothing and says so; keyers see no statistics.
      for (const input of [
        { campaignId: campaign.id, groupBy: 'week' },
        { campaignId: campaign.id, groupBy: 'day', format: 'pdf' },
        { campaignId: campaign.id, format: 'xlsx', extra: true },
      ])
        expect(await head.code('counting.exportOperatorStats', input)).toBe('INVALID_INPUT');
      expect(await head.code('counting.operatorStats', { campaignId: campaign.id, groupBy: 'week' })).toBe(
        'INVALID_INPUT',
      );
      expect(
        await head.code('counting.exportOperatorStats', {
          campaignId: '00000000-0000-4000-8000-000000000000',
          groupBy: 'day',
          format: 'csv',
        }),
      ).toBe('NOT_FOUND');
      expect(await counter1.code('counting.exportOperatorStats', { campaignId: campaign.id, format: 'csv' })).toBe(
        'FORBIDDEN',
      );
      expect((await head.ok('audit.list', { event: 'keyerStatistics.exported' })).entries).toHaveLength(2);
      core.shutdown();
    },
  );

  it('counts a field once when a keyer changed it and the head still settled it against them, and lets the audit overrule a wrong settlement', async () => {
    const { core, campaign, head, counter1, counter2, counter3, school } = await openCampaign(
      temp(),
      2,
      {},
      { auditSampleSize: 8 },
    );
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
    const [first, second] = paper as [ValidBallot, ValidBallot];
    // Ballot 1: keyer 1 reads row 1 as 2 (the paper has 1); keyer 2 reads the note beside row 2 wrong.
    // Ballot 2: the prestige (paper 2) as 1 and 4; row 2 (paper 2) right by keyer 1, as 3 by keyer 2.
    await keyBatch(counter1, batch.id, [mark(first, 1, 2), { ...second, prestige: 1 }]);
    await keyBatch(counter2, batch.id, [
      { ...first, notes: { '2': 'Chưa sâu' } },
      { ...mark(second, 2, 3), prestige: 4 },
    ]);
    const differences = await differencesOf(head, batch.id);
    expect(differences.map(({ position, field }) => `${position} ${field}`)).toEqual([
      '1 answer:1',
      '1 note:2',
      '2 answer:2',
      '2 prestige',
    ]);
    const [rowOne, note, rowTwo, prestige] = differences as [(typeof differences)[number], ...typeof differences];

    // Both fields of ballot 1 go back to keyer 2: row 1 stays as it was (keyer 2 was right), the note
    // is changed — and still wrong.
    await head.ok('counting.returnToKeyer', { batchId: batch.id, pass: 2, differenceIds: [rowOne.id, note!.id] });
    const sentBack = await counter2.ok('counting.returnedFields', { batchId: batch.id });
    await counter2.ok('counting.answerReturn', {
      returnId: sentBack.returnId,
      values: [
        { differenceId: rowOne.id, value: 1 },
        { differenceId: note!.id, value: 'Chưa sát' },
      ],
    });
    const again = await differencesOf(head, batch.id);
    expect(again.map(({ position, field, resolved }) => [`${position} ${field}`, resolved])).toEqual([
      ['1 answer:1', false],
      ['1 note:2', false],
      ['2 answer:2', false],
      ['2 prestige', false],
    ]);
    // The paper decides: row 1 is keyer 2's, the note keyer 1's. On ballot 2 the head errs twice:
    // keeps keyer 2's row 2 (3) and re-keys the prestige as 3 (the paper has 2).
    await head.ok('counting.resolveDifference', { batchId: batch.id, differenceId: again[0]!.id, choice: 'pass2' });
    await head.ok('counting.resolveDifference', { batchId: batch.id, differenceId: again[1]!.id, choice: 'pass1' });
    await head.ok('counting.resolveDifference', { batchId: batch.id, differenceId: rowTwo!.id, choice: 'pass2' });
    await head.ok('counting.resolveDifference', {
      batchId: batch.id,
      differenceId: prestige!.id,
      choice: 'rekey',
      value: 3,
    });

    // The audit keyer keys the paper right: both of the head's values are found wrong.
    const judged = await auditBatch({ head, auditor: counter3 }, batch.id, [first, second], () => 'verifiedWrong');
    expect(judged).toEqual(['2 answer:2', '2 prestige']);

    // Keyer 1: row 1 of ballot 1 (settled), the prestige of ballot 2 (1, not the paper's 2). Cleared of
    // row 2 of ballot 2, which the head had settled against them.
    // Keyer 2: the note changed when sent back — once, though the head then settled it against them;
    // row 2 of ballot 2, kept by the head and found by the audit; the prestige (4).
    // The head's own re-keyed prestige (3) is no keyer's error.
    const stats = await head.ok('counting.operatorStats', { campaignId: campaign.id, groupBy: 'campaign' });
    expect(stats.map(figures)).toEqual([
      expected('kiemphieu1', 2, { resolutions: 2 }),
      expected('kiemphieu2', 2, { returns: 1, resolutions: 1, audit: 1 }),
      expected('kiemphieu3', 2, {}),
    ]);
    core.shutdown();
  });

  it('counts a ballot compared whole as one field: invalid in both keyings, or valid in one only', async () => {
    const { core, campaign, head, counter1, counter2, school } = await openCampaign(temp());
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
    const blank = { valid: false as const, invalidReason: 'blank' as const, invalidText: '' };
    // Ballot 2 is valid on paper; keyer 1 took it for a blank one. Ballot 3 is blank, as both keyed it.
    await keyBatch(counter1, batch.id, [paper[0]!, blank, blank]);
    await keyBatch(counter2, batch.id, [paper[0]!, paper[1]!, blank]);
    const [whole] = await differencesOf(head, batch.id);
    expect(whole).toMatchObject({ position: 2, field: 'ballot' });
    expect(
      await head.ok('counting.resolveDifference', { batchId: batch.id, differenceId: whole!.id, choice: 'pass2' }),
    ).toMatchObject({ verified: true });

    // Each keyer: ballot 1 field by field (32), ballots 2 and 3 whole (1 each).
    const stats = await head.ok('counting.operatorStats', { campaignId: campaign.id, groupBy: 'campaign' });
    expect(stats.map((row) => [row.userLogin, row.ballots, row.fieldsCompared, row.errors])).toEqual([
      ['kiemphieu1', 3, 34, { resolutions: 1, returns: 0, audit: 0, total: 1 }],
      ['kiemphieu2', 3, 34, { resolutions: 0, returns: 0, audit: 0, total: 0 }],
    ]);
    expect(stats[0]!.errorsPerThousandFields.total).toBe(29.412);
    core.shutdown();
  });
});
