import type { CampaignResults, ContestTally } from '../../shared/results/resultSchemas';
import { scoreFloor, underScoreFloor } from '../../shared/results/privacyFloors';
import { sharePercent } from '../../shared/results/shareText';
import type { Sheet } from '../tabular/writeTable';

/** The tables the results screens show, with Vietnamese headers, one sheet per view. */
export type ResultView = 'contests' | 'criteria' | 'byUnit' | 'byUnitType' | 'ranking';

const percent = (hundredths: number | null) => (hundredths === null ? null : sharePercent(hundredths));

const groupHeaders = [
  'Tên',
  'Số phiếu lấy ý kiến',
  'Số phiếu hợp lệ',
  'Tốt trở lên (%)',
  'Trung bình + Yếu kém (%)',
  'Số tiêu chí cần lưu ý',
  'Uy tín thấp (%)',
  'Ghi chú',
];

/** The note of a row some of whose contests are under the score floor (SPEC §3). */
function floorNote(row: { contests: number; suppressed: number }): string {
  if (row.suppressed === 0) return '';
  return row.suppressed === row.contests
    ? `Dưới ${scoreFloor} phiếu hợp lệ: không công bố tỷ lệ`
    : `Không tính ${row.suppressed} người dưới ${scoreFloor} phiếu hợp lệ`;
}

function groupSheet(name: string, rows: CampaignResults['byUnit']): Sheet {
  return {
    name,
    headers: groupHeaders,
    rows: rows.map((row) => [
      row.label,
      row.contests,
      row.validBallots,
      percent(row.goodOrBetter),
      percent(row.lowShare),
      row.flaggedCriteria,
      percent(row.prestigeLowShare),
      floorNote(row),
    ]),
  };
}

function criteriaSheet(tallies: readonly ContestTally[]): Sheet {
  const levelNames = tallies[0]?.levelNames ?? [];
  return {
    name: 'Theo tiêu chí',
    headers: [
      'Người được góp ý',
      'Đơn vị',
      'TT',
      'Tiêu chí',
      ...levelNames.flatMap((level) => [`${level} (phiếu)`, `${level} (%)`]),
      'Để trống',
      'Đánh nhiều mức',
      'Tốt trở lên (%)',
      'Trung bình + Yếu kém (%)',
      'Cần lưu ý',
      'Ghi chú',
    ],
    rows: tallies.flatMap((tally) =>
      tally.criteria.map((criterion) =>
        underScoreFloor(tally)
          ? [
              tally.subjectName,
              tally.unitName,
              criterion.number,
              criterion.text,
              ...levelNames.flatMap(() => [null, null]),
              null,
              null,
              null,
              null,
              null,
              `Dưới ${scoreFloor} phiếu hợp lệ: không công bố`,
            ]
          : [
              tally.subjectName,
              tally.unitName,
              criterion.number,
              criterion.text,
              ...criterion.levels.flatMap((count, index) => [count, percent(criterion.shares.levels[index] ?? 0)]),
              criterion.blank,
              criterion.multi,
              percent(criterion.goodOrBetter),
              percent(criterion.lowShare),
              criterion.flagged ? 'Có' : '',
              '',
            ],
      ),
    ),
  };
}

export function resultSheets(results: CampaignResults, tallies: readonly ContestTally[]): Record<ResultView, Sheet> {
  return {
    contests: {
      name: 'Theo người được góp ý',
      headers: ['Người được góp ý', 'Đơn vị', 'Loại đơn vị', ...groupHeaders.slice(2), 'Đã niêm phong', 'Mã kiểm tra'],
      rows: results.contests.map((row) => [
        row.subjectName,
        row.unitName,
        row.unitType,
        row.validBallots,
        percent(row.goodOrBetter),
        percent(row.lowShare),
        row.flaggedCriteria,
        percent(row.prestigeLowShare),
        floorNote(row),
        row.sealed ? 'Có' : 'Chưa',
        row.digest,
      ]),
    },
    criteria: criteriaSheet(tallies),
    byUnit: groupSheet('Theo đơn vị', results.byUnit),
    byUnitType: groupSheet('Theo loại đơn vị', [...results.byUnitType, results.district]),
    ranking: {
      name: 'Xếp thứ tự',
      headers: ['Thứ tự', 'Người được góp ý — đơn vị', 'Tốt trở lên (%)'],
      rows: results.ranking.map((row) => [row.rank, row.label, percent(row.goodOrBetter)]),
    },
  };
}
