/**
 * Writes each bar's value on the bar itself, so a chart printed in greyscale still says which
 * segment is which without relying on colour. One chart.js plugin for the screens
 * (`segmentLabelsPlugin`, registered with react-chartjs-2) and for the prints, where the chart
 * page receives `drawSegmentLabels` as source text: it must stay self-contained (no imports,
 * no names from outside its body) and use only what chart.js hands it.
 */

export interface SegmentLabelsOptions {
  /** Off unless a chart asks for it. */
  readonly show?: boolean;
  /** 'center': inside each segment of a stacked bar; 'end': just past the end of a single bar. */
  readonly position?: 'center' | 'end';
  readonly decimals?: number;
  readonly suffix?: string;
  /** Values below this are left unlabelled (a sliver has no room for text). */
  readonly minValue?: number;
  readonly fontFamily?: string;
  readonly fontSize?: number;
}

/** What the drawing needs of a chart.js chart (structural, so shared/ needs no DOM types). */
interface LabelContext {
  save(): void;
  restore(): void;
  font: string;
  fillStyle: unknown;
  textAlign: string;
  textBaseline: string;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}
interface BarLike {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal?: boolean;
  options?: { backgroundColor?: unknown };
}
export interface LabelledChart {
  ctx: LabelContext;
  data: { datasets: ReadonlyArray<{ data: ReadonlyArray<unknown>; backgroundColor?: unknown }> };
  isDatasetVisible(index: number): boolean;
  getDatasetMeta(index: number): { data: ReadonlyArray<unknown> };
}

export function drawSegmentLabels(chart: LabelledChart, options: SegmentLabelsOptions | undefined): void {
  if (!options || options.show !== true) return;
  const decimals = options.decimals ?? 1;
  const suffix = options.suffix ?? '';
  const minValue = options.minValue ?? 0;
  const position = options.position ?? 'center';
  const fontSize = options.fontSize ?? 11;
  const ctx = chart.ctx;
  // Black text on light fills, white on dark ones (relative luminance of a #rrggbb fill).
  const textColour = (fill: unknown): string => {
    const match = typeof fill === 'string' ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill) : null;
    if (!match) return '#000';
    const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
      const channel = parseInt(hex ?? '0', 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) > 0.3 ? '#000' : '#fff';
  };
  ctx.save();
  ctx.font = `${fontSize}px ${options.fontFamily ?? 'serif'}`;
  ctx.textBaseline = 'middle';
  chart.data.datasets.forEach((dataset, datasetIndex) => {
    if (!chart.isDatasetVisible(datasetIndex)) return;
    chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
      const value = dataset.data[index];
      if (typeof value !== 'number' || !(value > 0) || value < minValue) return;
      const bar = element as BarLike;
      const text = `${value.toFixed(decimals).replace('.', ',')}${suffix}`;
      const textWidth = ctx.measureText(text).width;
      const horizontal = bar.horizontal === true;
      const fill = bar.options?.backgroundColor ?? dataset.backgroundColor;
      if (position === 'center') {
        const length = Math.abs((horizontal ? bar.x : bar.y) - bar.base);
        const thickness = horizontal ? bar.height : bar.width;
        if (length < textWidth + 4 || thickness < fontSize) return;
        ctx.fillStyle = textColour(fill);
        ctx.textAlign = 'center';
        if (horizontal) ctx.fillText(text, (bar.x + bar.base) / 2, bar.y);
        else ctx.fillText(text, bar.x, (bar.y + bar.base) / 2);
      } else {
        ctx.fillStyle = '#000';
        if (horizontal) {
          ctx.textAlign = 'left';
          ctx.fillText(text, bar.x + 4, bar.y);
        } else {
          ctx.textAlign = 'center';
          ctx.fillText(text, bar.x, bar.y - fontSize / 2 - 2);
        }
      }
    });
  });
  ctx.restore();
}

/** For react-chartjs-2: `ChartJS.register(segmentLabelsPlugin)`; charts opt in with plugins.segmentLabels.show. */
export const segmentLabelsPlugin = {
  id: 'segmentLabels',
  afterDatasetsDraw(chart: LabelledChart, _args: unknown, options: SegmentLabelsOptions | undefined): void {
    drawSegmentLabels(chart, options);
  },
};
