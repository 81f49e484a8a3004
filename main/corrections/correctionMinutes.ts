import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import {
  correctionKindLabels,
  correctionOutcomeLabels,
  type Correction,
} from '../../shared/corrections/correctionSchemas';
import type { ContestTally } from '../../shared/results/resultSchemas';
import { digestBlockHtml, escapeHtml, partyDocument } from '../print';
import {
  basisHtml,
  committeeIssuer,
  committeeListHtml,
  handDots,
  markHeadings,
  committeeSignatures,
  spelledDate,
  subjectLine,
  type CampaignHeading,
  type Committee,
} from '../results';

/** One version of the result: its record, the tally it sealed and the counting record under it. */
export interface ResultVersion {
  readonly sequence: number;
  readonly digest: string;
  readonly sealedAt: string;
  readonly tally: ContestTally;
}

export interface CorrectionMinutesInput {
  readonly campaign: CampaignHeading;
  readonly committee: Committee;
  readonly correction: Correction;
  readonly before: ResultVersion;
  /** The amendment it sealed; null while open or when it kept the sealed result. */
  readonly after: ResultVersion | null;
  /** YYYY-MM-DD: the day it concluded, or today while it is open. */
  readonly date: string;
}

const day = (iso: string) => formatVietnameseDate(iso.slice(0, 10));

const stateWords = {
  keying: 'đang nhập',
  verified: 'đã nhập hai lần, khớp',
  counted: 'đã tính vào kết quả điều chỉnh',
  setAside: 'không tính (giữ nguyên kết quả)',
} as const;

