import { formatVietnameseDate } from '../../../shared/campaigns/calendar';
import type { DrawMeeting, DrawRecord } from '../../../shared/draw/drawRecord';
import { escapeHtml } from '../escapeHtml';
import { partyDocument, signaturesHtml } from '../partyDocument';

export interface DrawMinutesInput {
  readonly record: DrawRecord;
  readonly meeting: DrawMeeting;
  readonly campaign: {
    readonly name: string;
    readonly planNumber: string;
    readonly planDate: string;
    readonly issuingBody: readonly string[];
  };
  /** The locality written before the date, e.g. "Long Biên". */
  readonly place: string;
}

function groupHtml(group: DrawRecord['groups'][number]): string {
  const candidates = `<ol class="candidates">${group.candidates.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ol>`;
  const drawn = group.drawn
    .map(
      (position, index) =>
        `<tr><td class="number">${index + 1}</td><td class="number">${position}</td><td>${escapeHtml(group.candidates[position - 1] ?? '')}</td></tr>`,
    )
    .join('');
  return `<p class="section-heading">${escapeHtml(group.label)}: chọn ${group.count} trong ${group.candidates.length} đơn vị đủ điều kiện</p>
<p>Danh sách đơn vị đưa vào bốc thăm (đánh số theo thứ tự chữ cái):</p>${candidates}
<p>Kết quả bốc thăm, theo thứ tự rút:</p>
<table><thead><tr><th>Thứ tự rút</th><th>Số trong danh sách</th><th>Đơn vị</th></tr></thead><tbody>${drawn}</tbody></table>`;
}

/** Biên bản bốc thăm: what was drawn, from which list, with which public seed — enough to recompute it. */
export function drawMinutesHtml({ record, meeting, campaign, place }: DrawMinutesInput): string {
  const [year, month, day] = meeting.heldOn.split('-');
  const basis = campaign.planNumber
    ? `<p>Thực hiện Kế hoạch số ${escapeHtml(campaign.planNumber)} ngày ${formatVietnameseDate(campaign.planDate)} về ${escapeHtml(campaign.name)};</p>`
    : `<p>Thực hiện ${escapeHtml(campaign.name)};</p>`;
  const meetingLine = `<p>Hôm nay, ngày ${day} tháng ${month} năm ${year}${meeting.place ? `, tại ${escapeHtml(meeting.place)}` : ''}, tổ chức bốc thăm công khai lựa chọn đơn vị lấy ý kiến${
    meeting.chair ? `, do đồng chí ${escapeHtml(meeting.chair)} điều hành` : ''
  }${meeting.witnesses.length > 0 ? `, với sự chứng kiến của: ${meeting.witnesses.map(escapeHtml).join('; ')}` : ''}.</p>`;
  const method = `<p>Hạt giống ngẫu nhiên do những người dự hội nghị đưa ra và nhập tại chỗ: <span class="seed">${escapeHtml(record.seed)}</span></p>
<p>Cách chọn: với mỗi loại đơn vị, băm SHA-256 chuỗi «hạt giống|mã loại đơn vị|số thứ tự khối» để tạo dãy số ngẫu nhiên, rồi xáo trộn danh sách theo thuật toán Fisher–Yates; các đơn vị đứng đầu danh sách đã xáo là đơn vị trúng thăm. Kết quả chỉ phụ thuộc vào danh sách, hạt giống và số lượng cần chọn: bất kỳ ai cũng tính lại được bằng lệnh <span class="command">kiem-phieu draw verify</span> hoặc vài dòng Python (thuật toán ${escapeHtml(record.algorithm)}).</p>`;
  const closing = '<p>Biên bản được lập xong, đã đọc cho mọi người cùng nghe và nhất trí ký tên.</p>';
  const signatures = signaturesHtml([
    { heading: ['NGƯỜI ĐIỀU HÀNH'], ...(meeting.chair ? { name: meeting.chair } : {}) },
    ...meeting.witnesses.map((witness) => ({ heading: ['NGƯỜI CHỨNG KIẾN'], name: witness })),
  ]);
  return partyDocument({
    issuingBody: campaign.issuingBody,
    place,
    date: meeting.heldOn,
    title: 'BIÊN BẢN BỐC THĂM',
    subtitle: 'Lựa chọn đơn vị lấy ý kiến góp ý',
    bodyHtml: [basis, meetingLine, method, ...record.groups.map(groupHtml), closing, signatures].join('\n'),
  });
}
