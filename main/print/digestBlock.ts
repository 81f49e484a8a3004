import { digestGroups } from '../../shared/results/digestGroups';
import { qrPath } from '../../shared/print/qrModules';
import { escapeHtml } from './escapeHtml';

/**
 * A QR code as inline SVG markup: one path of dark modules, no script, no style, no namespace
 * URL (the HTML parser puts <svg> in its namespace), so it passes the print CSP and any
 * sanitiser.
 */
export function qrSvg(text: string, label: string): string {
  const { extent, path } = qrPath(text);
  return `<svg class="qr" viewBox="0 0 ${extent} ${extent}" role="img" aria-label="${escapeHtml(label)}" shape-rendering="crispEdges"><rect width="${extent}" height="${extent}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
}

/** The sixteen groups of four hex digits, in lines of eight (or four, in a narrow column), as people read them aloud. */
export function digestGroupsHtml(digest: string, perLine: 4 | 8 = 8): string {
  const groups = digestGroups(digest);
  const lines: string[] = [];
  for (let start = 0; start < groups.length; start += perLine)
    lines.push(groups.slice(start, start + perLine).join(' '));
  return `<span class="digest-groups">${lines.map(escapeHtml).join('<br>')}</span>`;
}

/** What the digest block says for a contest that is not sealed yet: no digest exists, so none is shown. */
export const notSealedText = 'CHƯA NIÊM PHONG';

/**
 * The digest of a sealed result, in groups and as a QR code that holds exactly the 64 lower-case
 * hex digits (what `openssl dgst -sha256 result.json` prints); a contest not sealed gets
 * "CHƯA NIÊM PHONG" and no code, never a digest of something unsealed.
 */
export function digestBlockHtml(digest: string | null, heading = 'Mã băm SHA-256 của kết quả đã niêm phong'): string {
  if (digest === null)
    return `<div class="digest-block draft"><div class="digest-text"><div class="digest-heading">${escapeHtml(heading)}</div><div class="not-sealed">${notSealedText}</div><p class="digest-note">Kết quả chưa được niêm phong: văn bản này là bản nháp, chưa có mã băm.</p></div></div>`;
  return `<div class="digest-block"><div class="digest-text"><div class="digest-heading">${escapeHtml(heading)}</div><div class="digest">${digestGroupsHtml(digest)}</div><p class="digest-note">Mã QR bên cạnh chứa đúng 64 chữ số của mã băm. Khi nhận gói kết quả, người nhận nhập hai nhóm chữ số do máy yêu cầu, đọc từ văn bản này.</p></div>${qrSvg(digest, `Mã QR của mã băm ${digest}`)}</div>`;
}

/**
 * Beside the digest: the SHA-256 fingerprint of the certificate that signed the result, in the
 * same groups. The district trusts a signer only by this fingerprint, read from paper, because
 * anyone can make a certificate carrying the head's name. Nothing for a result not sealed.
 */
export function signerBlockHtml(sealed: boolean, fingerprint: string | null): string {
  if (!sealed) return '';
  const heading = 'Dấu vân tay chứng thư ký số của người ký (SHA-256)';
  if (fingerprint === null)
    return `<div class="digest-block signer"><div class="digest-text"><div class="digest-heading">${heading}</div><p class="digest-note">Kết quả chưa được ký số: in lại văn bản này sau khi trưởng ban ký để có dấu vân tay chứng thư.</p></div></div>`;
  return `<div class="digest-block signer"><div class="digest-text"><div class="digest-heading">${heading}</div><div class="digest">${digestGroupsHtml(fingerprint)}</div><p class="digest-note">Cấp trên chỉ nhận gói kết quả được ký bằng chứng thư có dấu vân tay này.</p></div></div>`;
}
