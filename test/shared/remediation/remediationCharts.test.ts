import { describe, expect, it } from 'vitest';
import {
  mostFlaggedChart,
  plansByStatusChart,
  shortLabel,
  statusColours,
  yearColour,
} from '../../../shared/remediation/remediationCharts';
import type { RemediationDashboard } from '../../../shared/remediation/remediationSchemas';

const counts = (values: Partial<Record<string, number>>) => ({
  notSubmitted: 0,
  submitted: 0,
  inProgress: 0,
  done: 0,
  overdue: 0,
  ...values,
});

const dashboard: RemediationDashboard = {
  years: [
    {
      campaign: { id: 'c-2023', name: 'Năm 2023', year: 2023 },
      sealed: 4,
      needingPlans: 3,
      byStatus: counts({ done: 1, overdue: 2 }),
    },
    {
      campaign: { id: 'c-2024', name: 'Năm 2024', year: 2024 },
      sealed: 5,
      needingPlans: 2,
      byStatus: counts({ notSubmitted: 1, inProgress: 1 }),
    },
  ],
  overdueTasks: 3,
  mostFlagged: [
    { text: 'Tinh thần trách nhiệm, ý thức tổ chức kỷ luật và tác phong, lề lối làm việc', perYear: [2, 1] },
    { text: 'Đoàn kết nội bộ', perYear: [1, 0] },
  ],
};

describe('the remediation charts', () => {
  it('are plain data: the same after a trip through JSON, without animation, each bar labelled', () => {
    for (const spec of [plansByStatusChart(dashboard), mostFlaggedChart(dashboard)]) {
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
      expect(spec.config.options?.animation).toBe(false);
      expect(spec.config.options?.plugins?.segmentLabels?.show).toBe(true);
    }
  });

  it('stack each year’s plans by status, in the order of the statuses, with Vietnamese names', () => {
    const spec = plansByStatusChart(dashboard);
    expect(spec.title).toBe('Kế hoạch khắc phục theo tình trạng qua các năm (số người)');
    expect(spec.config.data.labels).toEqual(['2023', '2024']);
    expect(spec.config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Chưa nộp', [0, 1]],
      ['Đã nộp', [0, 0]],
      ['Đang thực hiện', [0, 1]],
      ['Hoàn thành', [1, 0]],
      ['Quá hạn', [2, 0]],
    ]);
    expect(spec.config.data.datasets[4]!.backgroundColor).toBe(statusColours.overdue);
    expect(spec.config.options?.scales?.y?.stacked).toBe(true);
  });

  it('group the most flagged criteria a bar per year, their wording cut at a word’s end on the axis only', () => {
    const spec = mostFlaggedChart(dashboard);
    expect(spec.config.options?.indexAxis).toBe('y');
    expect(spec.config.data.labels).toEqual(['Tinh thần trách nhiệm, ý thức tổ chức kỷ luật…', 'Đoàn kết nội bộ']);
    expect(spec.config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['2023', [2, 1]],
      ['2024', [1, 0]],
    ]);
  });

  it('give neighbouring years colours far apart on the scale, the latest the darkest', () => {
    expect([yearColour(0, 2), yearColour(1, 2)]).toEqual(['#d1e5f0', '#053061']);
    expect(yearColour(0, 1)).toBe('#053061');
    expect(shortLabel('ngắn')).toBe('ngắn');
  });
});
