import type { Conference } from '../../../shared/counting/countingSchemas';
import { ratingLevelIds, ratingLevels } from '../../../shared/ratings/ratingLevels';
import type { RatingRound, RatingVote } from '../../../shared/ratings/ratingSchemas';
import { largestRemainderShares } from '../../../shared/results/largestRemainder';
import { scoreFloor } from '../../../shared/results/privacyFloors';
import { fileNamePart } from '../../../shared/text/fileNames';
import { getConference } from '../../counting';
import { type DocumentSource, documentWithoutCharts, escapeHtml, partyDocument } from '../../print';
import { getEntry, getRound } from '../roundStore';
import { getVote } from '../voteStore';
import { numberCell, ratingIssuer, shareFigure } from './ratingDocumentParts';

export interface RatingVoteMinutesInput {
  readonly vote: RatingVote;
  readonly round: Pick<RatingRound, 'year' | 'name'>;
  /** The body the organisation stands under (its parent in the round), written above it; null for none. */
  readonly upperBody: string | null;
  readonly conference: Conference | null;
  /** Written before the date, e.g. "Long Biên". */
  readonly place: string;
}

/** Left for the secretary to write in by hand when the app does not know it. */
const handDots = '……………………';

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** "ngày 15 tháng 12 năm 2025" */
function spelledDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

function committeeOf(conference: Conference | null) {
  const committee = conference?.committee ?? [];
  return {
    head: committee.find((member) => member.role === 'head')?.name ?? null,
    members: committee.filter((member) => member.role !== 'head').map((member) => member.name),
  };
}

function meetingHtml({ vote, round, conference }: RatingVoteMinutesInput): string {
  const date = conference?.heldOn ?? vote.pollDate;
  const where = conference?.place.trim() ? escapeHtml(conference.place.trim()) : handDots;
  const chair = conference?.chair.trim() ? `đồng chí ${escapeHtml(conference.chair.trim())}` : handDots;
  const attendance = conference
    ? `Số đảng viên được triệu tập: ${conference.convened}; số đảng viên có mặt: ${conference.present}.`
    : `Số đảng viên được triệu tập: ${handDots}; số đảng viên có mặt: ${handDots}.`;
  const committee = committeeOf(conference);
  const people = [
    ...(committee.head ? [`${escapeHtml(committee.head)} – Trưởng ban`] : []),
    ...committee.members.map((name) => `${escapeHtml(name)} – Thành viên`),
  ];
  return `<p>Thực hiện đánh giá, xếp loại chất lượng năm ${round.year} (đợt “${escapeHtml(round.name)}”), hôm nay, ${spelledDate(date)}, tại ${where}, ${escapeHtml(vote.organisationName)} do ${chair} chủ trì đã tiến hành biểu quyết bằng phiếu kín việc xếp loại chất lượng ${vote.subjects.length} trường hợp dưới đây.</p>
<h2 class="section-heading">I. THÀNH PHẦN</h2>
<p>${attendance}</p>
<p>Ban kiểm phiếu gồm:</p>
${people.length > 0 ? `<ol class="people">${people.map((person) => `<li>${person}</li>`).join('')}</ol>` : `<p>${handDots}</p>`}
<p class="note">Phiếu biểu quyết được kiểm và nhập hai lần độc lập trong đợt lấy phiếu “${escapeHtml(vote.campaignName)}”.</p>`;
}

const countRow = (label: string, value: number) =>
  `<tr><td>${label}</td><td class="number">${escapeHtml(value)}</td></tr>`;

