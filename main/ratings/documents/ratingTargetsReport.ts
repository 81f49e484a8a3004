import { ratingLevels } from '../../../shared/ratings/ratingLevels';
import type { RatingTargetsDashboard } from '../../../shared/ratings/ratingSchemas';
import { ratingTargetInWords, shareInWords } from '../../../shared/ratings/ratingTargets';
import { type DocumentSource, documentWithoutCharts, escapeHtml, partyDocument } from '../../print';
import { ratingTargetsDashboard } from '../targetsDashboard';
import { numberCell, ratingIssuer, shareFigure, type RatingIssuer } from './ratingDocumentParts';

export interface RatingTargetsReportInput {
  readonly dashboard: RatingTargetsDashboard;
  readonly issuer: RatingIssuer;
  /** YYYY-MM-DD, the day of the report. */
  readonly date: string;
}

type TargetResult = RatingTargetsDashboard['results'][number];

/** Met, not met, or nothing counted yet: the words of the dashboard, on paper. */
export function metInWords(met: boolean | null): string {
  return met === null ? 'Chưa có kết quả' : met ? 'Đạt' : 'Không đạt';
}

const shareWords = (hundredths: number | null) => (hundredths === null ? '–' : shareInWords(hundredths).vi);

function basisHtml(dashboard: RatingTargetsDashboard): string {
  const set = dashboard.targetSet;
  if (!set) return `<p>Chưa có bộ chỉ tiêu nào áp dụng cho năm ${dashboard.year}.</p>`;
  const years = set.fromYear === set.toYear ? `năm ${set.fromYear}` : `các năm ${set.fromYear} - ${set.toYear}`;
  return `<p>Căn cứ các chỉ tiêu của ${escapeHtml(set.plan.vi)} (áp dụng ${years}), báo cáo kết quả thực hiện chỉ tiêu đánh giá, xếp loại chất lượng năm ${dashboard.year} như sau:</p>${
    dashboard.roundId
      ? ''
      : `<p class="note">Chưa có đợt đánh giá, xếp loại chất lượng năm ${dashboard.year}: chưa có kết quả để so với chỉ tiêu.</p>`
  }`;
}

const countRow = (label: string, value: string | number) =>
  `<tr><td>${label}</td><td class="number">${escapeHtml(value)}</td></tr>`;

function unitsBelowHtml(result: TargetResult): string {
  if (result.counted === 0) return '';
  if (result.unitsBelow.length === 0) return '<p>Không có đơn vị nào có tỷ lệ dưới chỉ tiêu.</p>';
  const rows = result.unitsBelow
    .map(
      (unit, index) =>
        `<tr>${numberCell(index + 1)}<td>${escapeHtml(unit.unitName)}</td>${numberCell(
          `${unit.meeting}/${unit.counted}`,
        )}${numberCell(shareFigure(unit.actualShare))}${numberCell(unit.shortfall)}</tr>`,
    )
    .join('\n');
  return `<p class="sub-heading">Các đơn vị có tỷ lệ dưới chỉ tiêu (thấp nhất trước):</p>
<table class="results"><colgroup><col class="number"><col><col class="mark-wide"><col class="mark-wide"><col class="mark-wide"></colgroup>
<thead><tr><th>TT</th><th>Đơn vị</th><th>Đạt / đã xếp loại</th><th>Tỷ lệ (%)</th><th>Còn thiếu</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function targetHtml(result: TargetResult, index: number): string {
  const level = ratingLevels[result.atLeast].label.vi;
  const orHigher = result.atLeast === 'excellent' ? '' : ' trở lên';
  const rows = [
    countRow('Số đã được xếp loại (có quyết định)', result.counted),
    countRow(`Số được xếp loại “${escapeHtml(level)}”${orHigher}`, result.meeting),
    countRow('Tỷ lệ đạt được', shareWords(result.actualShare)),
    countRow('Kết quả so với chỉ tiêu', metInWords(result.met)),
    countRow('Số còn thiếu để đạt chỉ tiêu', result.shortfall),
    countRow('Số chưa xếp loại (không tính vào tỷ lệ)', result.pending),
  ];
  return `<h3 class="group-heading">${index + 1}. ${escapeHtml(result.title.vi)}</h3>
<p>Chỉ tiêu: ${escapeHtml(ratingTargetInWords(result).vi)}.</p>
<table class="counts"><colgroup><col><col class="note"></colgroup><tbody>${rows.join('')}</tbody></table>
${unitsBelowHtml(result)}`;
}

function seriesHtml(dashboard: RatingTargetsDashboard): string {
  if (dashboard.series.length === 0) return '<p>Chưa có đợt đánh giá, xếp loại nào.</p>';
  return dashboard.series
    .map((series, index) => {
      const rows = series.points
        .map(
          (point) =>
            `<tr>${numberCell(point.year)}${numberCell(shareFigure(point.share))}${numberCell(
              `${point.meeting}/${point.counted}`,
            )}${numberCell(shareFigure(point.actualShare))}${numberCell(metInWords(point.met))}</tr>`,
        )
        .join('\n');
      return `<h3 class="group-heading">${index + 1}. ${escapeHtml(series.title.vi)}</h3>
<table class="results"><colgroup><col class="mark"><col class="mark-wide"><col class="mark-wide"><col class="mark-wide"><col></colgroup>
<thead><tr><th>Năm</th><th>Chỉ tiêu (%)</th><th>Đạt / đã xếp loại</th><th>Tỷ lệ đạt được (%)</th><th>Kết quả</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
    })
    .join('\n');
}

/**
 * Báo cáo kết quả thực hiện chỉ tiêu (issue 17 point 4): each target of the year with the exact
 * counts, the share rounded once as the dashboard rounds it, met or not, the shortfall, the units
 * below it and the subjects not decided yet; then every year with a round, year over year.
 */
export function ratingTargetsReportHtml({ dashboard, issuer, date }: RatingTargetsReportInput): string {
  const body = [
    basisHtml(dashboard),
    '<h2 class="section-heading">I. KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU</h2>',
    dashboard.results.length > 0
      ? dashboard.results.map((result, index) => targetHtml(result, index)).join('\n')
      : '<p>Không có chỉ tiêu nào.</p>',
    '<p class="note">Tỷ lệ tính trên số đã có quyết định xếp loại, làm tròn một lần đến hai chữ số thập phân; việc đạt hay không đạt chỉ tiêu được xét trên số lượng chính xác, không qua làm tròn.</p>',
    '<h2 class="section-heading">II. SO SÁNH QUA CÁC NĂM</h2>',
    seriesHtml(dashboard),
  ].join('\n');
  return partyDocument({
    issuingBody: issuer.issuingBody,
    place: issuer.place,
    date,
    // A no-break space keeps the year with its word when the title wraps.
    title: `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM\u00a0${dashboard.year}`,
    bodyHtml: body,
    signatures: { lead: issuer.signature, members: [] },
  });
}

/** The district's targets report of a year, dated the day it is printed. */
export const ratingTargetsSource: DocumentSource<'ratingTargets'> = (db, { year }, today) =>
  documentWithoutCharts(
    `Báo cáo kết quả thực hiện chỉ tiêu xếp loại chất lượng năm ${year}`,
    `chi-tieu-xep-loai-${year}.pdf`,
    ratingTargetsReportHtml({ dashboard: ratingTargetsDashboard(db, year), issuer: ratingIssuer(db), date: today }),
  );
