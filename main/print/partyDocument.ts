import { escapeHtml } from './escapeHtml';
import { printStylesheet } from './printStylesheet';

/** "Long Biên, ngày 27 tháng 01 năm 2023": day and month on two digits, as 36-HD/VPTW writes them. */
export function vietnameseDateLine(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  const [, year, month, day] = match;
  const where = place.trim() ? `${place.trim()}, ` : '';
  return `${where}ngày ${day} tháng ${month} năm ${year}`;
}

/** Who signs for the body: "T/M BAN KIỂM PHIẾU" / "TRƯỞNG BAN", then the printed name under the space. */
export interface SignatureLead {
  readonly onBehalfOf?: string;
  readonly role: string;
  readonly name?: string;
}

export interface Signatures {
  readonly lead: SignatureLead;
  /** One line per member, e.g. a name; each gets a dotted line to sign on. */
  readonly members?: readonly string[];
  readonly membersHeading?: string;
}

/** The members' numbered lines, each with a dotted line to sign on. */
export function memberLinesHtml(members: readonly string[], membersHeading = 'CÁC THÀNH VIÊN'): string {
  if (members.length === 0) return '';
  return `<div class="members"><div class="heading">${escapeHtml(membersHeading)}</div>${members
    .map(
      (member, index) =>
        `<div class="member"><span class="who">${index + 1}. ${escapeHtml(member)}</span><span class="sign"></span></div>`,
    )
    .join('')}</div>`;
}

/** The closing block: the members' lines on the left, the lead's signature on the right. */
export function signatureBlockHtml(
  lead: SignatureLead,
  members: readonly string[] = [],
  membersHeading = 'CÁC THÀNH VIÊN',
): string {
  const memberColumn = memberLinesHtml(members, membersHeading);
  const headings = [lead.onBehalfOf, lead.role].filter((line): line is string => Boolean(line?.trim()));
  const leadColumn = `<div class="lead">${headings
    .map((line) => `<div class="heading">${escapeHtml(line)}</div>`)
    .join(
      '',
    )}<div class="space"></div>${lead.name?.trim() ? `<div class="name">${escapeHtml(lead.name.trim())}</div>` : ''}</div>`;
  return `<div class="signatures">${memberColumn}${leadColumn}</div>`;
}

/** One side of a hand-over: "BÊN GIAO" over the lead's headings, the space to sign and the name. */
export interface SigningParty extends SignatureLead {
  readonly side: string;
}

/**
 * Two parties sign side by side (biên bản bàn giao: BÊN GIAO left, BÊN NHẬN right); the members'
 * lines of the handing side follow under both.
 */
export function twoPartySignaturesHtml(
  left: SigningParty,
  right: SigningParty,
  members: readonly string[] = [],
  membersHeading = 'CÁC THÀNH VIÊN',
): string {
  const column = (party: SigningParty) => {
    const headings = [party.side, party.onBehalfOf, party.role].filter((line): line is string => Boolean(line?.trim()));
    return `<div class="party-column">${headings.map((line) => `<div class="heading">${escapeHtml(line)}</div>`).join('')}<div class="space"></div>${
      party.name?.trim() ? `<div class="name">${escapeHtml(party.name.trim())}</div>` : ''
    }</div>`;
  };
  const memberLines =
    members.length > 0 ? `<div class="signatures">${memberLinesHtml(members, membersHeading)}</div>` : '';
  return `<div class="signatures two-parties">${column(left)}${column(right)}</div>${memberLines}`;
}

/**
 * A complete HTML page with the print stylesheet and nothing else: no script, no style
 * attribute, no external resource, so it renders the same under the app's CSP (preview frame)
 * and in a printer with scripts and network off.
 */
export function htmlPage(title: string, bodyHtml: string, language: 'vi' = 'vi'): string {
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(title)}</title><style>${printStylesheet}</style></head>`,
    `<body><div class="page">\n${bodyHtml}\n</div></body></html>`,
  ].join('\n');
}

export interface PartyDocumentInput {
  /** The issuing body, the upper body first: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO']. */
  readonly issuingBody: readonly string[];
  /** "167 - KH/QU", printed as "Số 167 - KH/QU". */
  readonly documentNumber?: string;
  readonly place: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Already escaped: built by the document from escaped pieces. */
  readonly bodyHtml: string;
  readonly signatures?: Signatures;
  readonly language?: 'vi';
}

function issuerHtml(issuingBody: readonly string[], documentNumber: string | undefined): string {
  const lines = issuingBody.filter((line) => line.trim());
  if (lines.length === 0) return '';
  // 36-HD/VPTW: the upper body in regular type, the body that issues the document in bold.
  const body = lines
    .map(
      (line, index) =>
        `<div class="${index === lines.length - 1 ? 'issuing-body' : 'upper-body'}">${escapeHtml(line)}</div>`,
    )
    .join('');
  const number = documentNumber?.trim() ? `<div class="number">Số ${escapeHtml(documentNumber.trim())}</div>` : '';
  return `${body}<div class="star">*</div>${number}`;
}

/** A document in the layout of Hướng dẫn 36-HD/VPTW: issuer and party header, date line, title, body, signatures. */
export function partyDocument(input: PartyDocumentInput): string {
  const header = `<header class="doc-header">
<div class="issuer">${issuerHtml(input.issuingBody, input.documentNumber)}</div>
<div class="party"><div class="party-name">ĐẢNG CỘNG SẢN VIỆT NAM</div><div class="date-line">${escapeHtml(vietnameseDateLine(input.place, input.date))}</div></div>
</header>`;
  const titles = `<h1 class="doc-title">${escapeHtml(input.title)}</h1>${
    input.subtitle ? `\n<p class="doc-subtitle">${escapeHtml(input.subtitle)}</p>` : ''
  }`;
  const signatures = input.signatures
    ? signatureBlockHtml(input.signatures.lead, input.signatures.members, input.signatures.membersHeading)
    : '';
  return htmlPage(input.title, [header, titles, input.bodyHtml, signatures].join('\n'), input.language);
}
