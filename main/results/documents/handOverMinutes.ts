import type { Conference } from '../../../shared/counting/countingSchemas';
import {
  digestBlockHtml,
  notSealedText,
  escapeHtml,
  partyDocument,
  signerBlockHtml,
  twoPartySignaturesHtml,
} from '../../print';
import {
  basisHtml,
  committeeIssuer,
  committeeListHtml,
  committeeOf,
  draftBannerHtml,
  handDots,
  memberLines,
  spelledDate,
  subjectLine,
  type CampaignHeading,
} from './resultParts';
import type { ContestMinutes } from './countingMinutes';

export interface HandOverMinutesInput {
  readonly campaign: CampaignHeading;
  readonly unitName: string;
  readonly conference: Conference | null;
  readonly contests: readonly ContestMinutes[];
  /** YYYY-MM-DD: the conference's day, or today when none is recorded yet. */
  readonly date: string;
}

function envelopesHtml(contests: readonly ContestMinutes[]): string {
  const rows = contests.map(({ tally, counts, seal }, index) => {
    const issued = counts?.issued ?? tally.ballots.issued;
    const returned = counts?.returned ?? tally.ballots.returned;
    const valid = counts?.valid ?? tally.ballots.valid;
    return `<tr><td class="number">${index + 1}</td><td>${subjectLine(tally)}</td><td class="number">${
      seal ? `<b>${escapeHtml(seal.envelopeSeal)}</b>` : notSealedText
    }</td><td class="number">${issued}</td><td class="number">${returned}</td><td class="number">${valid}</td><td class="number">${returned - valid}</td></tr>`;
  });
  const sum = (pick: (contest: ContestMinutes) => number) => contests.reduce((total, item) => total + pick(item), 0);
  const returned = sum((item) => item.counts?.returned ?? item.tally.ballots.returned);
  const valid = sum((item) => item.counts?.valid ?? item.tally.ballots.valid);
  const total = `<tr class="total"><td></td><td>Cộng</td><td class="number">${contests.length} phong bì</td><td class="number">${sum(
    (item) => item.counts?.issued ?? item.tally.ballots.issued,
  )}</td><td class="number">${returned}</td><td class="number">${valid}</td><td class="number">${returned - valid}</td></tr>`;
  return `<table class="envelopes"><colgroup><col class="number"><col><col class="seal"><col class="count"><col class="count"><col class="count"><col class="count"></colgroup>
<thead><tr><th>TT</th><th>Phiếu lấy ý kiến đối với đồng chí</th><th>Số niêm phong</th><th>Phát ra</th><th>Thu về (trong phong bì)</th><th>Hợp lệ</th><th>Không hợp lệ</th></tr></thead>
<tbody>
${rows.join('\n')}
${total}
</tbody></table>`;
}

function digestsHtml(contests: readonly ContestMinutes[]): string {
  return contests
    .map(
      ({ tally, seal, signerFingerprint }, index) =>
        `<div class="keep-together"><p class="sub-heading">${index + 1}. Kết quả đối với đồng chí ${escapeHtml(tally.subjectName)}:</p>${digestBlockHtml(seal?.digest ?? null)}${signerBlockHtml(seal !== null, signerFingerprint)}</div>`,
    )
    .join('\n');
}

/**
 * Biên bản bàn giao: the counting committee hands the sealed envelopes of one conference to Ban
 * Tuyên giáo; per envelope its seal number and the ballots inside, then the digest of each sealed
 * result. Both sides sign.
 */
export function handOverMinutesHtml(input: HandOverMinutesInput): string {
  const committee = committeeOf(input.conference);
  const sealed = input.contests.length > 0 && input.contests.every((contest) => contest.seal !== null);
  const where = input.conference?.place.trim() ? escapeHtml(input.conference.place.trim()) : handDots;
  const body = [
    sealed ? '' : draftBannerHtml,
    basisHtml(input.campaign),
    `<p>Hôm nay, ${spelledDate(input.date)}, tại ${where}, sau Hội nghị lấy ý kiến góp ý đối với người đứng đầu ${escapeHtml(input.unitName)}, chúng tôi gồm:</p>`,
    '<h2 class="section-heading">I. BÊN GIAO: BAN KIỂM PHIẾU</h2>',
    committeeListHtml(committee),
    '<h2 class="section-heading">II. BÊN NHẬN: BAN TUYÊN GIÁO</h2>',
    `<ol class="people"><li>Đồng chí ${handDots} – chức vụ ${handDots}</li><li>Đồng chí ${handDots} – chức vụ ${handDots}</li></ol>`,
    '<h2 class="section-heading">III. NỘI DUNG BÀN GIAO</h2>',
    `<p>Bên giao bàn giao cho bên nhận ${input.contests.length} phong bì đựng phiếu lấy ý kiến đã niêm phong, cụ thể:</p>`,
    input.contests.length > 0 ? envelopesHtml(input.contests) : `<p>${handDots}</p>`,
    '<p>Hai bên đã cùng kiểm tra: các phong bì còn nguyên niêm phong, số niêm phong đúng như trên. Mã băm dưới đây xác định kết quả kiểm phiếu đã niêm phong trong máy; bên nhận dùng nó để đối chiếu khi nhận gói kết quả.</p>',
    input.contests.length > 0 ? digestsHtml(input.contests) : '',
    '<p>Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản.</p>',
    twoPartySignaturesHtml(
      {
        side: 'BÊN GIAO',
        onBehalfOf: 'T/M BAN KIỂM PHIẾU',
        role: 'TRƯỞNG BAN',
        ...(committee.head ? { name: committee.head } : {}),
      },
      { side: 'BÊN NHẬN', onBehalfOf: 'T/M BAN TUYÊN GIÁO', role: '' },
      memberLines(committee),
      'CÁC THÀNH VIÊN BAN KIỂM PHIẾU',
    ),
  ].join('\n');
  return partyDocument({
    issuingBody: committeeIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'BIÊN BẢN BÀN GIAO',
    subtitle: `Phiếu lấy ý kiến đã niêm phong – ${input.unitName}`,
    bodyHtml: body,
  });
}
