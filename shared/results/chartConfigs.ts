import type { ChartConfiguration, ChartType } from 'chart.js';
import type { CampaignResults, ContestTally, MarkTally } from './resultSchemas';
import type { SegmentLabelsOptions } from './chartSegmentLabels';
import { sharePercent } from './shareText';

/**
 * The charts of results, as plain chart.js configurations: the screens draw them with
 * react-chartjs-2, the prints draw the same objects on a canvas in the printer's browser and
 * embed the picture. Plain data only (no functions), so a configuration can be handed to another
 * process as JSON; no animation, so a drawing is complete at once; fixed colours whose lightness
 * differs from segment to segment, and each segment labelled with its value (segmentLabels), so
 * a greyscale print still reads.
 */

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parameter must match chart.js's own declaration
  interface PluginOptionsByType<TType extends ChartType> {
    segmentLabels?: SegmentLabelsOptions;
  }
}

export type BarChartConfig = ChartConfiguration<'bar', number[], string>;

export interface ChartSpec {
  /** 'criteria', 'prestige', 'district'. */
  readonly id: string;
  /** What the chart shows, in words (the picture's alternative text). */
  readonly title: string;
  /** Size in CSS pixels (96 per inch); a print draws it at a higher resolution. */
  readonly width: number;
  readonly height: number;
  readonly config: BarChartConfig;
}

/** The fonts of the printed documents, so a chart reads like the text around it. */
export const chartFontFamily = "'Times New Roman', 'Liberation Serif', serif";
/** The printed page's text column is 165 mm wide: 624 CSS pixels. */
export const printChartWidth = 624;

/** Rất tốt, Tốt, Trung bình, Yếu kém (and the four prestige and rating levels): dark, mid, light, dark red. */
export const fourLevelColours = ['#1b3a6b', '#5a8fc6', '#f0c75e', '#b2182b'] as const;
/** Scores 1 … 10: red to blue, lightest in the middle. */
export const tenPointColours = [
  '#67001f',
  '#b2182b',
  '#d6604d',
  '#f4a582',
  '#fddbc7',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
  '#2166ac',
  '#053061',
] as const;
export const blankColour = '#e6e6e6';
export const multiColour = '#9a9a9a';
export const invalidColour = '#4d4d4d';
/** Tốt trở lên / Trung bình, yếu kém / the rest, in the district overview. */
export const overviewColours = { good: '#1b3a6b', low: '#b2182b', rest: '#d9d9d9' } as const;

export const chartLabels = {
  blank: 'Bỏ trống',
  multi: 'Đánh nhiều ô',
  invalid: 'Phiếu không hợp lệ',
  goodOrBetter: 'Tốt trở lên',
  low: 'Trung bình, yếu kém',
  rest: 'Bỏ trống, nhiều ô, không hợp lệ',
  district: 'Toàn quận',
} as const;

/** A chart's font at a size in CSS pixels (the remediation charts use it too). */
export const chartFont = (size: number, weight: 'normal' | 'bold' = 'normal') => ({
  family: chartFontFamily,
  size,
  weight,
});

function levelColours(count: number): readonly string[] {
  return count === 10 ? tenPointColours : fourLevelColours;
}

/** Options shared by every chart: fixed size, no animation, legend below, labels on the segments. */
export function baseOptions(title: string, labels: SegmentLabelsOptions): BarChartConfig['options'] {
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      title: { display: true, text: title, font: chartFont(14, 'bold'), color: '#000', padding: { top: 0, bottom: 8 } },
      legend: {
        position: 'bottom',
        labels: { font: chartFont(12), color: '#000', boxWidth: 14, boxHeight: 14, padding: 10 },
      },
      tooltip: { enabled: true },
      segmentLabels: { fontFamily: chartFontFamily, fontSize: 11, ...labels },
    },
  };
}

function percentAxis(title: string) {
  return {
    min: 0,
    max: 100,
    ticks: { stepSize: 20, font: chartFont(11), color: '#000' },
    title: { display: true, text: title, font: chartFont(12), color: '#000' },
    grid: { color: '#c8c8c8' },
  };
}

/** The share of each mark in a row, as percent: levels, then blank, multi, invalid (when the base counts them). */
function rowSegments(rows: readonly MarkTally[], levelNames: readonly string[], withInvalid: boolean) {
  const colours = levelColours(levelNames.length);
  const datasets: BarChartConfig['data']['datasets'] = levelNames.map((name, level) => ({
    label: name,
    data: rows.map((row) => sharePercent(row.shares.levels[level] ?? 0)),
    backgroundColor: colours[level % colours.length] ?? '#000',
    borderColor: '#ffffff',
    borderWidth: 1,
  }));
  datasets.push(
    {
      label: chartLabels.blank,
      data: rows.map((row) => sharePercent(row.shares.blank)),
      backgroundColor: blankColour,
      borderColor: '#ffffff',
      borderWidth: 1,
    },
    {
      label: chartLabels.multi,
      data: rows.map((row) => sharePercent(row.shares.multi)),
      backgroundColor: multiColour,
      borderColor: '#ffffff',
      borderWidth: 1,
    },
  );
  if (withInvalid)
    datasets.push({
      label: chartLabels.invalid,
      data: rows.map((row) => sharePercent(row.shares.invalid)),
      backgroundColor: invalidColour,
      borderColor: '#ffffff',
      borderWidth: 1,
    });
  return datasets;
}

