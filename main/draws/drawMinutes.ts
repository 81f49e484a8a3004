import { message } from '../../shared/i18n/messages';
import { AppError } from '../../shared/errors';
import { type DocumentSource, documentWithoutCharts, escapeHtml, partyDocument } from '../print';
import { getCampaign, getDraw } from '../campaigns';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import type { DrawGroup, DrawMeeting, DrawRecord } from '../../shared/draws/drawRecord';
import type { DrawExclusion } from '../../shared/draws/drawSchemas';

export interface DrawMinutesInput {
  readonly record: DrawRecord;
  readonly meeting: DrawMeeting;
  /** The units left out and why; null for a draw held before the app kept them (nothing is printed). */
  readonly excluded: readonly DrawExclusion[] | null;
  readonly campaign: {
    readonly name: string;
    /** "167-KH/QU", or empty when the campaign has no plan number. */
    readonly planNumber: string;
    /** YYYY-MM-DD */
    readonly planDate: string;
    /** The issuing body, the upper body first. */
    readonly issuingBody: readonly string[];
  };
  /** The locality written before the date, e.g. "Long Biên". */
  readonly place: string;
}

/** Left for the secretary to write in by hand when the app does not know it. */
const handDots = '……………………';

function basisHtml(campaign: DrawMinutesInput['campaign']): string {
  const plan = campaign.planNumber.trim()
    ? `Kế hoạch số ${escapeHtml(campaign.planNumber.trim())} ngày ${formatVietnameseDate(campaign.planDate)}`
    : 'Kế hoạch';
  return `<p>Thực hiện ${plan} “${escapeHtml(campaign.name)}”,</p>`;
}

function meetingHtml(meeting: DrawMeeting): string {
  const [year, month, day] = meeting.heldOn.split('-');
  const where = meeting.place.trim() ? escapeHtml(meeting.place.trim()) : handDots;
  const chair = meeting.chair.trim() ? `đồng chí ${escapeHtml(meeting.chair.trim())}` : handDots;
  const witnesses =
    meeting.witnesses.length > 0
      ? `<ol class="people">${meeting.witnesses.map((witness) => `<li>${escapeHtml(witness)}</li>`).join('')}</ol>`
      : `<p>${handDots}</p>`;
  return `<p>Hôm nay, ngày ${day} tháng ${month} năm ${year}, tại ${where}, tổ chức bốc thăm công khai để lựa chọn ngẫu nhiên các đơn vị lấy ý kiến.</p>
<h2 class="section-heading">I. THÀNH PHẦN</h2>
<p>Người điều hành: ${chair}.</p>
<p>Những người chứng kiến:</p>
${witnesses}`;
}

/**
 * The seed exactly: in a monospace box with each space marked (two spaces print as two), its
 * length, and its UTF-8 bytes — which settle any doubt about what the paper shows.
 */
