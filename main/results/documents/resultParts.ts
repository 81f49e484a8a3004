import { formatVietnameseDate } from '../../../shared/campaigns/calendar';
import type { Campaign } from '../../../shared/campaigns/campaignSchemas';
import type { Conference, ContestCountsInput } from '../../../shared/counting/countingSchemas';
import { invalidReasonLabels, invalidReasons } from '../../../shared/counting/ballot';
import type { ContestTally } from '../../../shared/results/resultSchemas';
import { shareText } from '../../../shared/results/shareText';
import { escapeHtml, type Signatures } from '../../print';

/** Pieces the result documents share: the campaign's heading, the counts, the committee. */

export interface CampaignHeading {
  readonly name: string;
  /** "167-KH/QU", or empty. */
  readonly planNumber: string;
  /** YYYY-MM-DD */
  readonly planDate: string;
  /** The body that runs the campaign, e.g. "Ban Thường vụ Quận ủy Long Biên". */
  readonly issuingBody: string;
  /** Written before the date, e.g. "Long Biên". */
  readonly locality: string;
}

/** What a result document says of its campaign. */
export function campaignHeading(campaign: Campaign): CampaignHeading {
  return {
    name: campaign.name,
    planNumber: campaign.planNumber,
    planDate: campaign.planDate,
    issuingBody: campaign.issuingBody,
    locality: campaign.locality,
  };
}

/** Left for a person to write in by hand when the app does not know it. */
export const handDots = '……………………';

/** The committee issues the minutes under the body that runs the campaign (36-HD/VPTW: upper body, then issuer). */
export function committeeIssuer(campaign: CampaignHeading): string[] {
  return [...(campaign.issuingBody.trim() ? [campaign.issuingBody.trim().toUpperCase()] : []), 'BAN KIỂM PHIẾU'];
}

/**
 * The body that compiles the district's results (Ban Tuyên giáo, plan 167-KH/QU: "tổng hợp kết
 * quả … tổng hợp chung toàn Quận"), under the district's committee: "Ban Thường vụ Quận ủy Long
 * Biên" → ["QUẬN ỦY LONG BIÊN", "BAN TUYÊN GIÁO"].
 */
export function compilingIssuer(campaign: CampaignHeading): string[] {
  const committee = campaign.issuingBody.trim().replace(/^ban\s+(thường\s+vụ|tuyên\s+giáo)\s+/i, '');
  return [...(committee ? [committee.toUpperCase()] : []), 'BAN TUYÊN GIÁO'];
}

export function basisHtml(campaign: CampaignHeading): string {
  const plan = campaign.planNumber.trim()
    ? `Kế hoạch số ${escapeHtml(campaign.planNumber.trim())} ngày ${formatVietnameseDate(campaign.planDate)}`
    : 'Kế hoạch';
  const of = campaign.issuingBody.trim() ? ` của ${escapeHtml(campaign.issuingBody.trim())}` : '';
  return `<p>Thực hiện ${plan}${of} về “${escapeHtml(campaign.name)}”,</p>`;
}

/** "ngày 17 tháng 05 năm 2023" */
export function spelledDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "Nguyễn Văn A – Bí thư Chi bộ, Hiệu trưởng" */
export function subjectLine(tally: Pick<ContestTally, 'subjectName' | 'positions'>): string {
  const positions = tally.positions.filter((position) => position.trim());
  return `${escapeHtml(tally.subjectName)}${positions.length ? ` – ${escapeHtml(positions.join(', '))}` : ''}`;
}

export interface Committee {
  readonly head: string | null;
  readonly members: string[];
}

/** The counting committee of a conference: its head, then the others in the order recorded. */
export function committeeOf(conference: Conference | null): Committee {
  const committee = conference?.committee ?? [];
  return {
    head: committee.find((member) => member.role === 'head')?.name ?? null,
    members: committee.filter((member) => member.role !== 'head').map((member) => member.name),
  };
}

/** The members' lines to sign on: their names, or two blank lines to fill in by hand. */
export function memberLines(committee: Committee): string[] {
  return committee.members.length > 0 ? committee.members : ['', ''];
}

export function committeeListHtml(committee: Committee): string {
  const people = [
    ...(committee.head ? [`${escapeHtml(committee.head)} – Trưởng ban`] : []),
    ...committee.members.map((name) => `${escapeHtml(name)} – Thành viên`),
  ];
  if (people.length === 0) return `<p>${handDots}</p>`;
  return `<ol class="people">${people.map((person) => `<li>${person}</li>`).join('')}</ol>`;
}