function batchesHtml(correction: Correction): string {
  if (correction.batches.length === 0) return '<p>Không nhập lại lô phiếu nào.</p>';
  const rows = correction.batches.map(
    (batch) =>
      `<tr><td class="number">${batch.number}</td><td>${escapeHtml(batch.label)}</td><td>${
        batch.replaces ? `Lô ${batch.replaces.number} (${batch.replaces.ballots} phiếu)` : 'Lô bổ sung'
      }</td><td class="number">${batch.ballots}</td><td>${stateWords[batch.state]}</td></tr>`,
  );
  return `<table class="batches"><thead><tr><th>Lô</th><th>Tên lô</th><th>Nhập lại thay cho</th><th>Số phiếu</th><th>Tình trạng</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The counting record and every row whose marks changed, before and after. */
function comparisonHtml(before: ResultVersion, after: ResultVersion): string {
  const countRows: Array<[string, number, number]> = [
    ['Số phiếu phát ra', before.tally.ballots.issued, after.tally.ballots.issued],
    ['Số phiếu thu về', before.tally.ballots.returned, after.tally.ballots.returned],
    ['Số phiếu hợp lệ', before.tally.ballots.valid, after.tally.ballots.valid],
    ['Số phiếu không hợp lệ', before.tally.ballots.invalid, after.tally.ballots.invalid],
  ];
  const headings = markHeadings(after.tally);
  const levels = (values: readonly number[]) => values.join(' – ');
  const changed = after.tally.criteria
    .map((row, index) => ({ row, was: before.tally.criteria[index] }))
    .filter(({ row, was }) => !was || levels(row.levels) !== levels(was.levels) || row.blank !== was.blank);
  const prestigeChanged =
    after.tally.prestige && before.tally.prestige
      ? levels(after.tally.prestige.levels) !== levels(before.tally.prestige.levels)
      : false;
  const criterionRows = changed.map(
    ({ row, was }) =>
      `<tr><td>${row.number}. ${escapeHtml(row.text)}</td><td class="number">${was ? levels(was.levels) : '—'}</td><td class="number">${levels(row.levels)}</td></tr>`,
  );
  if (prestigeChanged)
    criterionRows.push(
      `<tr><td>Mức độ uy tín</td><td class="number">${levels(before.tally.prestige!.levels)}</td><td class="number">${levels(after.tally.prestige!.levels)}</td></tr>`,
    );
  const counts = `<table class="comparison"><thead><tr><th></th><th>Phiên bản ${before.sequence}</th><th>Phiên bản ${after.sequence}</th></tr></thead><tbody>${countRows
    .map(
      ([label, was, now]) => `<tr><td>${label}</td><td class="number">${was}</td><td class="number">${now}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const marks =
    criterionRows.length === 0
      ? '<p>Số phiếu theo từng mức ở các nội dung không thay đổi.</p>'
      : `<p>Các nội dung có số phiếu theo mức thay đổi (thứ tự các mức: ${escapeHtml(headings.join(', '))}):</p><table class="comparison"><thead><tr><th>Nội dung</th><th>Phiên bản ${before.sequence}</th><th>Phiên bản ${after.sequence}</th></tr></thead><tbody>${criterionRows.join('')}</tbody></table><p>Các nội dung khác không thay đổi.</p>`;
  return counts + marks;
}

/**
 * Biên bản điều chỉnh kết quả kiểm phiếu: a correction after sealing, pre-filled — the sealed
 * result it started from (with its digest), the reason, the findings, the batches keyed again,
 * what changed, and the conclusion with the new digest. The committee signs it by hand; the
 * amendment itself carries the head's digital signature.
 */
export function correctionMinutesHtml(input: CorrectionMinutesInput): string {
  const { correction, before, after, committee } = input;
  const open = correction.outcome === null;
  const subject = subjectLine(before.tally);
  const body = [
    open ? '<p class="draft-banner">BẢN NHÁP – ĐỢT ĐIỀU CHỈNH CHƯA KẾT LUẬN</p>' : '',
    basisHtml(input.campaign),
    `<p>Hôm nay, ${spelledDate(input.date)}, Ban kiểm phiếu Hội nghị lấy ý kiến góp ý người đứng đầu ${escapeHtml(before.tally.unitName)} lập biên bản điều chỉnh số ${correction.number} đối với kết quả kiểm phiếu lấy ý kiến ${subject}. Thành phần:</p>`,
    committeeListHtml(committee),
    '<h2 class="section-heading">I. KẾT QUẢ ĐÃ NIÊM PHONG</h2>',
    `<p>Kết quả phiên bản ${before.sequence}, niêm phong ngày ${day(before.sealedAt)}: ${before.tally.ballots.returned} phiếu thu về, ${before.tally.ballots.valid} phiếu hợp lệ.</p>`,
    digestBlockHtml(before.digest, `Mã băm SHA-256 của kết quả phiên bản ${before.sequence}`),
    '<h2 class="section-heading">II. LÝ DO ĐIỀU CHỈNH</h2>',
    `<p><b>${escapeHtml(correctionKindLabels[correction.kind].vi)}.</b> ${escapeHtml(correction.reason)}</p>`,
    `<p>Mở đợt điều chỉnh: ${escapeHtml(correction.openedBy)}, ngày ${day(correction.openedAt)}.</p>`,
    '<h2 class="section-heading">III. KẾT QUẢ XÁC MINH</h2>',
    `<p>${correction.findings ? escapeHtml(correction.findings) : handDots}</p>`,
    '<h2 class="section-heading">IV. CÁC LÔ PHIẾU NHẬP LẠI</h2>',
    '<p>Mỗi lô được hai người nhập độc lập từ phiếu giấy và máy đối chiếu từng ô, như khi kiểm phiếu.</p>',
    batchesHtml(correction),
    '<h2 class="section-heading">V. KẾT LUẬN</h2>',
    open
      ? `<p>${handDots}</p>`
      : `<p><b>${escapeHtml(correctionOutcomeLabels[correction.outcome!].vi)}</b> (${escapeHtml(correction.concludedBy ?? '')}, ngày ${day(correction.concludedAt!)}).</p>`,
    after
      ? [
          comparisonHtml(before, after),
          `<p>Kết quả phiên bản ${after.sequence} thay thế phiên bản ${before.sequence}; cả hai phiên bản được lưu giữ. Trưởng ban ký số phiên bản ${after.sequence} trên máy.</p>`,
          digestBlockHtml(after.digest, `Mã băm SHA-256 của kết quả phiên bản ${after.sequence} (sau điều chỉnh)`),
        ].join('\n')
      : correction.outcome === 'noChange'
        ? `<p>Kết quả phiên bản ${before.sequence} giữ nguyên; các lô nhập lại không được tính vào kết quả.</p>`
        : '',
    `<p>Biên bản lập xong lúc ${handDots}, đã đọc lại cho Ban kiểm phiếu cùng nghe, nhất trí thông qua và ký tên dưới đây.</p>`,
  ].join('\n');
  return partyDocument({
    issuingBody: committeeIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'BIÊN BẢN ĐIỀU CHỈNH KẾT QUẢ KIỂM PHIẾU',
    subtitle: `Điều chỉnh số ${correction.number} – ${before.tally.subjectName}, ${before.tally.unitName}`,
    bodyHtml: body,
    signatures: committeeSignatures(committee),
  });
}
