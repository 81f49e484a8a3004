import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartSpec } from '../../../shared/results/chartConfigs';
import { drawSegmentLabels } from '../../../shared/results/chartSegmentLabels';
import { drawChartsInPage } from './drawChartsInPage';

/**
 * Charts are drawn at about 190 dpi: the page's text column (624 CSS pixels) becomes 1248
 * pixels, sharp on paper at a chart's size, and a PNG less than half the size of 290 dpi's, which
 * every print of it loads and lays out (issue 20: the result report spent 0.6 s on its pictures).
 */
export const chartPrintScale = 2;

let chartLibrary: string | null = null;

/**
 * chart.js's UMD build, read once from the installed package. The main-process bundle keeps
 * its dependencies in node_modules (build/bundle.mjs: packages external, and the packaged app
 * ships them), so the file is found the same way in tests, the built app and the installer.
 */
export function chartLibrarySource(): string {
  if (chartLibrary === null) {
    // The package exports only its entry points; the UMD build sits next to the CommonJS one.
    const entry = createRequire(import.meta.url).resolve('chart.js');
    chartLibrary = readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
  }
  return chartLibrary;
}

/**
 * One script for the chart page: chart.js, then the drawing of every configuration. Its value
 * is a promise of PNG data URLs. The configurations travel as JSON (plain data by design), so
 * nothing typed by people becomes code.
 */
export function chartPageScript(specs: readonly ChartSpec[], scale = chartPrintScale): string {
  return [chartLibrarySource(), chartDrawingScript(specs, scale)].join('\n');
}

/** The drawing alone, for a chart page that has run chart.js already (made ahead of the print). */
export function chartDrawingScript(specs: readonly ChartSpec[], scale = chartPrintScale): string {
  return `;(${drawChartsInPage.toString()})(${JSON.stringify(specs)}, ${JSON.stringify(scale)}, ${drawSegmentLabels.toString()});`;
}
