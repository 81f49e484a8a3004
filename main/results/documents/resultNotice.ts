import { AppError } from '../../../shared/errors';
import { underScoreFloor, unanimousRows } from '../../../shared/results/privacyFloors';
import type { ContestTally, SealRecord } from '../../../shared/results/resultSchemas';
import { fileNamePart } from '../../../shared/text/fileNames';
import { contestContext, getCampaign } from '../../campaigns';
import { getConference } from '../../counting';
import { digestBlockHtml, documentWithoutCharts, escapeHtml, partyDocument, type DocumentSource } from '../../print';
import { sealedResult } from '../sealedTally';
import {
  baseSentence,
  campaignHeading,
  basisHtml,
  committeeIssuer,
  committeeOf,
  percent,
  privacyWarningHtml,
  subjectLine,
  unanimityWarningHtml,
  type CampaignHeading,
  type Committee,
} from './resultParts';

/**
 * Plan 167-KH/QU (seed 000), word for word: what the person assessed does with the result. The
 * notice quotes it as the request that closes it.
 */
export const remediationRequest =
  'Cá nhân được góp ý tiếp thu, xây dựng kế hoạch khắc phục tồn tại, hạn chế đã được chỉ ra.';

export interface ResultNoticeInput {
  readonly campaign: CampaignHeading;
  /** The sealed tally: a notice is only ever of a sealed result. */
  readonly tally: ContestTally;
  readonly seal: SealRecord;
  readonly committee: Committee;
  /** YYYY-MM-DD, the day of the notice. */
  readonly date: string;
}

/** "Trung bình + Yếu kém" on a form of levels, "điểm 1–4" on a 10-point one (as the report words it). */
function lowWords(tally: ContestTally): string {
  return tally.scale === 'points10' ? 'điểm 1–4' : `${tally.levelNames[2] ?? ''} + ${tally.levelNames[3] ?? ''}`;
}

function ballotsHtml(tally: ContestTally): string {
  const { issued, returned, valid } = tally.ballots;
  return `<p>Số phiếu phát ra: ${issued}; số phiếu thu về: ${returned}; số phiếu hợp lệ: ${valid}. ${baseSentence(tally)}</p>`;
}

/** The criteria whose low share reached the campaign's threshold: number, text and that share. */
function flaggedHtml(tally: ContestTally): string {
  const words = escapeHtml(lowWords(tally));
  const rule = `tỷ lệ ${words} từ ${percent(tally.threshold)}% trở lên (ngưỡng của đợt lấy ý kiến)`;
  const flagged = tally.criteria.filter((criterion) => criterion.flagged);
  if (flagged.length === 0) return `<p>Không có nội dung nào có ${rule}.</p>`;
  const items = flagged.map(
    (criterion) =>
      `<li>Nội dung ${criterion.number}: ${escapeHtml(criterion.text)} — ${words}: ${percent(criterion.lowShare)}%.</li>`,
  );
  return `<p>Các nội dung có ${rule}:</p>\n<ul class="flagged-criteria">${items.join('')}</ul>`;
}

/** Low prestige (the two lowest levels) and the marks of Quy định 96-QĐ/TW, as the report prints them. */
function prestigeHtml(tally: ContestTally): string {
  const prestige = tally.prestige;
  if (!prestige) return '';
  const lowNames = tally.prestigeLevelNames.slice(2).map(escapeHtml).join(' + ');
  const yes = (value: boolean) => (value ? '<b>CÓ</b>' : 'Không');
  return `<p>Tỷ lệ ${lowNames}: ${prestige.low} phiếu, ${percent(prestige.lowShare)}%.</p>
<ul class="marks">
<li>Trên 1/2 số phiếu đánh giá uy tín thấp (Quy định 96-QĐ/TW): ${yes(prestige.lowOverHalf)}.</li>
<li>Từ 2/3 số phiếu trở lên đánh giá uy tín thấp (Quy định 96-QĐ/TW): ${yes(prestige.lowTwoThirds)}.</li>
</ul>`;
}

