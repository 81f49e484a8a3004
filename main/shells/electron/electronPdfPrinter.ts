import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { chartPageScript, checkedChartImages, type PdfPrinter } from '../../print';
import { appOrigin } from './appProtocol';

/** Documents waiting to be printed, served once from app://kiem-phieu/__print/<id> (memory only). */
export class PrintQueue {
  private readonly documents = new Map<string, string>();

  add(html: string): string {
    const id = randomUUID();
    this.documents.set(id, html);
    return id;
  }

  take(id: string): string | null {
    const html = this.documents.get(id) ?? null;
    this.documents.delete(id);
    return html;
  }
}

export const printPathPrefix = '/__print/';

type WindowFactory = (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** The chart page: an empty document; the printer injects chart.js and the drawing. */
const chartPage = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/**
 * PDFs through Electron's own Chromium: a hidden, sandboxed window without JavaScript loads the
 * document from the app's protocol (so the same CSP and request filter apply) and prints it.
 * Charts are drawn in another hidden, sandboxed window that alone runs JavaScript: an empty page
 * from the same protocol (which refuses every other request), into which the main process injects
 * chart.js and the drawing; the page's own CSP allows no script of its own.
 */
export function createElectronPdfPrinter(newWindow: WindowFactory, queue: PrintQueue): PdfPrinter {
  /** A hidden, sandboxed window without Node.js; JavaScript only where charts are drawn. */
  const hiddenWindow = (javascript: boolean) =>
    newWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript, spellcheck: false },
    });
  return {
    async renderCharts(charts) {
      if (charts.length === 0) return [];
      const window = hiddenWindow(true);
      try {
        await window.loadURL(`${appOrigin}${printPathPrefix}${queue.add(chartPage)}`);
        const images: unknown = await window.webContents.executeJavaScript(chartPageScript(charts));
        return checkedChartImages(images, charts.length);
      } finally {
        window.destroy();
      }
    },
    async print(html) {
      const window = hiddenWindow(false);
      try {
        await window.loadURL(`${appOrigin}${printPathPrefix}${queue.add(html)}`);
        return new Uint8Array(
          await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
        );
      } finally {
        window.destroy();
      }
    },
    close: () => Promise.resolve(),
  };
}
