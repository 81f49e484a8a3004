import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../../print/pdfPrinter';
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

/**
 * PDFs through Electron's own Chromium: a hidden, sandboxed window without JavaScript loads the
 * document from the app's protocol (so the same CSP and request filter apply) and prints it.
 */
export function createElectronPdfPrinter(newWindow: WindowFactory, queue: PrintQueue): PdfPrinter {
  return {
    async print(html) {
      const window = newWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          spellcheck: false,
        },
      });
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