function requestHtml(campaign: CampaignHeading): string {
  const plan = campaign.planNumber.trim() ? `Kế hoạch số ${escapeHtml(campaign.planNumber.trim())}` : 'Kế hoạch';
  return `<p>Thực hiện ${plan}: “${escapeHtml(remediationRequest)}”, đề nghị đồng chí nghiêm túc tiếp thu các ý kiến góp ý, xây dựng kế hoạch khắc phục những tồn tại, hạn chế nêu trên.</p>`;
}

/**
 * Thông báo kết quả: to the person assessed, after the seal. The ballots, the flagged criteria,
 * low prestige, and the request to remedy; under the same privacy warnings as the result report
 * (below 5 valid ballots; rows every voter marked alike). No comments: the report alone carries
 * them, behind the free-text floor.
 */
export function resultNoticeHtml(input: ResultNoticeInput): string {
  const { tally, seal } = input;
  const sections = [
    { heading: 'SỐ PHIẾU', html: ballotsHtml(tally) },
    { heading: 'CÁC NỘI DUNG ĐƯỢC GÓP Ý CẦN KHẮC PHỤC', html: flaggedHtml(tally) },
    ...(tally.prestige ? [{ heading: 'MỨC ĐỘ UY TÍN', html: prestigeHtml(tally) }] : []),
    { heading: 'ĐỀ NGHỊ', html: requestHtml(input.campaign) },
  ];
  const numerals = ['I', 'II', 'III', 'IV'];
  const body = [
    `<p>Kính gửi: Đồng chí <b>${subjectLine(tally)}</b>, ${escapeHtml(tally.unitName)}.</p>`,
    basisHtml(input.campaign),
    '<p>Ban kiểm phiếu thông báo kết quả lấy ý kiến góp ý đối với đồng chí như sau:</p>',
    underScoreFloor(tally) ? privacyWarningHtml(tally.ballots.valid) : '',
    unanimityWarningHtml(unanimousRows(tally)),
    ...sections.map(
      (section, index) => `<h2 class="section-heading">${numerals[index]}. ${section.heading}</h2>\n${section.html}`,
    ),
    `<p>Kết quả đã niêm phong (số niêm phong phong bì: <b>${escapeHtml(seal.envelopeSeal)}</b>).</p>`,
    digestBlockHtml(seal.digest),
  ].join('\n');
  return partyDocument({
    issuingBody: committeeIssuer(input.campaign),
    place: input.campaign.locality,
    date: input.date,
    title: 'THÔNG BÁO KẾT QUẢ LẤY Ý KIẾN',
    subtitle: `Góp ý đối với đồng chí ${tally.subjectName}`,
    bodyHtml: body,
    signatures: {
      lead: {
        onBehalfOf: 'T/M BAN KIỂM PHIẾU',
        role: 'TRƯỞNG BAN',
        ...((input.committee.head ?? seal.sealedBy) ? { name: input.committee.head ?? seal.sealedBy } : {}),
      },
    },
  });
}

/** Only a sealed contest has a notice, printed from the tally that was sealed (its latest amendment). */
export const resultNoticeSource: DocumentSource<'resultNotice'> = (db, { contestId }, today) => {
  contestContext(db, contestId);
  const sealed = sealedResult(db, contestId);
  if (!sealed) throw new AppError('NOT_SEALED');
  const { seal, tally } = sealed;
  const campaign = getCampaign(db, tally.campaignId);
  return documentWithoutCharts(
    `Thông báo kết quả — ${tally.subjectName}, ${tally.unitName}`,
    `thong-bao-ket-qua-${fileNamePart(`${tally.subjectName} ${tally.unitName}`, 'van-ban')}.pdf`,
    resultNoticeHtml({
      campaign: campaignHeading(campaign),
      tally,
      seal,
      committee: committeeOf(getConference(db, tally.unitId)),
      date: today,
    }),
  );
};
