import type { Browser } from 'playwright-core';
import { AppError } from '../../shared/errors';
import { findBrowser } from '../base/findBrowser';
import { disableFeaturesSwitch, offlineChromiumSwitches, offlineDisabledFeatures } from '../base/offlineChromium';
import { chartDrawingScript, chartLibrarySource } from './charts/chartPageScript';
import { PagesMadeAhead, type ReadyPage } from './pagesMadeAhead';
import { checkedChartImages, type PdfPrinter } from './pdfPrinter';

/**
 * What Playwright switches off with its own --disable-features (playwright-core 1.65). Chromium
 * keeps only the last --disable-features, so ours repeats these; a test launches through
 * Playwright and checks that the switch Chromium ends up with holds all of them.
 */
export const playwrightDisabledFeatures: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium, started through Playwright, that resolves and fetches nothing but loopback
 * (main/base/offlineChromium.ts): the PDF printer's, and the end-to-end tests' browser.
 */
export const headlessChromiumArguments: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  ...offlineChromiumSwitches,
  disableFeaturesSwitch(playwrightDisabledFeatures, offlineDisabledFeatures),
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

  // Every request refused: a document and the chart page reach nothing, not even a file.
  const fresh = async (javaScriptEnabled: boolean): Promise<ReadyPage> => {
    const context = await (await launch()).newContext({ javaScriptEnabled });
    try {
      await context.route('**/*', (route) => route.abort());
      return { context, page: await context.newPage() };
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  };
  const documentPages = new PagesMadeAhead(() => fresh(false));
  const chartPages = new PagesMadeAhead(async () => {
    const ready = await fresh(true);
    await ready.page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    // chart.js itself, parsed and run ahead: a print only draws.
    await ready.page.evaluate(chartLibrarySource());
    return ready;
  });

  return {
    async print(html) {
      const { context, page } = await documentPages.take();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      } finally {
        await context.close();
        documentPages.prepare();
      }
    },
    async renderCharts(charts) {
      if (charts.length === 0) return [];
      const { context, page } = await chartPages.take();
      try {
        return checkedChartImages(await page.evaluate(chartDrawingScript(charts)), charts.length);
      } finally {
        await context.close();
        chartPages.prepare();
      }
    },
    prepare() {
      // A window's first print need not wait for Chromium to start: it starts after sign-in.
      try {
        documentPages.prepare();
        chartPages.prepare();
      } catch {
        // No Chromium here: the first print says so.
      }
    },
    async close() {
      await Promise.all([documentPages.discard(), chartPages.discard()]);
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
