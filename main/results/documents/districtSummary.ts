import { scoreFloor } from '../../../shared/results/privacyFloors';
import type { CampaignResults } from '../../../shared/results/resultSchemas';
import { digestGroupsHtml, notSealedText, qrSvg, escapeHtml, partyDocument, type ChartImage } from '../../print';
import { basisHtml, compilingIssuer, draftBannerHtml, percent, type CampaignHeading } from './resultParts';
import { chartImageHtml } from './resultReport';

export interface DistrictSummaryInput {
  readonly campaign: CampaignHeading;
  /** The unit types' rows labelled with their names ("Trường THCS"). */
  readonly results: CampaignResults;
  readonly chart: ChartImage | null;
  /** YYYY-MM-DD, the day of the report. */
  readonly date: string;
}

type SummaryRow = CampaignResults['district'];

const cell = (value: string | number) => `<td class="number">${escapeHtml(value)}</td>`;
const shareCell = (hundredths: number | null) => cell(hundredths === null ? '–' : `${percent(hundredths)}%`);

/** Why a row's figures leave some people out, or are blank (SPEC §3: no score under the floor). */
const floorNote = `<p class="note">(*) Không tính vào tỷ lệ những người có dưới ${scoreFloor} phiếu hợp lệ, để giữ bí mật phiếu; dấu – là không có số liệu được công bố.</p>`;

function summaryTableHtml(firstHeading: string, rows: readonly SummaryRow[], total: SummaryRow | null): string {
  const line = (row: SummaryRow, className = '') =>
    `<tr${className ? ` class="${className}"` : ''}><td>${escapeHtml(row.label)}${row.suppressed > 0 ? ` (*)` : ''}</td>${cell(
      row.contests,
    )}${cell(row.validBallots)}${shareCell(row.goodOrBetter)}${shareCell(row.lowShare)}${cell(
      row.flaggedCriteria ?? '–',
    )}${shareCell(row.prestigeLowShare)}</tr>`;
  const all = total ? [...rows, total] : rows;
  return `<table class="results summary"><colgroup><col><col class="count"><col class="count"><col class="share"><col class="share"><col class="count"><col class="share"></colgroup>
<thead><tr><th>${escapeHtml(firstHeading)}</th><th>Số người</th><th>Phiếu hợp lệ</th><th>Tốt trở lên</th><th>Trung bình, yếu kém</th><th>Nội dung cần lưu ý</th><th>Uy tín thấp</th></tr></thead>
<tbody>
${rows.map((row) => line(row)).join('\n')}${total ? `\n${line(total, 'total')}` : ''}
</tbody></table>${all.some((row) => row.suppressed > 0) ? floorNote : ''}`;
}

function rankingHtml(results: CampaignResults): string {
  const unranked = results.contests.filter((contest) => contest.fewBallots).length;
  const rows = results.ranking
    .map(
      (entry) =>
        `<tr><td class="number">${entry.rank}</td><td>${escapeHtml(entry.label)}</td>${cell(`${percent(entry.goodOrBetter)}%`)}</tr>`,
    )
    .join('\n');
  return `<table class="results ranking"><colgroup><col class="number"><col><col class="share"></colgroup>
<thead><tr><th>TT</th><th>Người được lấy ý kiến</th><th>Tốt trở lên</th></tr></thead>
<tbody>
${rows}
</tbody></table>${
    unranked > 0
      ? `<p class="note">Không xếp thứ tự ${unranked} người có dưới ${scoreFloor} phiếu hợp lệ, để giữ bí mật phiếu.</p>`
      : ''
  }`;
}

function criteriaListsHtml(results: CampaignResults): string {
  const list = (items: ReadonlyArray<{ text: string; value: number }>) =>
    items.length > 0
      ? `<ol class="people">${items.map((item) => `<li>${escapeHtml(item.text)} (${percent(item.value)}%)</li>`).join('')}</ol>`
      : '<p>Chưa có số liệu.</p>';
  return `<p class="sub-heading">Các nội dung được đánh giá cao nhất (tỷ lệ tốt trở lên):</p>
${list(results.topCriteria.map((item) => ({ text: item.text, value: item.goodOrBetter })))}
<p class="sub-heading">Các nội dung còn hạn chế nhất (tỷ lệ trung bình, yếu kém):</p>
${list(results.bottomCriteria.map((item) => ({ text: item.text, value: item.lowShare })))}`;
}

