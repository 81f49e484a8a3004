import type { Browser } from 'playwright-core';
import { AppError } from '../../shared/errors';
import { findBrowser } from '../base/findBrowser';
import { chartPageScript } from './charts/chartPageScript';
import { checkedChartImages, type PdfPrinter } from './pdfPrinter';

/** Headless Chromium that never reaches the network on its own (also used by the end-to-end tests). */
export const headlessChromiumArguments = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
];

/**
 * PDFs from the system Chromium, headless, for the browser shell and the CLI. One browser serves
 * every print until close(); each print gets a fresh context with scripts off and every request
 * refused, and the document is handed over in memory: nothing is written to disk. Charts get a
 * context of their own with scripts on (chart.js and the drawing, injected by us) and every
 * request refused just the same.
 */
export function createChromiumPdfPrinter(executable: () => string | null = findBrowser): PdfPrinter {
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    const path = executable();
    if (!path) throw new AppError('PRINT_UNAVAILABLE');
    // Loaded on the first print only: every command line would otherwise pay for it at start.
    const launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: path, args: headlessChromiumArguments, headless: true }),
    );
    browser = launching;
    // A browser that failed to start, crashed or was killed is started again at the next print.
    const forget = (): void => {
      if (browser === launching) browser = null;
    };
    launching.then((running) => running.on('disconnected', forget), forget);
    return launching;
  };

  return {
    async print(html) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      } finally {
        await context.close();
      }
    },
    async renderCharts(charts) {
      if (charts.length === 0) return [];
      const context = await (await launch()).newContext({ javaScriptEnabled: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
        return checkedChartImages(await page.evaluate(chartPageScript(charts)), charts.length);
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