function seedHtml(seed: string): string {
  const characters = [...seed];
  const spaces = characters.filter((character) => character === ' ').length;
  const marked = characters
    .map((character) => (character === ' ' ? '<span class="space"> </span>' : escapeHtml(character)))
    .join('');
  const bytes = [...new TextEncoder().encode(seed)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  return `<div class="seed">${marked}</div>
<p class="seed-facts">Hạt giống gồm ${characters.length} ký tự, trong đó có ${spaces} dấu cách (mỗi dấu cách in trong khung thành một ô có gạch dưới). Các byte UTF-8 của hạt giống (hệ mười sáu): <span class="seed-bytes">${bytes}</span>.</p>`;
}

function methodHtml(record: DrawRecord): string {
  return `<h2 class="section-heading">II. CÁCH THỨC BỐC THĂM</h2>
<p>Hạt giống ngẫu nhiên do những người dự họp cùng đưa ra (ví dụ các chữ số đọc từ xúc xắc, mỗi người một số) và được nhập vào máy đúng như sau:</p>
${seedHtml(record.seed)}
<p>Với mỗi loại đơn vị, máy lần lượt tính mã băm SHA-256 của chuỗi «hạt giống|mã loại đơn vị|0», «…|1», «…|2»… (chế độ bộ đếm) để được một dãy số ngẫu nhiên, rồi dùng dãy số đó xáo trộn danh sách các đơn vị đủ điều kiện theo thuật toán Fisher–Yates; các đơn vị đứng đầu danh sách sau khi xáo là các đơn vị trúng thăm, theo đúng thứ tự rút. Ngoài hạt giống không có yếu tố ngẫu nhiên nào khác: cùng hạt giống, cùng danh sách và cùng số lượng thì luôn ra cùng một kết quả, nên bất kỳ ai cũng tự kiểm tra lại được bằng lệnh <span class="command">kiem-phieu draw verify</span> trên tệp kết quả bốc thăm, hoặc chỉ từ biên bản này bằng <span class="command">tools/recompute_draw.py</span> (thuật toán ${escapeHtml(record.algorithm)}, xem VERIFYING.md mục 6).</p>`;
}

function exclusionsHtml(excluded: readonly DrawExclusion[] | null): string {
  if (excluded === null) return '';
  if (excluded.length === 0) return '<p>Không có đơn vị nào thuộc loại này bị loại khỏi danh sách bốc thăm.</p>';
  const items = excluded.map((unit) => `<li>${escapeHtml(unit.name)} — ${escapeHtml(unit.reason.vi)}</li>`).join('');
  return `<p>Các đơn vị không đưa vào bốc thăm và lý do:</p>
<ul class="excluded">${items}</ul>`;
}

/**
 * The numbered list exactly as the draw used it, with the numbers printed as text (not list
 * markers) and, once per group, the unit type's code: the only input of the computation that the
 * minutes would otherwise not show.
 */
function groupHtml(group: DrawGroup, index: number, excluded: readonly DrawExclusion[] | null): string {
  const candidates = group.candidates.map((name, at) => `<li>${at + 1}. ${escapeHtml(name)}</li>`).join('');
  const drawn = group.drawn
    .map(
      (position, order) =>
        `<tr><td class="number">${order + 1}</td><td class="number">${position}</td><td>${escapeHtml(group.candidates[position - 1] ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<h3 class="group-heading">${index + 1}. ${escapeHtml(group.label)}: chọn ${group.count} trong ${group.candidates.length} đơn vị đủ điều kiện</h3>
<p class="verification-note draw-note">Để kiểm tra lại: mã loại đơn vị <span class="command">${escapeHtml(group.unitType)}</span>, số đơn vị chọn ${group.count}, danh sách ${group.candidates.length} đơn vị.</p>
<p class="draw-note">Danh sách đơn vị đưa vào bốc thăm, đánh số theo thứ tự:</p>
<ol class="candidates">${candidates}</ol>
${exclusionsHtml(excluded === null ? null : excluded.filter((unit) => unit.unitType === group.unitType))}
<div class="keep-together"><p>Các đơn vị trúng thăm, theo thứ tự rút (số thứ tự trong danh sách: ${group.drawn.join(', ') || 'không có'}):</p>
<table class="drawn"><colgroup><col class="order"><col class="position"><col></colgroup>
<thead><tr><th>Thứ tự rút</th><th>Số thứ tự trong danh sách</th><th>Đơn vị</th></tr></thead>
<tbody>
${drawn}
</tbody></table></div>`;
}

/** Biên bản bốc thăm: what was drawn, from which list, with which public seed — enough to recompute it. */
export function drawMinutesHtml({ record, meeting, excluded, campaign, place }: DrawMinutesInput): string {
  const body = [
    basisHtml(campaign),
    meetingHtml(meeting),
    methodHtml(record),
    '<h2 class="section-heading">III. KẾT QUẢ BỐC THĂM</h2>',
    ...record.groups.map((group, index) => groupHtml(group, index, excluded)),
    `<p>Biên bản kết thúc lúc ${handDots} cùng ngày, đã được đọc lại cho những người dự họp cùng nghe, nhất trí thông qua và ký tên dưới đây.</p>`,
  ].join('\n');
  return partyDocument({
    issuingBody: campaign.issuingBody,
    place,
    date: meeting.heldOn,
    title: 'BIÊN BẢN BỐC THĂM',
    subtitle: 'Lựa chọn ngẫu nhiên đơn vị lấy ý kiến',
    bodyHtml: body,
    signatures: {
      lead: { role: 'NGƯỜI ĐIỀU HÀNH', ...(meeting.chair.trim() ? { name: meeting.chair.trim() } : {}) },
      members: meeting.witnesses,
      membersHeading: 'NHỮNG NGƯỜI CHỨNG KIẾN',
    },
  });
}

/** The minutes of a campaign's draw, for the signatures of those present. */
export const drawMinutesSource: DocumentSource<'drawMinutes'> = (db, { campaignId }) => {
  const campaign = getCampaign(db, campaignId);
  const draw = getDraw(db, campaignId);
  if (!draw) throw new AppError('NOT_FOUND', { what: message('core.drawMinutes.draw') });
  return documentWithoutCharts(
    `Biên bản bốc thăm — ${campaign.name}`,
    `bien-ban-boc-tham-${draw.meeting.heldOn}.pdf`,
    drawMinutesHtml({
      record: draw.record,
      meeting: draw.meeting,
      excluded: draw.excluded,
      campaign: {
        name: campaign.name,
        planNumber: campaign.planNumber,
        planDate: campaign.planDate,
        issuingBody: campaign.issuingBody ? [campaign.issuingBody.toUpperCase()] : [],
      },
      place: campaign.locality,
    }),
  );
};
