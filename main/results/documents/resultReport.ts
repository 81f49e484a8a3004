import {
  type ChartImage,
  digestBlockHtml,
  escapeHtml,
  partyDocument,
  pngDataUrlPattern,
  signerBlockHtml,
} from '../../print';
import { unanimousRows } from '../../../shared/results/privacyFloors';
import { compareVietnamese } from '../../../shared/text/vietnamese';
import type { ContestComments } from '../contestComments';
import type { BallotSources } from '../../../shared/results/ballotSources';
import type { ContestTally, SealRecord } from '../../../shared/results/resultSchemas';
import { ballotSourcesHtml } from './ballotSourcesSentence';
import {
  baseSentence,
  basisHtml,
  committeeIssuer,
  draftBannerHtml,
  markHeadings,
  memberLines,
  percent,
  privacyWarningHtml,
  subjectLine,
  unanimityWarningHtml,
  type CampaignHeading,
  type Committee,
} from './resultParts';

/** Embeds a chart the printer drew; anything but a PNG data URL is refused rather than printed. */
export function chartImageHtml(image: ChartImage | null): string {
  if (!image) return '';
  if (!pngDataUrlPattern.test(image.src)) throw new Error('a chart must be a PNG data URL');
  return `<figure class="chart"><img src="${image.src}" alt="${escapeHtml(image.alt)}"></figure>`;
}

export interface ResultReportInput {
  readonly campaign: CampaignHeading;
  /** The sealed tally when sealed (what the digest is of), otherwise the tally as it stands. */
  readonly tally: ContestTally;
  /** The ballots by source (beside the tally, not in what was sealed); absent, nothing is said of sources. */
  readonly sources?: BallotSources | null;
  readonly seal: SealRecord | null;
  /** The fingerprint of the certificate that signed the seal; null until signed. */
  readonly signerFingerprint: string | null;
  /** Fewer than 5 valid ballots: the scores come under a warning. */
  readonly fewBallots: boolean;
  readonly committee: Committee;
  /** The notes and other comments, or withheld below the free-text floor. */
  readonly comments: ContestComments;
  readonly charts: { readonly criteria: ChartImage | null; readonly prestige: ChartImage | null };
  /** YYYY-MM-DD, the day of the report. */
  readonly date: string;
}

function ballotsHtml(tally: ContestTally): string {
  const cells = [tally.ballots.issued, tally.ballots.returned, tally.ballots.valid, tally.ballots.invalid];
  return `<table class="results ballots"><thead><tr><th>Phiếu phát ra</th><th>Phiếu thu về</th><th>Phiếu hợp lệ</th><th>Phiếu không hợp lệ</th></tr></thead>
<tbody><tr>${cells.map((count) => `<td class="number">${count}</td>`).join('')}</tr></tbody></table>
<p class="note">${baseSentence(tally)}</p>`;
}

const countAndShare = (count: number, share: number) =>
  `<td class="number">${count}<span class="share">${percent(share)}%</span></td>`;

/** Per criterion: each mark's count and share, "good or better", and the flag where the low share reached the threshold. */
function criteriaHtml(tally: ContestTally): string {
  const headings = markHeadings(tally);
  const narrow = headings.length > 4;
  const rows = tally.criteria
    .map((criterion) => {
      const marks = criterion.levels
        .map((count, level) =>
          narrow ? `<td class="number">${count}</td>` : countAndShare(count, criterion.shares.levels[level] ?? 0),
        )
        .join('');
      return `<tr${criterion.flagged ? ' class="flagged"' : ''}><td class="number">${criterion.number}${
        criterion.flagged ? '<span class="flag">(!)</span>' : ''
      }</td><td class="criterion">${escapeHtml(criterion.text)}</td>${marks}${countAndShare(criterion.blank, criterion.shares.blank)}${countAndShare(
        criterion.multi,
        criterion.shares.multi,
      )}<td class="number">${percent(criterion.goodOrBetter)}%</td></tr>`;
    })
    .join('\n');
  const flagged = tally.criteria.filter((criterion) => criterion.flagged);
  const lowWords =
    tally.scale === 'points10' ? 'điểm 1–4' : `${tally.levelNames[2] ?? ''} + ${tally.levelNames[3] ?? ''}`;
  const goodWords = tally.scale === 'points10' ? 'Điểm 8–10 (%)' : 'Tốt trở lên (%)';
  return `<table class="results criteria-results"><colgroup><col class="number"><col>${`<col class="${narrow ? 'point' : 'mark'}">`.repeat(headings.length)}<col class="mark"><col class="mark"><col class="mark"></colgroup>
<thead><tr><th>TT</th><th>Nội dung</th>${headings.map((name) => `<th class="level">${escapeHtml(name)}</th>`).join('')}<th class="level">Bỏ trống</th><th class="level">Nhiều ô</th><th class="level">${goodWords}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="note">Mỗi ô ghi số phiếu, dưới là tỷ lệ. Nội dung đánh dấu (!) có tỷ lệ ${escapeHtml(lowWords)} từ ${percent(tally.threshold)}% trở lên (ngưỡng của đợt lấy ý kiến)${
    flagged.length > 0
      ? `: ${flagged.length} nội dung (số ${flagged.map((criterion) => criterion.number).join(', ')}).`
      : '; không có nội dung nào.'
  }</p>`;
}