/**
 * Per criterion, one horizontal bar of 100 %: each level, blank and several marks (and the
 * invalid ballots when percentages are over ballots returned), stacked in the form's order.
 */
export function criteriaChart(tally: ContestTally): ChartSpec {
  const withInvalid = tally.base === 'returned' && tally.ballots.invalid > 0;
  const title = 'Tỷ lệ đánh giá theo từng tiêu chí (%)';
  const rowHeight = 20;
  const options = baseOptions(title, { show: true, position: 'center', decimals: 1, minValue: 4 });
  return {
    id: 'criteria',
    title,
    width: printChartWidth,
    height: 110 + rowHeight * tally.criteria.length,
    config: {
      type: 'bar',
      data: {
        labels: tally.criteria.map((criterion) => String(criterion.number)),
        datasets: rowSegments(tally.criteria, tally.levelNames, withInvalid),
      },
      options: {
        ...options,
        indexAxis: 'y',
        scales: {
          x: { ...percentAxis('Tỷ lệ (%)'), stacked: true },
          y: {
            stacked: true,
            ticks: { font: chartFont(11), color: '#000', autoSkip: false },
            title: { display: true, text: 'Tiêu chí', font: chartFont(12), color: '#000' },
            grid: { display: false },
          },
        },
      },
    },
  };
}

/** Overall prestige: one bar per level (and blank, several marks, invalid), its share of the base in percent. */
export function prestigeChart(tally: ContestTally): ChartSpec | null {
  const prestige = tally.prestige;
  if (!prestige) return null;
  const title = 'Đánh giá mức độ uy tín (%)';
  const colours = levelColours(tally.prestigeLevelNames.length);
  const labels = [...tally.prestigeLevelNames, chartLabels.blank, chartLabels.multi];
  const values = [
    ...tally.prestigeLevelNames.map((_, level) => sharePercent(prestige.shares.levels[level] ?? 0)),
    sharePercent(prestige.shares.blank),
    sharePercent(prestige.shares.multi),
  ];
  const fills = [
    ...tally.prestigeLevelNames.map((_, level) => colours[level % colours.length] ?? '#000'),
    blankColour,
    multiColour,
  ];
  if (tally.base === 'returned' && tally.ballots.invalid > 0) {
    labels.push(chartLabels.invalid);
    values.push(sharePercent(prestige.shares.invalid));
    fills.push(invalidColour);
  }
  const options = baseOptions(title, { show: true, position: 'end', decimals: 2, suffix: '%' });
  return {
    id: 'prestige',
    title,
    width: printChartWidth,
    height: 80 + 26 * labels.length,
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [{ label: 'Tỷ lệ (%)', data: values, backgroundColor: fills, borderColor: '#000', borderWidth: 1 }],
      },
      options: {
        ...options,
        indexAxis: 'y',
        plugins: { ...options?.plugins, legend: { display: false } },
        // Room after the longest bar for its label.
        layout: { padding: { right: 56 } },
        scales: {
          x: percentAxis('Tỷ lệ (%)'),
          y: { ticks: { font: chartFont(12), color: '#000', autoSkip: false }, grid: { display: false } },
        },
      },
    },
  };
}

/**
 * The district at a glance: per unit type and for the whole district, the average share of
 * "good or better", of "average or poor", and the rest (blank, several marks, invalid).
 */
export function districtOverviewChart(results: CampaignResults): ChartSpec {
  // A group whose every contest is under the score floor has no figures to draw.
  const rows = [...results.byUnitType, { ...results.district, label: chartLabels.district }].flatMap((row) =>
    row.goodOrBetter === null || row.lowShare === null
      ? []
      : [{ label: row.label, goodOrBetter: row.goodOrBetter, lowShare: row.lowShare }],
  );
  const title = 'Tổng hợp theo loại đơn vị (%)';
  const good = rows.map((row) => sharePercent(row.goodOrBetter));
  const low = rows.map((row) => sharePercent(row.lowShare));
  const rest = rows.map((row) => sharePercent(Math.max(0, 10_000 - row.goodOrBetter - row.lowShare)));
  const options = baseOptions(title, { show: true, position: 'center', decimals: 2, minValue: 5 });
  const segment = (label: string, data: number[], colour: string) => ({
    label,
    data,
    backgroundColor: colour,
    borderColor: '#ffffff',
    borderWidth: 1,
  });
  return {
    id: 'district',
    title,
    width: printChartWidth,
    height: 120 + 34 * rows.length,
    config: {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.label),
        datasets: [
          segment(chartLabels.goodOrBetter, good, overviewColours.good),
          segment(chartLabels.low, low, overviewColours.low),
          segment(chartLabels.rest, rest, overviewColours.rest),
        ],
      },
      options: {
        ...options,
        indexAxis: 'y',
        scales: {
          x: { ...percentAxis('Tỷ lệ bình quân các tiêu chí (%)'), stacked: true },
          y: {
            stacked: true,
            ticks: { font: chartFont(12), color: '#000', autoSkip: false },
            grid: { display: false },
          },
        },
      },
    },
  };
}