/** An amended result names the version in force and the digests it replaced: both stay on paper. */
function amendedNote(contest: CampaignResults['contests'][number]): string {
  if (contest.sequence === null || contest.sequence < 2) return '';
  const earlier = contest.earlier
    .map((version) => `phiên bản ${version.sequence}: ${escapeHtml(version.digest.slice(0, 16))}…`)
    .join('; ');
  return `<br><span class="note">Kết quả điều chỉnh (phiên bản ${contest.sequence}); thay cho ${earlier}</span>`;
}

/** Each contest's digest, in groups and as a small QR code; "CHƯA NIÊM PHONG" where none exists yet. */
function digestsHtml(results: CampaignResults): string {
  const rows = results.contests
    .map(
      (contest, index) =>
        `<tr><td class="number">${index + 1}</td><td>${escapeHtml(contest.unitName)}<br>${escapeHtml(contest.subjectName)}${amendedNote(contest)}</td>${
          contest.sealed && contest.digest
            ? `<td class="digest">${digestGroupsHtml(contest.digest, 4)}</td><td class="qr-cell">${qrSvg(contest.digest, `Mã QR của mã băm ${contest.digest}`)}</td>`
            : `<td class="not-sealed" colspan="2">${notSealedText}</td>`
        }</tr>`,
    )
    .join('\n');
  return `<table class="digests"><colgroup><col class="number"><col><col class="digest"><col class="qr"></colgroup>
<thead><tr><th>TT</th><th>Đơn vị, người được lấy ý kiến</th><th>Mã băm SHA-256</th><th>Mã QR</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="note">Mỗi mã QR chứa đúng 64 chữ số của mã băm kết quả đã niêm phong của dòng đó.</p>`;
}

/**
 * Báo cáo tổng hợp, compiled by Ban Tuyên giáo for Ban Thường vụ: the district per unit type and per unit, the ranking,
 * the best and weakest criteria, the overview chart and the digest of every sealed contest.
 */
export function districtSummaryHtml(input: DistrictSummaryInput): string {
  const { results } = input;
  const sealed = results.contests.filter((contest) => contest.sealed).length;
  const allSealed = results.contests.length > 0 && sealed === results.contests.length;
  const recipient = /^ban thường vụ/i.test(input.campaign.issuingBody.trim())
    ? input.campaign.issuingBody.trim()
    : 'Ban Thường vụ';
  const body = [
    allSealed ? '' : draftBannerHtml,
    `<p class="recipient">Kính gửi: ${escapeHtml(recipient)}</p>`,
    basisHtml(input.campaign),
    '<p>Ban Tuyên giáo báo cáo tổng hợp kết quả lấy ý kiến góp ý như sau:</p>',
    '<h2 class="section-heading">I. TÌNH HÌNH CHUNG</h2>',
    `<p>Số người được lấy ý kiến đã kết thúc kiểm phiếu: ${results.contests.length}; đã niêm phong kết quả: ${sealed}${
      allSealed ? '' : ` (còn ${results.contests.length - sealed} kết quả chưa niêm phong)`
    }. Tổng số phiếu hợp lệ: ${results.district.validBallots}.</p>`,
    '<p class="note">Các tỷ lệ là bình quân các nội dung của phiếu; "Nội dung cần lưu ý" là số nội dung có tỷ lệ trung bình, yếu kém từ ngưỡng của đợt lấy ý kiến trở lên.</p>',
    '<h2 class="section-heading">II. KẾT QUẢ THEO LOẠI ĐƠN VỊ</h2>',
    summaryTableHtml('Loại đơn vị', results.byUnitType, { ...results.district, label: 'Toàn quận' }),
    chartImageHtml(input.chart),
    '<h2 class="section-heading">III. KẾT QUẢ THEO ĐƠN VỊ</h2>',
    summaryTableHtml('Đơn vị', results.byUnit, null),
    '<h2 class="section-heading">IV. XẾP THỨ TỰ THEO TỶ LỆ TỐT TRỞ LÊN</h2>',
    rankingHtml(results),
    '<h2 class="section-heading">V. NỘI DUNG NỔI BẬT VÀ HẠN CHẾ</h2>',
    criteriaListsHtml(results),
    '<h2 class="section-heading">VI. MÃ BĂM CÁC KẾT QUẢ</h2>',
    results.contests.length > 0 ? digestsHtml(results) : '<p>Chưa có kết quả nào.</p>',
  ].join('\n');
  return partyDocument({
    issuingBody: compilingIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'BÁO CÁO TỔNG HỢP KẾT QUẢ',
    subtitle: input.campaign.name,
    bodyHtml: body,
    // Signed by the head of Ban Tuyên giáo, by hand: the counting committees signed their own minutes.
    signatures: { lead: { onBehalfOf: 'T/M BAN TUYÊN GIÁO', role: 'TRƯỞNG BAN' }, members: [] },
  });
}