/** Prestige with the marks of Quy định 96-QĐ/TW: low prestige from more than half, and from two thirds. */
function prestigeHtml(tally: ContestTally): string {
  const prestige = tally.prestige;
  if (!prestige) return '<p>Phiếu không có phần đánh giá mức độ uy tín.</p>';
  const headings = [...tally.prestigeLevelNames, 'Bỏ trống', 'Nhiều ô'];
  const cells = [
    ...prestige.levels.map((count, level) => countAndShare(count, prestige.shares.levels[level] ?? 0)),
    countAndShare(prestige.blank, prestige.shares.blank),
    countAndShare(prestige.multi, prestige.shares.multi),
  ];
  const yes = (value: boolean) => (value ? '<b>CÓ</b>' : 'Không');
  return `<table class="results prestige-results"><thead><tr>${headings.map((name) => `<th class="level">${escapeHtml(name)}</th>`).join('')}</tr></thead>
<tbody><tr>${cells.join('')}</tr></tbody></table>
<p>Uy tín thấp (thấp và rất thấp): ${prestige.low} phiếu, ${percent(prestige.lowShare)}%.</p>
<ul class="marks">
<li>Trên 1/2 số phiếu đánh giá uy tín thấp (Quy định 96-QĐ/TW): ${yes(prestige.lowOverHalf)}.</li>
<li>Từ 2/3 số phiếu trở lên đánh giá uy tín thấp (Quy định 96-QĐ/TW): ${yes(prestige.lowTwoThirds)}.</li>
</ul>`;
}

/**
 * Ý kiến khác: the notes beside criteria and the other comments, verbatim, in an order that says
 * nothing of the keying (by criterion, then alphabetically); nothing below the free-text floor.
 */
function commentsHtml(comments: ContestComments, valid: number): string {
  if (comments.withheld)
    return `<p>Các ghi chú và ý kiến khác không in trong báo cáo này: chỉ có ${valid} phiếu hợp lệ, dưới ngưỡng ${comments.textFloor} phiếu, nên lời văn có thể làm lộ người viết.</p>`;
  const notes = [...comments.notes].sort((a, b) => a.criterion - b.criterion || compareVietnamese(a.text, b.text));
  const other = [...comments.other].sort(compareVietnamese);
  const list = (items: string[], none: string) =>
    items.length > 0
      ? `<ul class="comments">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
      : `<p>${none}</p>`;
  return `<h3 class="group-heading">1. Ghi chú bên cạnh từng nội dung</h3>
${list(
  notes.map((note) => `Nội dung ${note.criterion}: «${escapeHtml(note.text)}»`),
  'Không có ghi chú nào.',
)}
<h3 class="group-heading">2. Ý kiến khác</h3>
${list(
  other.map((text) => `«${escapeHtml(text)}»`),
  'Không có ý kiến khác.',
)}`;
}

function sealFactsHtml(seal: SealRecord | null): string {
  if (!seal) return '';
  const amended =
    seal.sequence > 1
      ? ` Kết quả đã được sửa đổi ${seal.sequence - 1} lần; mã băm dưới đây là của lần sửa đổi mới nhất.`
      : '';
  const signed = seal.signed ? `đã được ký số bởi ${escapeHtml(seal.signerName ?? seal.sealedBy)}` : 'chưa được ký số';
  return `<p>Kết quả đã niêm phong (số niêm phong phong bì: <b>${escapeHtml(seal.envelopeSeal)}</b>) và ${signed}.${amended}</p>`;
}

/**
 * Báo cáo kết quả: one person assessed. Ballots, the table of criteria with counts and shares,
 * flagged criteria, "good or better", prestige with the 96-QĐ/TW marks, the two charts, the
 * notes and other comments (behind the free-text floor), the privacy warnings (below 5 valid ballots; rows every voter marked alike), and the digest of the sealed result.
 */
export function resultReportHtml(input: ResultReportInput): string {
  const { tally } = input;
  const body = [
    input.seal ? '' : draftBannerHtml,
    basisHtml(input.campaign),
    `<p>Ban kiểm phiếu báo cáo kết quả lấy ý kiến góp ý đối với đồng chí <b>${subjectLine(tally)}</b>, ${escapeHtml(tally.unitName)}, như sau:</p>`,
    '<h2 class="section-heading">I. SỐ PHIẾU</h2>',
    ballotsHtml(tally),
    // Nothing at all for a contest counted on paper alone: its report reads exactly as before.
    ...[ballotSourcesHtml(input.sources)].filter((html) => html !== ''),
    input.fewBallots ? privacyWarningHtml(tally.ballots.valid) : '',
    unanimityWarningHtml(unanimousRows(tally)),
    '<h2 class="section-heading">II. KẾT QUẢ ĐÁNH GIÁ TỪNG NỘI DUNG</h2>',
    criteriaHtml(tally),
    chartImageHtml(input.charts.criteria),
    '<h2 class="section-heading">III. MỨC ĐỘ UY TÍN</h2>',
    prestigeHtml(tally),
    chartImageHtml(input.charts.prestige),
    '<h2 class="section-heading">IV. Ý KIẾN KHÁC</h2>',
    commentsHtml(input.comments, tally.ballots.valid),
    '<h2 class="section-heading">V. NIÊM PHONG</h2>',
    sealFactsHtml(input.seal),
    digestBlockHtml(input.seal?.digest ?? null),
    signerBlockHtml(input.seal !== null, input.signerFingerprint),
  ].join('\n');
  return partyDocument({
    issuingBody: committeeIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'BÁO CÁO KẾT QUẢ',
    subtitle: `Lấy ý kiến góp ý đối với đồng chí ${tally.subjectName}`,
    bodyHtml: body,
    signatures: {
      lead: {
        onBehalfOf: 'T/M BAN KIỂM PHIẾU',
        role: 'TRƯỞNG BAN',
        ...((input.committee.head ?? input.seal?.sealedBy)
          ? { name: input.committee.head ?? input.seal?.sealedBy }
          : {}),
      },
      members: memberLines(input.committee),
      membersHeading: 'CÁC THÀNH VIÊN',
    },
  });
}
