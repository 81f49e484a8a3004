import { AppError } from '../../../shared/errors';
import { castingHost } from '../../../shared/kiosk/castingPaths';
import { formatCode, normaliseCode } from '../../../shared/kiosk/oneTimeCodes';
import { fileNamePart } from '../../../shared/text/fileNames';
import { unitHeading } from '../../campaigns';
import { isLiveCode } from '../../counting';
import type { ReadableDB } from '../../vault';
import { certificateOf as hallCertificate } from '../lan/lanCertificateStore';
import { type DocumentSource, documentWithoutCharts, escapeHtml, htmlPage, qrSvg } from '../../print';

/**
 * Phiếu mã bỏ phiếu điện tử: one slip per one-time code, ten to an A4 page, cut along the dashes
 * and handed out like paper ballots. The vault keeps only the codes' digests, so the codes come
 * with the request, and each must be a live code of this conference: the print cannot be used to
 * make slips for codes that do not exist, or are spent.
 */

/** Where phones vote while the hall network is open, and the certificate they should see there. */
export interface SlipNetwork {
  readonly url: string;
  readonly fingerprint: string;
}

/** The fingerprint in two lines of sixteen bytes, so it fits across the slip and reads in pieces. */
function fingerprintLines(fingerprint: string): string {
  const bytes = fingerprint.split(':');
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) lines.push(bytes.slice(at, at + 16).join(':'));
  return lines.map(escapeHtml).join('<br>');
}

export function slipHtml(unitName: string, code: string, network: SlipNetwork | null = null): string {
  const printed = formatCode(code);
  // With the hall network open the QR opens the casting page with the code after '#', which a
  // phone's browser keeps to itself; without it the QR is the code, for a scanner at the kiosk.
  const qr = network
    ? qrSvg(`${network.url}#${printed}`, `Địa chỉ bỏ phiếu và mã ${printed}`)
    : qrSvg(printed, `Mã ${printed}`);
  const text = `<div class="slip-text">
<div class="slip-title">PHIẾU BỎ PHIẾU ĐIỆN TỬ</div>
<div>${escapeHtml(unitName)}</div>
<div class="slip-code">${escapeHtml(printed)}</div>
<div class="slip-note">Nhập mã này tại máy bỏ phiếu. Mã chỉ dùng được một lần; không ghi tên, không cho người khác xem.</div>
</div>`;
  if (!network) return `<div class="kiosk-slip">${qr}${text}</div>`;
  // Across the slip's whole width below the code: the address and the fingerprint to compare.
  return `<div class="kiosk-slip with-network"><div class="slip-main">${qr}${text}</div>
<div class="slip-lan">Hoặc bằng điện thoại trong mạng của hội trường: <span class="slip-url">${escapeHtml(network.url)}</span><br>
Chứng chỉ của trang (SHA-256), điện thoại hiện phải trùng:<br><span class="slip-fingerprint">${fingerprintLines(network.fingerprint)}</span></div></div>`;
}

/** The conference's hall network as the slips should show it: while the head has it open, else none. */
function slipNetwork(db: ReadableDB, unitId: string): SlipNetwork | null {
  const certificate = hallCertificate(db, unitId);
  if (!certificate?.lastAddress || !certificate.lastPort) return null;
  const host = castingHost(certificate.lastAddress, certificate.lastPort);
  return { url: `https://${host}/`, fingerprint: certificate.fingerprint };
}

export const kioskSlipsSource: DocumentSource<'kioskSlips'> = (db, { unitId, codes }) => {
  const unit = unitHeading(db, unitId);
  const checked = codes.map((typed) => {
    const code = normaliseCode(typed);
    if (code === null || !isLiveCode(db, unitId, code)) throw new AppError('KIOSK_CODE_INVALID');
    return code;
  });
  const title = `Phiếu mã bỏ phiếu điện tử — ${unit.name}`;
  const network = slipNetwork(db, unitId);
  return documentWithoutCharts(
    title,
    `ma-bo-phieu-${fileNamePart(unit.name, 'hoi-nghi')}.pdf`,
    htmlPage(
      title,
      `<div class="kiosk-slips">${checked.map((code) => slipHtml(unit.name, code, network)).join('\n')}</div>`,
    ),
  );
};
