import { AppError } from '../../../shared/errors';
import { formatCode, normaliseCode } from '../../../shared/kiosk/oneTimeCodes';
import { fileNamePart } from '../../../shared/text/fileNames';
import { unitHeading } from '../../campaigns';
import { isLiveCode } from '../../counting';
import { type DocumentSource, documentWithoutCharts, escapeHtml, htmlPage, qrSvg } from '../../print';

/**
 * Phiếu mã bỏ phiếu điện tử: one slip per one-time code, ten to an A4 page, cut along the dashes
 * and handed out like paper ballots. The vault keeps only the codes' digests, so the codes come
 * with the request, and each must be a live code of this conference: the print cannot be used to
 * make slips for codes that do not exist, or are spent.
 */

export function slipHtml(unitName: string, code: string): string {
  const printed = formatCode(code);
  return `<div class="kiosk-slip">${qrSvg(printed, `Mã ${printed}`)}<div class="slip-text">
<div class="slip-title">PHIẾU BỎ PHIẾU ĐIỆN TỬ</div>
<div>${escapeHtml(unitName)}</div>
<div class="slip-code">${escapeHtml(printed)}</div>
<div class="slip-note">Nhập mã này tại máy bỏ phiếu. Mã chỉ dùng được một lần; không ghi tên, không cho người khác xem.</div>
</div></div>`;
}

export const kioskSlipsSource: DocumentSource<'kioskSlips'> = (db, { unitId, codes }) => {
  const unit = unitHeading(db, unitId);
  const checked = codes.map((typed) => {
    const code = normaliseCode(typed);
    if (code === null || !isLiveCode(db, unitId, code)) throw new AppError('KIOSK_CODE_INVALID');
    return code;
  });
  const title = `Phiếu mã bỏ phiếu điện tử — ${unit.name}`;
  return documentWithoutCharts(
    title,
    `ma-bo-phieu-${fileNamePart(unit.name, 'hoi-nghi')}.pdf`,
    htmlPage(title, `<div class="kiosk-slips">${checked.map((code) => slipHtml(unit.name, code)).join('\n')}</div>`),
  );
};
