import { escapeHtml } from './escapeHtml';
import { printStylesheet } from './printStylesheet';

/** "Long Biên, ngày 27 tháng 01 năm 2023" — the place and date line of a party document. */
export function vietnameseDateLine(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const where = place.trim() ? `${place.trim()}, ` : '';
  return `${where}ngày ${day} tháng ${month} năm ${year}`;
}

export interface SignatureBlock {
  /** e.g. ['T/M BAN KIỂM PHIẾU', 'TRƯỞNG BAN'] */
  readonly heading: readonly string[];
  readonly name?: string;
}

export function signaturesHtml(blocks: readonly SignatureBlock[]): string {
  return `<div class="signatures">${blocks
    .map(
      (block) =>
        `<div class="signature">${block.heading.map((line) => `<div class="heading">${escapeHtml(line)}</div>`).join('')}<div class="space"></div>${
          block.name ? `<div class="name">${escapeHtml(block.name)}</div>` : ''
        }</div>`,
    )
    .join('')}</div>`;
}

/** A complete HTML page with the print stylesheet: no script, no external resource. */
export function htmlPage(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${printStylesheet}</style></head><body><div class="page">${bodyHtml}</div></body></html>`;
}

export interface PartyDocumentInput {
  /** Lines of the issuing body, the upper body first: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO']. */
  readonly issuingBody: readonly string[];
  readonly documentNumber?: string;
  readonly place: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly bodyHtml: string;
}

/** A document in the layout of Hướng dẫn 36-HD/VPTW: issuer and party header, date line, title, body. */
export function partyDocument(input: PartyDocumentInput): string {
  const issuer = input.issuingBody.map((line) => `<div class="body-line">${escapeHtml(line)}</div>`).join('');
  const header = `<header class="doc-header">
<div class="issuer">${issuer}<div class="star">*</div>${input.documentNumber ? `<div>Số ${escapeHtml(input.documentNumber)}</div>` : ''}</div>
<div class="party"><div class="party-name">ĐẢNG CỘNG SẢN VIỆT NAM</div><div class="date-line">${escapeHtml(vietnameseDateLine(input.place, input.date))}</div></div>
</header>`;
  const titles = `<h1 class="doc-title">${escapeHtml(input.title)}</h1>${input.subtitle ? `<p class="doc-subtitle">${escapeHtml(input.subtitle)}</p>` : ''}`;
  return htmlPage(input.title, `${header}${titles}${input.bodyHtml}`);
}
