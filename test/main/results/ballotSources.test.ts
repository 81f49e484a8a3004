import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { warningRules } from '../../../shared/counting/reconciliation';
import type { Printable } from '../../../shared/print/printables';
import { ballotLines, keyBatch, openCampaign, recordCounts, schoolBallot } from '../../helpers/testCounting';
import type { TestClient } from '../../helpers/testCore';
import { googleFormsCsv, upload } from '../../helpers/testSurvey';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** Six paper ballots keyed at the desk: five valid, one left blank. */
const paper: BallotEntry[] = [
  ...Array.from({ length: 5 }, () => schoolBallot('112211221122112', 1)),
  { valid: false, invalidReason: 'blank', invalidText: '' },
];

/** The conference and counts of `returned` ballots, `blank` of them invalid, then closes once every warning is acknowledged. */
async function countAndClose(
  head: TestClient,
  contest: { id: string; unitId: string },
  returned: number,
  blank: number,
  notReturned = 0,
) {
  await recordCounts(head, contest, { valid: returned - blank, blank, notReturned });
  const lines = await head.ok('counting.reconciliation', { contestId: contest.id });
  const warnings = lines.filter((line) => !line.ok && !line.acknowledged).map((line) => line.rule);
  for (const rule of warningRules.filter((warning) => warnings.includes(warning)))
    await head.ok('counting.acknowledgeWarning', {
      contestId: contest.id,
      rule,
      reason: 'Đã kiểm tra lại với Ban kiểm phiếu',
    });
  await head.ok('counting.close', { contestId: contest.id });
}

/** Two counters key the same paper, so the batch is verified. */
async function keyPaper(people: { counter1: TestClient; counter2: TestClient }, contestId: string) {
  const batch = await people.counter1.ok('counting.createBatch', { contestId, label: 'Hòm phiếu 1' });
  await keyBatch(people.counter1, batch.id, paper);
  await keyBatch(people.counter2, batch.id, paper);
}

const preview = async (head: TestClient, document: Printable) => (await head.ok('print.preview', { document })).html;

describe('ballots by source beside the tally and in the prints (issue 19, point 4)', () => {
  const temp = useTempDirectories();

  it(
    'paper keyed twice, the kiosk, a Google Forms export and JSON lines: the sources add up to the tally, and the prints say so',
    { timeout: 120_000 },
    async () => {
      const { core, head, counter1, counter2, school, contests, admin } = await openCampaign(temp());
      try {
        await keyPaper({ counter1, counter2 }, school.id);
        const file = upload('Phiếu góp ý THCS Ngọc Lâm (Câu trả lời).csv', googleFormsCsv);
        const { mapping } = await head.ok('counting.surveyColumns', { contestId: school.id, file });
        await head.ok('counting.importSurvey', { contestId: school.id, file, mapping });
        const blankLine = JSON.stringify({
          contest: school.id,
          ballot: randomUUID(),
          valid: false,
          invalidReason: 'blank',
        });
        const lines = `${ballotLines(school.id, ['1111111111111111', '2222222222222222', '1212121212121212'])}\n${blankLine}`;
        await head.ok('counting.importBallots', { contestId: school.id, fileName: 'phieu.jsonl', text: lines });
        // Three codes for the kiosk: two voters cast, one slip is not used.
        const { codes } = await head.ok('kiosk.issueCodes', { unitId: school.unitId, count: 3 });
        for (const code of codes.slice(0, 2))
          await counter1.ok('kiosk.cast', {
            unitId: school.unitId,
            code,
            ballots: [{ contestId: school.id, ballot: schoolBallot('111111111111111', 1) }],
          });
        const open = await head.ok('counting.reconciliation', { contestId: school.id });
        expect(open.find((line) => line.rule === 'R07')).toMatchObject({ ok: false });
        await head.ok('kiosk.close', { unitId: school.unitId });
        await countAndClose(head, school, 22, 2, 1);
        // Codes beside paper: 23 issued = 3 codes + 20 paper; 22 returned = 2 codes used + 20 paper.
        const r07 = (await head.ok('counting.reconciliation', { contestId: school.id })).find(
          (line) => line.rule === 'R07',
        )!;
        expect(r07.ok).toBe(true);
        expect(r07.explanation.vi).toBe(
          'Phiếu điện tử: mã phát ra 3, mã đã dùng 2; phiếu giấy: phát ra 20, thu về 20. Máy đã đóng.',
        );

        const { tally, sources } = await head.ok('results.tally', { contestId: school.id });
        expect(sources).toEqual({
          paper: { valid: 5, invalid: 1 },
          electronic: {
            valid: 15,
            invalid: 1,
            parts: [
              { kind: 'kiosk', tool: null, valid: 2, invalid: 0 },
              { kind: 'ballotLines', tool: null, valid: 3, invalid: 1 },
              { kind: 'survey', tool: 'googleForms', valid: 10, invalid: 0 },
            ],
          },
          total: { valid: 20, invalid: 2 },
        });
        expect(sources.total).toEqual({ valid: tally.ballots.valid, invalid: tally.ballots.invalid });
        expect(sources.paper.valid + sources.electronic.valid).toBe(tally.ballots.valid);
        expect(sources.paper.invalid + sources.electronic.invalid).toBe(tally.ballots.invalid);
        // The administrator reads the same sources (access as the tally); the sealed result holds none of it.
        expect((await admin.ok('results.tally', { contestId: school.id })).sources).toEqual(sources);
        const seal = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-2023-017' });
        const canonical = await head.ok('results.canonical', { sealId: seal.id });
        expect(canonical.json).not.toContain('electronic');
        expect((await head.ok('results.tally', { contestId: school.id })).sources).toEqual(sources);

        const sentence =
          'Trong đó: phiếu giấy 6 phiếu (5 hợp lệ, 1 không hợp lệ); phiếu điện tử 16 phiếu (15 hợp lệ, 1 không hợp lệ), ' +
          'gồm 2 phiếu bỏ tại máy bỏ phiếu điện tử bằng mã dùng một lần, 4 phiếu nhập từ tệp dữ liệu phiếu (JSON lines) ' +
          'và 10 phiếu nhập từ công cụ khảo sát Google Biểu mẫu (Google Forms).';
        const report = await preview(head, { kind: 'resultReport', contestId: school.id });
        expect(report.includes(sentence)).toBe(true);
        const minutes = await preview(head, { kind: 'countingMinutes', unitId: school.unitId });
        expect(minutes.includes(sentence)).toBe(true);

        // A contest counted on paper alone: all paper, and its prints say nothing of sources.
        const saiDong = contests.find((contest) => contest.unitName === 'THCS Sài Đồng')!;
        await keyPaper({ counter1, counter2 }, saiDong.id);
        await countAndClose(head, saiDong, 6, 1);
        expect((await head.ok('results.tally', { contestId: saiDong.id })).sources).toEqual({
          paper: { valid: 5, invalid: 1 },
          electronic: { valid: 0, invalid: 0, parts: [] },
          total: { valid: 5, invalid: 1 },
        });
        const paperPrints: Printable[] = [
          { kind: 'resultReport', contestId: saiDong.id },
          { kind: 'countingMinutes', unitId: saiDong.unitId },
        ];
        for (const document of paperPrints) {
          const html = await preview(head, document);
          // Booleans rather than the whole page in a failure: a printed page embeds its charts.
          expect(html.includes('hợp lệ')).toBe(true);
          expect(html.includes('Trong đó: phiếu giấy')).toBe(false);
          expect(html.includes('ballot-sources')).toBe(false);
        }
      } finally {
        core.shutdown();
      }
    },
  );
});