function ballotsHtml(ballots: NonNullable<RatingVote['ballots']>): string {
  const rows = [
    countRow('Số phiếu phát ra', ballots.issued),
    countRow('Số phiếu thu về', ballots.returned),
    countRow('Số phiếu hợp lệ', ballots.valid),
    countRow('Số phiếu không hợp lệ', ballots.invalid),
  ];
  return `<table class="counts"><colgroup><col><col class="count"></colgroup><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * SPEC §3: under 5 valid ballots the marks identify voters, and a row every valid ballot marked
 * alike tells each voter's mark; the figures are printed only under a warning saying so.
 */
function privacyWarningsHtml(vote: RatingVote, valid: number): string {
  const few =
    valid < scoreFloor
      ? `<p class="warning">LƯU Ý BẢO MẬT: chỉ có ${valid} phiếu hợp lệ (dưới ${scoreFloor} phiếu). Với số phiếu ít như vậy có thể suy ra ý kiến của từng người; kết quả dưới đây chỉ dùng trong phạm vi được giao, không công bố, không sao chụp.</p>`
      : '';
  const alike = (vote.rows ?? [])
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => valid > 0 && row.levels.some((count) => count === valid));
  const unanimity =
    alike.length > 0
      ? `<p class="warning">LƯU Ý BẢO MẬT: mọi phiếu hợp lệ đều chọn cùng một mức ở dòng ${alike
          .map(({ index }) => index + 1)
          .join(', ')}, nên ý kiến của từng người ở đó đã được biết.</p>`
      : '';
  return few + unanimity;
}

function tallyTableHtml(rows: NonNullable<RatingVote['rows']>, valid: number): string {
  const body = rows
    .map((row, index) => {
      const counts = [...row.levels, row.blank + row.multi];
      const shares = largestRemainderShares(counts);
      const cells = counts
        .map((count, part) => `${numberCell(count)}${numberCell(valid === 0 ? '–' : shareFigure(shares[part]!))}`)
        .join('');
      return `<tr>${numberCell(index + 1)}<td>${escapeHtml(row.name)}</td>${cells}</tr>`;
    })
    .join('\n');
  const groups = [
    ...ratingLevelIds.map((level) => ratingLevels[level].shortLabel.vi),
    'Không chọn hoặc chọn nhiều mức',
  ];
  return `<table class="results"><colgroup><col class="number"><col>${'<col class="number"><col class="mark">'.repeat(groups.length)}</colgroup>
<thead><tr><th rowspan="2">TT</th><th rowspan="2">Tập thể, đảng viên</th>${groups
    .map((name) => `<th class="level" colspan="2">${escapeHtml(name)}</th>`)
    .join('')}</tr>
<tr>${groups.map(() => '<th class="level">Số</th><th class="level">Tỷ lệ (%)</th>').join('')}</tr></thead>
<tbody>
${body}
</tbody></table>
<p class="note">Tỷ lệ tính trên ${valid} phiếu hợp lệ, làm tròn đến hai chữ số thập phân theo phương pháp phần dư lớn nhất để mỗi dòng cộng lại đúng 100,00.</p>`;
}

function resultHtml(vote: RatingVote): string {
  if (!vote.counted || !vote.ballots || !vote.rows)
    return `<p class="draft-banner">BẢN NHÁP – CHƯA KẾT THÚC KIỂM PHIẾU</p>
<p>Việc kiểm phiếu chưa kết thúc: chưa có kết quả biểu quyết.</p>`;
  return `${ballotsHtml(vote.ballots)}
<h2 class="section-heading">III. KẾT QUẢ BIỂU QUYẾT XẾP LOẠI</h2>
${privacyWarningsHtml(vote, vote.ballots.valid)}
${tallyTableHtml(vote.rows, vote.ballots.valid)}`;
}

/**
 * Biên bản kiểm phiếu biểu quyết xếp loại chất lượng (seed 003: "bỏ phiếu kín"): the meeting,
 * the counting committee, the ballots, and per subject the ballots for each level and their share
 * of the valid ballots; signed by the committee as any counting minutes.
 */
export function ratingVoteMinutesHtml(input: RatingVoteMinutesInput): string {
  const { vote, upperBody, conference } = input;
  const committee = committeeOf(conference);
  const body = [
    meetingHtml(input),
    '<h2 class="section-heading">II. KẾT QUẢ KIỂM PHIẾU</h2>',
    resultHtml(vote),
    `<p>Biên bản kết thúc lúc ${handDots} cùng ngày, đã được đọc lại cho hội nghị cùng nghe và nhất trí thông qua.</p>`,
  ].join('\n');
  return partyDocument({
    issuingBody: [...(upperBody?.trim() ? [upper(upperBody.trim())] : []), upper(vote.organisationName)],
    place: input.place,
    date: conference?.heldOn ?? vote.pollDate,
    title: 'BIÊN BẢN KIỂM PHIẾU BIỂU QUYẾT XẾP LOẠI CHẤT LƯỢNG',
    subtitle: `${vote.organisationName}, năm ${input.round.year}`,
    bodyHtml: body,
    signatures: {
      lead: {
        onBehalfOf: 'T/M BAN KIỂM PHIẾU',
        role: 'TRƯỞNG BAN',
        ...(committee.head ? { name: committee.head } : {}),
      },
      members: committee.members.length > 0 ? committee.members : ['', ''],
    },
  });
}

/** The minutes of one rating vote, dated the day of its meeting. */
export const ratingVoteMinutesSource: DocumentSource<'ratingVoteMinutes'> = (db, { voteId }) => {
  const vote = getVote(db, voteId);
  const round = getRound(db, vote.roundId);
  const organisation = getEntry(db, vote.roundId, vote.organisationId);
  return documentWithoutCharts(
    `Biên bản kiểm phiếu biểu quyết xếp loại — ${vote.organisationName}`,
    `bien-ban-bieu-quyet-xep-loai-${round.year}-${fileNamePart(vote.organisationName, 'to-chuc')}.pdf`,
    ratingVoteMinutesHtml({
      vote,
      round,
      upperBody: organisation.organisationName,
      conference: getConference(db, vote.unitId),
      place: ratingIssuer(db).place,
    }),
  );
};
