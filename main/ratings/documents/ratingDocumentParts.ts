import { escapeHtml } from '../../print';
import { formatVietnameseDate } from '../../../shared/campaigns/calendar';
import { shareText } from '../../../shared/results/shareText';
import { storedVaultName, type ReadableDB } from '../../vault';

/** Pieces the rating documents share: who issues them, where, who signs, and how counts are written. */

/** The body the rating documents are issued by, as 36-HD/VPTW heads them, with the place of the date line. */
export interface RatingIssuer {
  /** The upper body first: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO']. */
  readonly issuingBody: readonly string[];
  /** Written before the date, e.g. "Long Biên"; empty when the name does not say. */
  readonly place: string;
  /** Who signs: "T/M BAN TUYÊN GIÁO" over "TRƯỞNG BAN". */
  readonly signature: { readonly onBehalfOf?: string; readonly role: string };
}

const committee = String.raw`(?:quận|huyện|thị|thành|tỉnh|đảng)\s+(?:ủy|uỷ)`;
/** "Ban Tuyên giáo Quận ủy Long Biên": a department ("Ban …") of a committee ("… ủy …"). */
const departmentOfCommittee = new RegExp(String.raw`^(ban\s.+?)\s+(${committee}(?:\s.*)?)$`, 'iu');
const standingCommittee = /^ban\s+thường\s+vụ$/iu;
const isCommittee = new RegExp(String.raw`^${committee}(?:\s|$)`, 'iu');
/** "Quận ủy Long Biên" → "Long Biên": only a territorial committee names a place. */
const territorialCommittee = /^(?:quận|huyện|thị|thành|tỉnh)\s+(?:ủy|uỷ)\s+(.+)$/iu;

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * A rating round belongs to no campaign, so its documents are issued by the vault's own body (its
 * name, as the receivedSummary does): "Ban Tuyên giáo Quận ủy Long Biên" heads them as the
 * committee over the department, dated in Long Biên, signed "T/M BAN TUYÊN GIÁO / TRƯỞNG BAN".
 * A name that is not of that shape is printed as one line, and the place is left out.
 */
export function ratingIssuerOf(vaultName: string): RatingIssuer {
  const name = vaultName.normalize('NFC').trim().replace(/\s+/g, ' ');
  const split = departmentOfCommittee.exec(name);
  const [upperBody, issuing] = split ? [split[2]!, split[1]!] : [null, name];
  const place = territorialCommittee.exec(upperBody ?? name)?.[1] ?? '';
  // 36-HD/VPTW: the standing committee issues under the committee's own name, its secretary signs.
  if (upperBody && standingCommittee.test(issuing))
    return {
      issuingBody: [upper(upperBody)],
      place,
      signature: { onBehalfOf: `T/M ${upper(issuing)}`, role: 'BÍ THƯ' },
    };
  // The head of a department signs for it, the secretary for a committee; for any other body the
  // app cannot tell the title, so the one who compiled the report signs.
  const role = /^ban\s/iu.test(issuing) ? 'TRƯỞNG BAN' : isCommittee.test(issuing) ? 'BÍ THƯ' : null;
  return {
    issuingBody: name ? [...(upperBody ? [upper(upperBody)] : []), upper(issuing)] : [],
    place,
    signature: role ? { onBehalfOf: `T/M ${upper(issuing)}`, role } : { role: 'NGƯỜI LẬP BÁO CÁO' },
  };
}

export function ratingIssuer(db: ReadableDB): RatingIssuer {
  return ratingIssuerOf(storedVaultName(db));
}

/** A number or a word centred in its cell. */
export const numberCell = (value: string | number) => `<td class="number">${escapeHtml(value)}</td>`;

/** A share in hundredths of a percent as the app writes it, without the sign ("66,67"); "–" for none. */
export const shareFigure = (hundredths: number | null) => (hundredths === null ? '–' : shareText(hundredths, 'vi'));

/** A decision's number and date: "Số 15-QĐ/ĐU, ngày 20/12/2025". */
export function decisionText(decisionNumber: string | null, decisionDate: string | null): string {
  const number = decisionNumber?.trim() ? `Số ${escapeHtml(decisionNumber.trim())}` : '';
  const date = decisionDate ? `ngày ${formatVietnameseDate(decisionDate)}` : '';
  return [number, date].filter(Boolean).join(', ') || '–';
}
