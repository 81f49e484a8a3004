import { baseOptions, chartFont, printChartWidth, type ChartSpec } from '../results/chartConfigs';
import { remediationStatuses, remediationStatusLabels, type RemediationDashboard } from './remediationSchemas';

/**
 * The Standing Committee's charts of remediation (issue 18, point 4), as plain chart.js
 * configurations like those of the results (shared/results/chartConfigs.ts): plans by status per
 * year, stacked, and the criteria most often flagged, a bar per year. Counts of people, each
 * written on its bar; the screens put the same numbers in a table beside each chart.
 */

/** Chưa nộp, đã nộp, đang thực hiện, hoàn thành, quá hạn: light grey, mid blue, yellow, dark blue, dark red. */
export const statusColours = {
  notSubmitted: '#d9d9d9',
  submitted: '#5a8fc6',
  inProgress: '#f0c75e',
  done: '#1b3a6b',
  overdue: '#b2182b',
} as const;

/** The years' colours, light to dark: the latest year is the darkest bar. */
export const yearColours = ['#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'] as const;

/** A year's colour among `count` years, spread over the scale so that neighbouring years differ in greyscale too. */
export function yearColour(index: number, count: number): string {
  const last = yearColours.length - 1;
  if (count > yearColours.length) return yearColours[index % yearColours.length]!;
  const place = count <= 1 ? last : Math.round((index * last) / (count - 1));
  return yearColours[place]!;
}

/** A criterion's wording is long: the chart's axis shows its start, the table beside it the whole. */
const labelLength = 48;

/** A wording cut to a length at a word's end, with an ellipsis when cut. */
export function shortLabel(text: string, length = labelLength): string {
  const trimmed = text.trim();
  if (trimmed.length <= length) return trimmed;
  const cut = trimmed.slice(0, length - 1);
  const wordEnd = trimmed[length - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${cut.slice(0, wordEnd > 0 ? wordEnd : cut.length).replace(/[\s,;:]+$/, '')}…`;
}

const countAxis = (title: string) => ({
  min: 0,
  ticks: { precision: 0, font: chartFont(11), color: '#000' },
  title: { display: true, text: title, font: chartFont(12), color: '#000' },
  grid: { color: '#c8c8c8' },
});

const yearLabels = (dashboard: RemediationDashboard) => dashboard.years.map((year) => String(year.campaign.year));

/** Per year, one bar of the people who needed a plan (or have one), stacked by where their plan stands. */
export function plansByStatusChart(dashboard: RemediationDashboard): ChartSpec {
  const title = 'Kế hoạch khắc phục theo tình trạng qua các năm (số người)';
  const options = baseOptions(title, { show: true, position: 'center', decimals: 0, minValue: 1 });
  return {
    id: 'remediationByStatus',
    title,
    width: printChartWidth,
    height: 340,
    config: {
      type: 'bar',
      data: {
        labels: yearLabels(dashboard),
        datasets: remediationStatuses.map((status) => ({
          label: remediationStatusLabels[status].vi,
          data: dashboard.years.map((year) => year.byStatus[status]),
          backgroundColor: statusColours[status],
          borderColor: '#ffffff',
          borderWidth: 1,
        })),
      },
      options: {
        ...options,
        scales: {
          x: {
            stacked: true,
            ticks: { font: chartFont(12), color: '#000' },
            title: { display: true, text: 'Năm', font: chartFont(12), color: '#000' },
            grid: { display: false },
          },
          y: { ...countAxis('Số người'), stacked: true },
        },
      },
    },
  };
}

/** The criteria flagged most often across the district: per criterion a bar per year, how many people. */
export function mostFlaggedChart(dashboard: RemediationDashboard): ChartSpec {
  const title = 'Nội dung bị góp ý nhiều nhất qua các năm (số người)';
  const options = baseOptions(title, { show: true, position: 'end', decimals: 0, minValue: 1 });
  const barGroup = 22 * Math.max(1, dashboard.years.length) + 14;
  return {
    id: 'remediationMostFlagged',
    title,
    width: printChartWidth,
    height: 110 + barGroup * dashboard.mostFlagged.length,
    config: {
      type: 'bar',
      data: {
        labels: dashboard.mostFlagged.map((criterion) => shortLabel(criterion.text)),
        datasets: dashboard.years.map((year, index) => ({
          label: String(year.campaign.year),
          data: dashboard.mostFlagged.map((criterion) => criterion.perYear[index] ?? 0),
          backgroundColor: yearColour(index, dashboard.years.length),
          borderColor: '#000',
          borderWidth: 1,
        })),
      },
      options: {
        ...options,
        indexAxis: 'y',
        // Room after the longest bar for its label.
        layout: { padding: { right: 24 } },
        scales: {
          x: countAxis('Số người'),
          y: { ticks: { font: chartFont(11), color: '#000', autoSkip: false }, grid: { display: false } },
        },
      },
    },
  };
}