/** The counting committee signs its minutes: the head on behalf of the committee, each member on a line. */
export function committeeSignatures(committee: Committee): Signatures {
  return {
    lead: { onBehalfOf: 'T/M BAN KIỂM PHIẾU', role: 'TRƯỞNG BAN', ...(committee.head ? { name: committee.head } : {}) },
    members: memberLines(committee),
    membersHeading: 'CÁC THÀNH VIÊN',
  };
}

/** A banner at the top of a document printed before its results were sealed. */
export const draftBannerHtml = '<p class="draft-banner">BẢN NHÁP – KẾT QUẢ CHƯA NIÊM PHONG</p>';

const countRow = (label: string, value: number | string, className = '') =>
  `<tr${className ? ` class="${className}"` : ''}><td>${label}</td><td class="number">${escapeHtml(value)}</td></tr>`;

/**
 * The counting record of one contest: issued, returned, not returned, valid, invalid with each
 * reason. The counts as recorded at the conference; without them, the tally's ballot totals.
 */
export function countsTableHtml(counts: ContestCountsInput | null, tally: ContestTally): string {
  const invalid = counts
    ? invalidReasons.reduce((sum, reason) => sum + counts.invalid[reason], 0)
    : tally.ballots.invalid;
  const rows = [
    countRow('Số phiếu phát ra', counts?.issued ?? tally.ballots.issued),
    countRow('Số phiếu thu về', counts?.returned ?? tally.ballots.returned),
    countRow('Số phiếu không thu về', counts ? counts.notReturned : handDots),
    countRow('Số phiếu hợp lệ', counts?.valid ?? tally.ballots.valid),
    countRow('Số phiếu không hợp lệ', invalid),
    ...(counts
      ? invalidReasons.map((reason) =>
          countRow(`– ${escapeHtml(invalidReasonLabels[reason].vi)}`, counts.invalid[reason], 'reason'),
        )
      : []),
  ];
  return `<table class="counts"><colgroup><col><col class="count"></colgroup><tbody>${rows.join('')}</tbody></table>`;
}

/** "Tỷ lệ phần trăm tính trên 20 phiếu thu về." */
export function baseSentence(tally: ContestTally): string {
  const base = tally.base === 'returned' ? 'phiếu thu về' : 'phiếu hợp lệ';
  const invalidNote =
    tally.base === 'returned' && tally.ballots.invalid > 0
      ? ' (kể cả phiếu không hợp lệ, nên tỷ lệ của mỗi dòng cộng với tỷ lệ phiếu không hợp lệ bằng 100%)'
      : '';
  return `Tỷ lệ phần trăm tính trên ${tally.baseCount} ${base}${invalidNote}, làm tròn đến hai chữ số thập phân theo phương pháp phần dư lớn nhất.`;
}

export function percent(hundredths: number): string {
  return shareText(hundredths);
}

/** Below 5 valid ballots a voter may be recognised from the scores: they are shown only under this warning. */
export function privacyWarningHtml(validBallots: number): string {
  return `<p class="warning">LƯU Ý BẢO MẬT: chỉ có ${validBallots} phiếu hợp lệ (dưới 5 phiếu). Với số phiếu ít như vậy có thể suy ra ý kiến của từng người; kết quả dưới đây chỉ dùng trong phạm vi được giao, không công bố, không sao chụp.</p>`;
}

/** Which rows every valid ballot marked alike, in words: "nội dung 1, 3 và mức độ uy tín". */
function unanimousRowsText(rows: { criteria: readonly number[]; prestige: boolean }): string {
  const parts = [
    ...(rows.criteria.length > 0 ? [`nội dung ${rows.criteria.join(', ')}`] : []),
    ...(rows.prestige ? ['mức độ uy tín'] : []),
  ];
  return parts.join(' và ');
}

/** The warning VotingWorks prints: a row every voter marked alike tells each voter's mark. */
export function unanimityWarningHtml(rows: { criteria: readonly number[]; prestige: boolean }): string {
  if (rows.criteria.length === 0 && !rows.prestige) return '';
  return `<p class="warning">LƯU Ý BẢO MẬT: mọi phiếu hợp lệ đều chọn cùng một mức ở ${unanimousRowsText(rows)}, nên ý kiến của từng người ở đó đã được biết; không công bố riêng các kết quả này.</p>`;
}

/** Column headings of the mark columns: a 10-point form's scores, otherwise the level names. */
export function markHeadings(tally: ContestTally): string[] {
  if (tally.scale !== 'points10') return tally.levelNames;
  const count = tally.criteria[0]?.levels.length ?? tally.levelNames.length;
  return Array.from({ length: count }, (_, index) => String(index + 1));
}
