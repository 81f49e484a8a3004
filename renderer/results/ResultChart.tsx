import { BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { ChartSpec } from '../../shared/results/chartConfigs';
import { segmentLabelsPlugin } from '../../shared/results/chartSegmentLabels';

// Only what the bar charts use: chart.js is tree-shaken to these parts.
Chart.register(BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip, segmentLabelsPlugin);

/**
 * One chart of the results, drawn from the same configuration the prints use. The figure's
 * caption carries the chart's title for readers who cannot see the picture; the numbers are in
 * the tables beside it.
 */
export function ResultChart({ spec }: { spec: ChartSpec }) {
  return (
    <figure className="result-chart" data-chart={spec.id}>
      <Bar
        data={spec.config.data}
        options={spec.config.options ?? {}}
        width={spec.width}
        height={spec.height}
        aria-label={spec.title}
        role="img"
      />
    </figure>
  );
}
