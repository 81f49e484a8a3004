import type { CampaignResults, ContestTally } from '../../shared/results/resultSchemas';
import { scoreFloor, underScoreFloor } from '../../shared/results/privacyFloors';
import { sharePercent } from '../../shared/results/shareText';
import type { Sheet } from '../tabular/writeTable';

/** The tables the results screens show, with Vietnamese headers, one sheet per view. */
export type ResultView = 'contests' | 'criteria' | 'prestige' | 'byUnit' | 'byUnitType' | 'ranking';

const percent = (hundredths: number | null) => (hundredths === null ? null : sharePercent(hundredths));

const groupHeaders = [
  'Tên',
  'Số người được lấy ý kiến',
  'Số phiếu hợp lệ',
  'Tốt trở lên (%)',
  'Trung bình + Yếu kém (%)',
  'Số tiêu chí cần lưu ý',
  'Uy tín thấp và rất thấp (%)',
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

/** The prestige distribution per person: each level's count and share; nothing under the score floor. */
function prestigeSheet(tallies: readonly ContestTally[]): Sheet {
  const levelNames = tallies.find((tally) => tally.prestige)?.prestigeLevelNames ?? [];
  return {
    name: 'Mức độ uy tín',
    headers: [
      'Người được góp ý',
      'Đơn vị',
      'Số phiếu hợp lệ',
      ...levelNames.flatMap((level) => [`${level} (phiếu)`, `${level} (%)`]),
      'Để trống',
      'Đánh nhiều mức',
      'Uy tín thấp và rất thấp (%)',
      'Ghi chú',
    ],
    rows: tallies.flatMap((tally) => {
      const prestige = tally.prestige;
      if (!prestige) return [];
      const facts = [tally.subjectName, tally.unitName, tally.ballots.valid];
      if (underScoreFloor(tally))
        return [
          [
            ...facts,
            ...levelNames.flatMap(() => [null, null]),
            null,
            null,
            null,
            `Dưới ${scoreFloor} phiếu hợp lệ: không công bố`,
          ],
        ];
      return [
        [
          ...facts,
          ...prestige.levels.flatMap((count, index) => [count, percent(prestige.shares.levels[index] ?? 0)]),
          prestige.blank,
          prestige.multi,
          percent(prestige.lowShare),
          '',
        ],
      ];
    }),
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
    prestige: prestigeSheet(tallies),
    byUnit: groupSheet('Theo đơn vị', results.byUnit),
    byUnitType: groupSheet('Theo loại đơn vị', [...results.byUnitType, results.district]),
    ranking: {
      name: 'Xếp thứ tự',
      headers: ['Thứ tự', 'Người được góp ý — đơn vị', 'Tốt trở lên (%)'],
      rows: results.ranking.map((row) => [row.rank, row.label, percent(row.goodOrBetter)]),
    },
  };
}
