import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/i18n/messages';
import {
  organisationKinds,
  ratedSubjectKindInfo,
  ratedSubjectKinds,
  ratingLevelIds,
  ratingLevels,
  type RatedSubjectKind,
} from '../../../shared/ratings/ratingLevels';
import type { RatingEntry, RatingRound } from '../../../shared/ratings/ratingSchemas';
import { largestRemainderShares } from '../../../shared/results/largestRemainder';
import { fileNamePart } from '../../../shared/text/fileNames';
import { type DocumentSource, documentWithoutCharts, escapeHtml, partyDocument } from '../../print';
import { getRound, listEntries } from '../roundStore';
import { decisionText, numberCell, ratingIssuer, shareFigure, type RatingIssuer } from './ratingDocumentParts';

export interface RatingRoundSummaryInput {
  readonly round: Pick<RatingRound, 'year' | 'name'>;
  /** The organisation the summary is cut to; null for the whole district. */
  readonly organisation: { readonly name: string } | null;
  /** The subjects to summarise, in the round's order. */
  readonly entries: readonly RatingEntry[];
  readonly issuer: RatingIssuer;
  /** YYYY-MM-DD, the day of the summary. */
  readonly date: string;
}

const isOrganisation = (kind: RatedSubjectKind) => (organisationKinds as readonly string[]).includes(kind);

/**
 * An organisation's part of a round: itself, its collective and members, and the same for every
 * organisation under it, however deep, in the round's order. The round lists a parent before the
 * organisations under it, so one pass finds them all.
 */
export function entriesOfOrganisation(entries: readonly RatingEntry[], organisationId: string): RatingEntry[] {
  const within = new Set([organisationId]);
  return entries.filter((entry) => {
    if (isOrganisation(entry.kind)) {
      const inside =
        entry.subjectId === organisationId || (entry.organisationId !== null && within.has(entry.organisationId));
      if (inside) within.add(entry.subjectId);
      return inside;
    }
    return entry.organisationId !== null && within.has(entry.organisationId);
  });
}

/** Per kind present: how many at each level (best first), how many not decided yet. */
function countsByKind(entries: readonly RatingEntry[]) {
  return ratedSubjectKinds.flatMap((kind) => {
    const ofKind = entries.filter((entry) => entry.kind === kind);
    if (ofKind.length === 0) return [];
    const levels = ratingLevelIds.map((level) => ofKind.filter((entry) => entry.decidedLevel === level).length);
    return [{ kind, total: ofKind.length, levels, pending: ofKind.length - levels.reduce((a, b) => a + b, 0) }];
  });
}

function countTableHtml(entries: readonly RatingEntry[]): string {
  const rows = countsByKind(entries)
    .map(({ kind, total, levels, pending }) => {
      const decided = total - pending;
      const shares = largestRemainderShares(levels);
      const levelCells = levels
        .map((count, index) => `${numberCell(count)}${numberCell(decided === 0 ? '–' : shareFigure(shares[index]!))}`)
        .join('');
      return `<tr><td>${escapeHtml(ratedSubjectKindInfo[kind].label.vi)}</td>${numberCell(total)}${levelCells}${numberCell(pending)}</tr>`;
    })
    .join('\n');
  const levelColumns = ratingLevelIds.map(() => '<col class="number"><col class="mark">').join('');
  const levelHeadings = ratingLevelIds
    .map((level) => `<th class="level" colspan="2">${escapeHtml(ratingLevels[level].shortLabel.vi)}</th>`)
    .join('');
  return `<table class="results"><colgroup><col><col class="mark">${levelColumns}<col class="mark"></colgroup>
<thead><tr><th rowspan="2">Loại</th><th rowspan="2">Tổng số</th>${levelHeadings}<th rowspan="2">Chưa xếp loại</th></tr>
<tr>${ratingLevelIds.map(() => '<th class="level">Số</th><th class="level">Tỷ lệ (%)</th>').join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="note">Tỷ lệ của mỗi mức tính trên số đã có quyết định xếp loại của loại đó (không kể số chưa xếp loại), làm tròn đến hai chữ số thập phân theo phương pháp phần dư lớn nhất để các mức cộng lại đúng 100,00.</p>`;
}

