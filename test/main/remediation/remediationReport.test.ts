import { describe, expect, it } from 'vitest';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { schoolBallots, sealContest, twoYears } from '../../helpers/testRemediation';

/** The document's text: tags dropped, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('remediation report: where the plans stand after a campaign, and the change on last year', () => {
  const temp = useTempDirectories();

  it('lists who must remedy with their flagged rows, plan and status, and the criteria against last year', async () => {
    const { core, admin, head, school, nextSchool, campaign, next } = await twoYears(temp());
    await admin.ok('remediation.savePlan', {
      contestId: school.id,
      source: 'paper',
      submittedOn: '2023-06-10',
      measures: [1, 2].map((criterionNumber) => ({
        criterionNumber,
        measures: 'Kiểm điểm trước chi bộ',
        deadline: '2023-09-30',
        checker: 'Chi ủy',
      })),
    });
    const lastYear = textOf(
      (
        await head.ok('print.preview', {
          document: { kind: 'remediationReport', campaignId: campaign.id, asOf: '2023-10-01' },
        })
      ).html,
    );
    expect(lastYear).toContain('BÁO CÁO TÌNH HÌNH XÂY DỰNG, THỰC HIỆN KẾ HOẠCH KHẮC PHỤC');
    expect(lastYear).toContain('BAN TUYÊN GIÁO');
    expect(lastYear).toContain('Đến ngày 01/10/2023: 1 người được góp ý đã niêm phong kết quả; 1 người');
    expect(lastYear).toContain('quá hạn: 1');
    expect(lastYear).toMatch(/1 Dương Văn Khải Bí thư Chi bộ; Hiệu trưởng THCS Ngọc Lâm 1, 2 10\/06\/2023 2 2 Quá hạn/);
    expect(lastYear).toContain('Chưa có đợt lấy ý kiến năm trước để so sánh.');
    // The shares stay in the result report and the notice.
    expect(lastYear).not.toContain('30,00');

    await sealContest(head, nextSchool, schoolBallots({ 1: 2, 2: 8 }), 'NP-2024-01');
    const thisYear = textOf(
      (await head.ok('print.preview', { document: { kind: 'remediationReport', campaignId: next.id } })).html,
    );
    expect(thisYear).toMatch(/1 Dương Văn Khải .* THCS Ngọc Lâm 2 – 0 0 Chưa nộp/);
    expect(thisYear).toContain(`So với ${campaign.name} (năm 2023)`);
    // Criterion 2: flagged both years, in the plan, worsened; criterion 1: flagged last year only, in the plan, improved.
    expect(thisYear).toMatch(/ 1 1 1 0 1 /);
    expect(thisYear).toMatch(/ 1 0 1 1 0 /);
    core.shutdown();
  });
});
