import type { ChartSpec } from '../../../shared/results/chartConfigs';
import type { drawSegmentLabels } from '../../../shared/results/chartSegmentLabels';

/** What the chart page offers: chart.js's UMD build on `window.Chart`, and a DOM (typed here, main/ has no DOM types). */
interface PageCanvas {
  width: number;
  height: number;
  toDataURL(type: string): string;
  remove(): void;
}
interface PageChart {
  destroy(): void;
  ctx: {
    save(): void;
    restore(): void;
    fillStyle: unknown;
    fillRect(x: number, y: number, w: number, h: number): void;
  };
  width: number;
  height: number;
}
interface ChartPageGlobals {
  Chart: {
    new (canvas: PageCanvas, config: unknown): PageChart;
    register(...plugins: unknown[]): void;
  };
  document: { createElement(tag: 'canvas'): PageCanvas; body: { append(node: PageCanvas): void } };
  requestAnimationFrame(callback: () => void): void;
}

/**
 * Runs inside the printer's chart page, never in Node: draws each configuration on a canvas
 * `scale` times its CSS size (print resolution) on white, and returns PNG data URLs in order.
 * The page receives it as source text, so it names nothing from outside its body: chart.js comes
 * from the page, the segment labels from its argument.
 */
export async function drawChartsInPage(
  specs: readonly ChartSpec[],
  scale: number,
  labels: typeof drawSegmentLabels,
): Promise<string[]> {
  const page = globalThis as unknown as ChartPageGlobals;
  page.Chart.register(
    {
      id: 'segmentLabels',
      afterDatasetsDraw: (chart: never, _args: unknown, options: never) => labels(chart, options),
    },
    {
      id: 'paperBackground',
      beforeDraw: (chart: PageChart) => {
        chart.ctx.save();
        chart.ctx.fillStyle = '#ffffff';
        chart.ctx.fillRect(0, 0, chart.width, chart.height);
        chart.ctx.restore();
      },
    },
  );
  const images: string[] = [];
  for (const spec of specs) {
    const canvas = page.document.createElement('canvas');
    canvas.width = spec.width;
    canvas.height = spec.height;
    page.document.body.append(canvas);
    const chart = new page.Chart(canvas, {
      ...spec.config,
      options: { ...spec.config.options, responsive: false, animation: false, devicePixelRatio: scale },
    });
    // Drawn synchronously without animation; one frame more makes sure the canvas holds it.
    await new Promise<void>((resolve) => page.requestAnimationFrame(() => resolve()));
    images.push(canvas.toDataURL('image/png'));
    chart.destroy();
    canvas.remove();
  }
  return images;
}
