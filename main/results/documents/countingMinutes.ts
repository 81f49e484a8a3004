import type { Conference, ContestCountsInput } from '../../../shared/counting/countingSchemas';
import type { BallotSources } from '../../../shared/results/ballotSources';
import type { ContestTally, SealRecord } from '../../../shared/results/resultSchemas';
import type { ContestKeyingAudit } from '../../counting';
import { ballotSourcesHtml } from './ballotSourcesSentence';
import { keyingAuditHtml } from './keyingAuditSentence';
import { digestBlockHtml, notSealedText, escapeHtml, partyDocument, signerBlockHtml } from '../../print';
import {
  basisHtml,
  committeeIssuer,
  committeeListHtml,
  committeeOf,
  countsTableHtml,
  draftBannerHtml,
  handDots,
  markHeadings,
  committeeSignatures,
  percent,
  spelledDate,
  subjectLine,
  type CampaignHeading,
} from './resultParts';

export interface ContestMinutes {
  /** The sealed tally when sealed (what the digest is of), otherwise the tally as it stands. */
  readonly tally: ContestTally;
  /** The fingerprint (64 hex digits) of the certificate that signed the latest seal; null until signed. */
  readonly signerFingerprint: string | null;
  readonly counts: ContestCountsInput | null;
  readonly seal: SealRecord | null;
  /** The ballots by source (beside the tally, not in what was sealed); absent, nothing is said of sources. */
  readonly sources?: BallotSources | null;
  /** The keying-quality audits of its batches (issue 21); absent or none, nothing is said of them. */
  readonly keyingAudit?: ContestKeyingAudit | null;
}

export interface CountingMinutesInput {
  readonly campaign: CampaignHeading;
  readonly unitName: string;
  readonly conference: Conference | null;
  readonly contests: readonly ContestMinutes[];
  /** YYYY-MM-DD: the conference's day, or today when none is recorded yet. */
  readonly date: string;
}

function meetingHtml(input: CountingMinutesInput): string {
  const { conference, unitName } = input;
  const where = conference?.place.trim() ? escapeHtml(conference.place.trim()) : handDots;
  const chair = conference?.chair.trim() ? `đồng chí ${escapeHtml(conference.chair.trim())}` : handDots;
  const attendance = conference
    ? `<p>Số người được triệu tập: ${conference.convened}; số người có mặt: ${conference.present}${
        conference.convened > 0 ? ` (${percent(Math.round((conference.present * 10_000) / conference.convened))}%)` : ''
      }.</p>`
    : `<p>Số người được triệu tập: ${handDots}; số người có mặt: ${handDots}.</p>`;
  return `<p>Hôm nay, ${spelledDate(input.date)}, tại ${where}, Hội nghị lấy ý kiến góp ý đối với người đứng đầu ${escapeHtml(unitName)} do ${chair} chủ trì đã tiến hành bỏ phiếu kín.</p>
<h2 class="section-heading">I. THÀNH PHẦN</h2>
${attendance}
<p>Ban kiểm phiếu gồm:</p>
${committeeListHtml(committeeOf(conference))}`;
}

