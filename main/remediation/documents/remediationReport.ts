import { formatVietnameseDate } from '../../../shared/campaigns/calendar';
import { remediationStatusLabels, type RemediationDistrict } from '../../../shared/remediation/remediationSchemas';
import { fileNamePart } from '../../../shared/text/fileNames';
import { getCampaign } from '../../campaigns';
import { basisHtml, campaignHeading, compilingIssuer, type CampaignHeading } from '../../results';
import { type DocumentSource, documentWithoutCharts, escapeHtml, partyDocument } from '../../print';
import { campaignPeople, lowPrestige, needsPlan } from '../remediationViews';
import { district } from '../yearOverYear';

/**
 * Báo cáo tình hình xây dựng, thực hiện kế hoạch khắc phục (issue 18): after a campaign, for the
 * Standing Committee — how many had to remedy, where each plan stands on a day, and what changed
 * against last year. A person appears with the row numbers of their flagged criteria only, never
 * their shares: the shares stay in the result report and the notice.
 */

export interface ReportRow {
  readonly subjectName: string;
  readonly positions: readonly string[];
  readonly unitName: string;
  readonly flagged: readonly number[];
  readonly lowPrestige: boolean;
  readonly submittedOn: string | null;
  readonly measures: number;
  readonly overdueMeasures: number;
  readonly status: keyof typeof remediationStatusLabels;
}

export interface RemediationReportInput {
  readonly campaign: CampaignHeading;
  readonly date: string;
  readonly asOf: string;
  readonly district: RemediationDistrict;
  readonly rows: readonly ReportRow[];
}

const cell = (text: string | number, className = '') =>
  `<td${className ? ` class="${className}"` : ''}>${escapeHtml(String(text))}</td>`;

function standingHtml({ district: view, asOf }: RemediationReportInput): string {
  const counts = (['submitted', 'inProgress', 'done', 'overdue', 'notSubmitted'] as const)
    .map((status) => `${remediationStatusLabels[status].vi.toLocaleLowerCase('vi')}: ${view.byStatus[status]}`)
    .join('; ');
  return `<p>Đến ngày ${escapeHtml(formatVietnameseDate(asOf))}: ${view.sealed} người được góp ý đã niêm phong kết quả; ${
    view.needingPlans
  } người có nội dung được góp ý cần khắc phục hoặc uy tín thấp phải xây dựng kế hoạch khắc phục.</p>
<p>Tình hình kế hoạch khắc phục — ${escapeHtml(counts)}. Số biện pháp quá hạn chưa thực hiện: ${view.overdueMeasures}.</p>`;
}

function rowsHtml(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return '<p>Không có người nào phải xây dựng kế hoạch khắc phục.</p>';
  const body = rows.map(
    (row, index) =>
      `<tr>${[
        cell(index + 1, 'number'),
        cell(row.subjectName),
        cell(row.positions.join('; ')),
        cell(row.unitName),
        cell([row.flagged.join(', '), row.lowPrestige ? 'uy tín thấp' : ''].filter(Boolean).join('; ') || '–'),
        cell(row.submittedOn ? formatVietnameseDate(row.submittedOn) : '–'),
        cell(row.measures, 'number'),
        cell(row.overdueMeasures, 'number'),
        cell(remediationStatusLabels[row.status].vi),
      ].join('')}</tr>`,
  );
  return `<table class="remediation-people"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Đơn vị</th><th>Nội dung được góp ý cần khắc phục</th><th>Ngày nộp kế hoạch</th><th>Số biện pháp</th><th>Quá hạn</th><th>Tình trạng</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table>`;
}

function changesHtml(view: RemediationDistrict): string {
  if (!view.previousCampaign) return '<p>Chưa có đợt lấy ý kiến năm trước để so sánh.</p>';
  const rows = view.criteria.map(
    (criterion) =>
      `<tr>${[
        cell(criterion.text),
        cell(criterion.flaggedLastYear, 'number'),
        cell(criterion.flaggedThisYear, 'number'),
        cell(criterion.inPlans, 'number'),
        cell(criterion.improved, 'number'),
        cell(criterion.worsened, 'number'),
      ].join('')}</tr>`,
  );
  return `<p>So với ${escapeHtml(view.previousCampaign.name)} (năm ${view.previousCampaign.year}); số người theo từng nội dung. Tiến bộ, giảm sút: trong số người được góp ý cả hai năm mà năm trước nội dung đó cần khắc phục.${
    view.pendingMatches > 0
      ? ` Còn ${view.pendingMatches} người chưa xác nhận là cùng một người với năm trước, chưa tính.`
      : ''
  }</p>
<table class="remediation-criteria"><thead><tr><th>Nội dung</th><th>Cần khắc phục năm trước</th><th>Cần khắc phục năm nay</th><th>Có trong kế hoạch khắc phục</th><th>Tiến bộ</th><th>Giảm sút</th></tr></thead>
<tbody>${rows.join('\n') || '<tr><td colspan="6">Không có nội dung nào cần khắc phục trong hai năm.</td></tr>'}</tbody></table>`;
}

export function remediationReportHtml(input: RemediationReportInput): string {
  const sections = [
    { heading: 'TÌNH HÌNH CHUNG', html: standingHtml(input) },
    { heading: 'DANH SÁCH NGƯỜI ĐƯỢC GÓP Ý PHẢI KHẮC PHỤC', html: rowsHtml(input.rows) },
    { heading: 'CHUYỂN BIẾN SO VỚI NĂM TRƯỚC', html: changesHtml(input.district) },
  ];
  const numerals = ['I', 'II', 'III'];
  return partyDocument({
    issuingBody: compilingIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'BÁO CÁO TÌNH HÌNH XÂY DỰNG, THỰC HIỆN KẾ HOẠCH KHẮC PHỤC',
    subtitle: `Sau ${input.district.campaign.name}`,
    bodyHtml: [
      basisHtml(input.campaign),
      ...sections.map(
        (section, index) => `<h2 class="section-heading">${numerals[index]}. ${section.heading}</h2>\n${section.html}`,
      ),
    ].join('\n'),
  });
}

/** The people who had to remedy (a criterion flagged or low prestige), or who handed in a plan anyway. */
export function reportRows(people: ReturnType<typeof campaignPeople>): ReportRow[] {
  return people.flatMap(({ contest, tally, plan, state }) =>
    tally && (needsPlan(tally) || plan)
      ? [
          {
            subjectName: contest.subjectName,
            positions: contest.positions,
            unitName: contest.unitName,
            flagged: tally.criteria.filter((criterion) => criterion.flagged).map((criterion) => criterion.number),
            lowPrestige: lowPrestige(tally),
            submittedOn: plan?.submittedOn ?? null,
            measures: state.measures.length,
            overdueMeasures: state.measures.filter((measure) => measure.overdue).length,
            status: state.status,
          },
        ]
      : [],
  );
}

export const remediationReportSource: DocumentSource<'remediationReport'> = (db, { campaignId, asOf }, today) => {
  const day = asOf ?? today;
  const people = campaignPeople(db, campaignId, day);
  const campaign = getCampaign(db, campaignId);
  return documentWithoutCharts(
    `Báo cáo kế hoạch khắc phục — ${campaign.name}`,
    `bao-cao-khac-phuc-${fileNamePart(campaign.name, 'dot-lay-y-kien')}.pdf`,
    remediationReportHtml({
      campaign: campaignHeading(campaign),
      date: today,
      asOf: day,
      district: district(db, campaignId, day, people),
      rows: reportRows(people),
    }),
  );
};
