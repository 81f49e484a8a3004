import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import { flatten, hasPdfTools, keepAndRead } from '../../helpers/pdfText';
import { ballotLines, closedContest, countContest } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn(
    '[privacy] SKIPPED the district summary PDF check: it needs pdftotext (poppler-utils) and a Chromium-family browser',
  );

/**
 * Phúc Đồng has 4 valid ballots: one marks every row "1", three mark every row "4" (prestige too).
 * Its own figures are 25,00 % good or better, 75,00 % low and 75,00 % low prestige; nothing else
 * in the campaign has those figures (Ngọc Lâm: 94,00 %, 4,00 %, 10,00 %), so finding them anywhere
 * in an aggregate means the floor leaked.
 */
async function campaignWithFourBallotContest(dataDirectory: string) {
  const opened = await closedContest(dataDirectory);
  const phucDong = opened.contests.find((contest) => contest.unitName === 'THCS Phúc Đồng')!;
  await countContest(
    opened.head,
    phucDong,
    ballotLines(phucDong.id, ['1111111111111111', '4444444444444444', '4444444444444444', '4444444444444444']).split(
      '\n',
    ),
    { valid: 4, identifying: 0 },
  );
  await opened.head.ok('counting.close', { contestId: phucDong.id });
  return { ...opened, phucDong };
}

const phucDongFigures = /\b(25|75)[,.]00\b/;

describe('privacy floors in every aggregate, export and print', () => {
  const temp = useTempDirectories();

  it('a 4-ballot contest adds nothing to the unit, unit type, district, ranking, criteria lists or exports', async () => {
    const { core, head, campaign, school, phucDong } = await campaignWithFourBallotContest(temp());
    try {
      const results = await head.ok('results.campaign', { campaignId: campaign.id });
      // The district is Ngọc Lâm alone, to the hundredth: Phúc Đồng moved none of its figures.
      const ngocLam = results.contests.find((row) => row.contestId === school.id)!;
      expect(results.district).toMatchObject({
        contests: 2,
        suppressed: 1,
        goodOrBetter: ngocLam.goodOrBetter,
        lowShare: ngocLam.lowShare,
        prestigeLowShare: ngocLam.prestigeLowShare,
        flaggedCriteria: ngocLam.flaggedCriteria,
      });
      expect(results.byUnitType).toEqual([expect.objectContaining({ goodOrBetter: ngocLam.goodOrBetter })]);
      expect(results.byUnit.find((row) => row.label === 'THCS Phúc Đồng')).toMatchObject({
        goodOrBetter: null,
        lowShare: null,
        flaggedCriteria: null,
        prestigeLowShare: null,
      });
      expect(results.ranking.map((row) => row.contestId)).toEqual([school.id]);
      expect(results.bottomCriteria.every((row) => row.lowShare !== 7500)).toBe(true);
      expect(results.contests.find((row) => row.contestId === phucDong.id)).toMatchObject({
        fewBallots: true,
        goodOrBetter: null,
      });

      for (const view of ['contests', 'byUnit', 'byUnitType', 'ranking'] as const) {
        const csv = await head.ok('results.export', { campaignId: campaign.id, view, format: 'csv' });
        const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
        expect(text, view).not.toMatch(phucDongFigures);
      }
      const criteria = await head.ok('results.export', { campaignId: campaign.id, view: 'criteria', format: 'csv' });
      const rows = Buffer.from(criteria.contentBase64, 'base64').toString('utf8').split('\r\n');
      const phucDongRows = rows.filter((row) => row.includes('THCS Phúc Đồng'));
      expect(phucDongRows).toHaveLength(15);
      for (const row of phucDongRows) expect(row).toMatch(/;;;;;;;;;;;;;Dưới 5 phiếu hợp lệ: không công bố$/);

      // The history of the same person shows no figures for a year under the floor.
      const history = await head.ok('results.history', { contestId: phucDong.id });
      expect(history.rows[0]).toMatchObject({ goodOrBetter: null, lowShare: null, prestigeLowShare: null });
    } finally {
      core.shutdown();
    }
  });

  it('a row every voter marked alike is named on the screen answer and in the report', async () => {
    const { core, head, school } = await closedContest(temp());
    try {
      // Criterion 4 was "Tốt" on all 20 ballots of Ngọc Lâm.
      const answer = await head.ok('results.tally', { contestId: school.id });
      expect(answer.privacy).toMatchObject({ unanimousCriteria: [4], unanimousPrestige: false });
      const report = await head.ok('print.preview', { document: { kind: 'resultReport', contestId: school.id } });
      expect(report.html).toContain('mọi phiếu hợp lệ đều chọn cùng một mức ở nội dung 4,');
    } finally {
      core.shutdown();
    }
  });

  it.skipIf(!canPrint)(
    'the district summary PDF, read back with pdftotext, holds none of the 4-ballot contest’s percentages',
    { timeout: 120_000 },
    async () => {
      const { core, head, campaign } = await campaignWithFourBallotContest(temp());
      try {
        const { pdfBase64 } = await head.ok('print.pdf', {
          document: { kind: 'districtSummary', campaignId: campaign.id },
        });
        const text = flatten(keepAndRead('privacy-bao-cao-tong-hop', Buffer.from(pdfBase64, 'base64')));
        expect(text).toContain('THCS Phúc Đồng');
        expect(text).toContain('94,00%');
        expect(text).not.toMatch(phucDongFigures);
        expect(text).toContain('Không xếp thứ tự 1 người có dưới 5 phiếu hợp lệ');
        expect(text).toContain('Không tính vào tỷ lệ những người có dưới 5 phiếu hợp lệ');
      } finally {
        core.shutdown();
      }
    },
  );
});