/** What a subject is, under its name: "Chi bộ, trực thuộc …", "Đảng viên Chi bộ …; Giáo viên". */
function subjectDescription(entry: RatingEntry): string {
  const organisation = entry.organisationName?.trim() ? escapeHtml(entry.organisationName.trim()) : '';
  if (entry.kind === 'leadershipCollective')
    return `Tập thể lãnh đạo, quản lý${organisation ? ` của ${organisation}` : ''}`;
  if (entry.kind === 'member') {
    const position = entry.position.trim() ? `; ${escapeHtml(entry.position.trim())}` : '';
    return `Đảng viên${organisation ? ` ${organisation}` : ''}${position}`;
  }
  return `${escapeHtml(ratedSubjectKindInfo[entry.kind].label.vi)}${organisation ? `, trực thuộc ${organisation}` : ''}`;
}

function subjectListHtml(entries: readonly RatingEntry[]): string {
  const rows = entries
    .map(
      (entry, index) =>
        `<tr>${numberCell(index + 1)}<td>${escapeHtml(entry.name)}<br><span class="note">${subjectDescription(entry)}</span></td><td>${
          entry.decidedLevel ? escapeHtml(ratingLevels[entry.decidedLevel].label.vi) : 'Chưa xếp loại'
        }</td><td>${decisionText(entry.decisionNumber, entry.decisionDate)}</td></tr>`,
    )
    .join('\n');
  return `<table class="results"><colgroup><col class="number"><col><col class="note"><col class="note"></colgroup>
<thead><tr><th>TT</th><th>Tổ chức, tập thể, đảng viên</th><th>Mức xếp loại</th><th>Quyết định</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

/**
 * Tổng hợp kết quả đánh giá, xếp loại chất lượng (issue 17 point 5): per kind of subject, the
 * count at each level and its share of those decided; then every subject in the round's order
 * with its decided level and the decision. For the district, or cut to one organisation.
 */
export function ratingRoundSummaryHtml({
  round,
  organisation,
  entries,
  issuer,
  date,
}: RatingRoundSummaryInput): string {
  const decided = entries.filter((entry) => entry.decidedLevel !== null).length;
  const scope = organisation
    ? ` của ${escapeHtml(organisation.name)}${entries.some((entry, index) => index > 0 && isOrganisation(entry.kind)) ? ' và các tổ chức trực thuộc' : ''}`
    : '';
  const body = [
    `<p>Căn cứ kết quả đợt “${escapeHtml(round.name)}”, tổng hợp kết quả đánh giá, xếp loại chất lượng năm ${round.year}${scope} như sau:</p>`,
    `<p>Số tổ chức, tập thể và đảng viên được đánh giá: ${entries.length}; đã có quyết định xếp loại: ${decided}; chưa xếp loại: ${entries.length - decided}.</p>`,
    '<h2 class="section-heading">I. TỔNG HỢP THEO LOẠI</h2>',
    entries.length > 0 ? countTableHtml(entries) : '<p>Không có ai được đánh giá.</p>',
    '<h2 class="section-heading">II. DANH SÁCH XẾP LOẠI</h2>',
    entries.length > 0 ? subjectListHtml(entries) : '<p>Không có ai được đánh giá.</p>',
  ].join('\n');
  return partyDocument({
    issuingBody: issuer.issuingBody,
    place: issuer.place,
    date,
    // A no-break space keeps the year with its word when the title wraps.
    title: `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM\u00a0${round.year}`,
    ...(organisation ? { subtitle: organisation.name } : {}),
    bodyHtml: body,
    signatures: { lead: issuer.signature, members: [] },
  });
}

/** A round's summary for the district, or for one organisation and those under it. */
export const ratingRoundSource: DocumentSource<'ratingRound'> = (db, { roundId, organisationId }, today) => {
  const round = getRound(db, roundId);
  const all = listEntries(db, roundId);
  const organisation =
    organisationId === null
      ? null
      : all.find((entry) => entry.subjectId === organisationId && isOrganisation(entry.kind));
  if (organisation === undefined) throw new AppError('NOT_FOUND', { what: message('core.ratings.subject') });
  const entries = organisation ? entriesOfOrganisation(all, organisation.subjectId) : all;
  const title = `Tổng hợp xếp loại chất lượng năm ${round.year}`;
  return documentWithoutCharts(
    organisation ? `${title} — ${organisation.name}` : title,
    organisation
      ? `tong-hop-xep-loai-${round.year}-${fileNamePart(organisation.name, 'to-chuc')}.pdf`
      : `tong-hop-xep-loai-${round.year}.pdf`,
    ratingRoundSummaryHtml({ round, organisation, entries, issuer: ratingIssuer(db), date: today }),
  );
};
