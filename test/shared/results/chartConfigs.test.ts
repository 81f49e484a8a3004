import { describe, expect, it } from 'vitest';
import {
  criteriaChart,
  districtOverviewChart,
  fourLevelColours,
  prestigeChart,
} from '../../../shared/results/chartConfigs';
import { drawSegmentLabels, type LabelledChart } from '../../../shared/results/chartSegmentLabels';
import { shareText } from '../../../shared/results/shareText';
import { sampleCampaignResults, sampleTally } from '../../main/results/sampleResults';

describe('shareText', () => {
  it('writes hundredths of a percent with a decimal comma and always two decimals', () => {
    expect(shareText(3333)).toBe('33,33');
    expect(shareText(10_000)).toBe('100,00');
    expect(shareText(5)).toBe('0,05');
    expect(shareText(0)).toBe('0,00');
    expect(shareText(1250, 'en')).toBe('12.50');
  });
});

describe('chart configurations', () => {
  const tally = sampleTally();

  it('are plain data: the same after a trip through JSON, without animation, at a fixed size', () => {
    for (const spec of [criteriaChart(tally), prestigeChart(tally)!, districtOverviewChart(sampleCampaignResults())]) {
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
      expect(spec.config.options?.animation).toBe(false);
      expect(spec.config.options?.responsive).toBe(false);
      expect(spec.config.options?.plugins?.segmentLabels?.show).toBe(true);
    }
  });

  it('stack each criterion to 100 %: the levels, blank, several marks and the invalid ballots', () => {
    const spec = criteriaChart(tally);
    expect(spec.config.options?.indexAxis).toBe('y');
    expect(spec.config.data.labels).toEqual(tally.criteria.map((criterion) => String(criterion.number)));
    expect(spec.config.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Rất tốt',
      'Tốt',
      'Trung bình',
      'Yếu kém',
      'Bỏ trống',
      'Đánh nhiều ô',
      'Phiếu không hợp lệ',
    ]);
    expect(spec.config.data.datasets.slice(0, 4).map((dataset) => dataset.backgroundColor)).toEqual([
      ...fourLevelColours,
    ]);
    tally.criteria.forEach((_, row) => {
      const total = spec.config.data.datasets.reduce((sum, dataset) => sum + (dataset.data[row] ?? 0), 0);
      expect(total).toBeCloseTo(100, 6);
    });
    expect(spec.config.data.datasets[0]!.data[0]).toBe(60);
  });

  it('leave the invalid segment out when percentages are over valid ballots', () => {
    const spec = criteriaChart(sampleTally({ base: 'valid' }));
    expect(spec.config.data.datasets.map((dataset) => dataset.label)).not.toContain('Phiếu không hợp lệ');
  });

  it('give the prestige distribution one bar per level, and nothing for a form without prestige', () => {
    const spec = prestigeChart(tally)!;
    expect(spec.config.data.labels?.slice(0, 4)).toEqual(tally.prestigeLevelNames);
    expect(spec.config.data.datasets[0]!.data.slice(0, 3)).toEqual([55, 30, 10]);
    expect(prestigeChart(sampleTally({ prestige: null }))).toBeNull();
  });

  it('give the district one bar per unit type and one for the whole district', () => {
    const spec = districtOverviewChart(sampleCampaignResults());
    expect(spec.config.data.labels).toEqual(['Trường mầm non', 'Trường tiểu học', 'Trường THCS', 'Toàn quận']);
    expect(spec.config.data.datasets.map((dataset) => dataset.data[3])).toEqual([84.02, 12.9, 3.08]);
  });
});

describe('drawSegmentLabels', () => {
  it('writes each value inside its segment, white on dark fills and black on light ones, skipping slivers', () => {
    const written: Array<{ text: string; x: number; y: number; colour: unknown }> = [];
    const ctx = {
      save() {},
      restore() {},
      font: '',
      fillStyle: '' as unknown,
      textAlign: '',
      textBaseline: '',
      fillText(text: string, x: number, y: number) {
        written.push({ text, x, y, colour: this.fillStyle });
      },
      measureText: (text: string) => ({ width: text.length * 6 }),
    };
    const bar = (x: number, base: number, fill: string) => ({
      x,
      y: 10,
      base,
      width: 0,
      height: 16,
      horizontal: true,
      options: { backgroundColor: fill },
    });
    const chart: LabelledChart = {
      ctx,
      data: { datasets: [{ data: [60] }, { data: [35] }, { data: [2] }] },
      isDatasetVisible: () => true,
      getDatasetMeta: (index) => ({
        data: [[bar(300, 0, '#1b3a6b')], [bar(475, 300, '#f0c75e')], [bar(485, 475, '#e6e6e6')]][index]!,
      }),
    };
    drawSegmentLabels(chart, { show: true, decimals: 1 });
    expect(written).toEqual([
      { text: '60,0', x: 150, y: 10, colour: '#fff' },
      { text: '35,0', x: 387.5, y: 10, colour: '#000' },
    ]);
    written.length = 0;
    drawSegmentLabels(chart, undefined);
    expect(written).toEqual([]);
  });
});