/** The marks of each row, as counts: the minutes record what was counted; the report gives the shares. */
function criteriaCountsHtml(tally: ContestTally): string {
  const headings = markHeadings(tally);
  const markClass = headings.length > 4 ? 'point' : 'mark';
  const rows = tally.criteria
    .map(
      (criterion) =>
        `<tr><td class="number">${criterion.number}</td><td class="criterion">${escapeHtml(criterion.text)}</td>${criterion.levels
          .map((count) => `<td class="number">${count}</td>`)
          .join('')}<td class="number">${criterion.blank}</td><td class="number">${criterion.multi}</td></tr>`,
    )
    .join('\n');
  return `<table class="results"><colgroup><col class="number"><col>${`<col class="${markClass}">`.repeat(headings.length)}<col class="mark"><col class="mark"></colgroup>
<thead><tr><th>TT</th><th>Nội dung</th>${headings.map((name) => `<th class="level">${escapeHtml(name)}</th>`).join('')}<th class="level">Bỏ trống</th><th class="level">Nhiều ô</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function prestigeCountsHtml(tally: ContestTally): string {
  const prestige = tally.prestige;
  if (!prestige) return '';
  const headings = [...tally.prestigeLevelNames, 'Bỏ trống', 'Nhiều ô'];
  const counts = [...prestige.levels, prestige.blank, prestige.multi];
  return `<p class="sub-heading">Đánh giá mức độ uy tín (số phiếu):</p>
<table class="results prestige-counts"><thead><tr>${headings.map((name) => `<th class="level">${escapeHtml(name)}</th>`).join('')}</tr></thead>
<tbody><tr>${counts.map((count) => `<td class="number">${count}</td>`).join('')}</tr></tbody></table>`;
}

function contestHtml(contest: ContestMinutes, index: number): string {
  const { tally, counts, seal } = contest;
  // Empty for a contest counted on paper alone, whose minutes then read exactly as before.
  const sources = ballotSourcesHtml(contest.sources);
  const envelope = seal
    ? `<p>Số niêm phong của phong bì đựng phiếu: <b>${escapeHtml(seal.envelopeSeal)}</b>${
        seal.sequence > 1 ? ` (theo biên bản sửa đổi lần ${seal.sequence - 1})` : ''
      }.</p>`
    : `<p>Số niêm phong của phong bì đựng phiếu: ${notSealedText}.</p>`;
  return `<h3 class="group-heading">${index + 1}. Lấy ý kiến đối với đồng chí ${subjectLine(tally)}</h3>
<p class="sub-heading">Kiểm phiếu:</p>
${countsTableHtml(counts, tally)}${sources ? `\n${sources}` : ''}
<p class="sub-heading">Kết quả đánh giá từng nội dung (số phiếu):</p>
${criteriaCountsHtml(tally)}
${prestigeCountsHtml(tally)}
${keyingAuditHtml(contest.keyingAudit)}
${envelope}
${digestBlockHtml(seal?.digest ?? null)}
${signerBlockHtml(seal !== null, contest.signerFingerprint)}`;
}

/**
 * Biên bản kiểm phiếu: one per conference (unit). The meeting and its committee, then per person
 * assessed the slips counted, the marks per criterion and prestige, the envelope's seal number
 * and the sealed result's digest; the committee signs.
 */
export function countingMinutesHtml(input: CountingMinutesInput): string {
  const committee = committeeOf(input.conference);
  const sealed = input.contests.length > 0 && input.contests.every((contest) => contest.seal !== null);
  const body = [
    sealed ? '' : draftBannerHtml,
    basisHtml(input.campaign),
    meetingHtml(input),
    '<h2 class="section-heading">II. KẾT QUẢ KIỂM PHIẾU</h2>',
    input.contests.length > 0 ? input.contests.map(contestHtml).join('\n') : `<p>${handDots}</p>`,
    '<h2 class="section-heading">III. NIÊM PHONG VÀ BÀN GIAO</h2>',
    '<p>Sau khi kiểm phiếu, Ban kiểm phiếu đã cho toàn bộ phiếu vào phong bì, niêm phong theo số niêm phong ghi trên và bàn giao cho Ban Tuyên giáo để tổng hợp (có biên bản bàn giao kèm theo).</p>',
    `<p>Biên bản lập xong lúc ${handDots} cùng ngày, đã đọc lại cho Ban kiểm phiếu cùng nghe, nhất trí thông qua và ký tên dưới đây.</p>`,
  ].join('\n');
  return partyDocument({
    issuingBody: committeeIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subtitle: `Hội nghị lấy ý kiến góp ý người đứng đầu ${input.unitName}`,
    bodyHtml: body,
    signatures: committeeSignatures(committee),
  });
}
