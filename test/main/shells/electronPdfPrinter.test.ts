import type { BrowserWindow, BrowserWindowConstructorOptions, Protocol } from 'electron';
import { describe, expect, it } from 'vitest';
import { createElectronPdfPrinter, PrintQueue } from '../../../main/shells/electron/electronPdfPrinter';
import { serveBundle } from '../../../main/shells/electron/serveBundle';
import { criteriaChart } from '../../../shared/results/chartConfigs';
import { sampleTally } from '../results/sampleResults';

describe('printing in the Electron shell', () => {
  it('prints from a hidden window without JavaScript, loading the document once through the app protocol', async () => {
    const queue = new PrintQueue();
    let handler: ((request: Request) => Promise<Response>) | null = null;
    serveBundle(
      { handle: (_scheme: string, serve: typeof handler) => (handler = serve) } as unknown as Protocol,
      '/nonexistent',
      queue,
    );

    const opened: Array<{ options: BrowserWindowConstructorOptions; url?: string; page?: string; destroyed: boolean }> =
      [];
    const printer = createElectronPdfPrinter((options) => {
      const record: (typeof opened)[number] = { options, destroyed: false };
      opened.push(record);
      return {
        loadURL: async (url: string) => {
          record.url = url;
          record.page = await (await handler!(new Request(url))).text();
        },
        webContents: { printToPDF: async () => Buffer.from('%PDF-1.7 fake') },
        destroy: () => (record.destroyed = true),
      } as unknown as BrowserWindow;
    }, queue);

    const pdf = await printer.print('<!doctype html><p>Biên bản</p>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = opened;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, nodeIntegration: false },
    });
    expect(window!.url).toMatch(/^app:\/\/kiem-phieu\/__print\/[0-9a-f-]{36}$/);
    expect(window!.page).toContain('Biên bản');
    expect(window!.destroyed).toBe(true);
    // Served once: the document is gone from memory after printing.
    expect((await handler!(new Request(window!.url!))).status).toBe(404);
  });

  it('draws charts in another hidden, sandboxed window, the only one with JavaScript, and takes back only PNGs', async () => {
    const queue = new PrintQueue();
    let handler: ((request: Request) => Promise<Response>) | null = null;
    serveBundle(
      { handle: (_scheme: string, serve: typeof handler) => (handler = serve) } as unknown as Protocol,
      '/nonexistent',
      queue,
    );
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const opened: Array<{
      options: BrowserWindowConstructorOptions;
      page?: string;
      script?: string;
      destroyed: boolean;
    }> = [];
    let answer: unknown = [png];
    const printer = createElectronPdfPrinter((options) => {
      const record: (typeof opened)[number] = { options, destroyed: false };
      opened.push(record);
      return {
        loadURL: async (url: string) => {
          record.page = await (await handler!(new Request(url))).text();
        },
        webContents: {
          executeJavaScript: async (script: string) => {
            record.script = script;
            return answer;
          },
        },
        destroy: () => (record.destroyed = true),
      } as unknown as BrowserWindow;
    }, queue);

    const chart = criteriaChart(sampleTally());
    expect(await printer.renderCharts([chart])).toEqual([png]);
    const [window] = opened;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: true, nodeIntegration: false },
    });
    expect(window!.page).toContain('<body></body>');
    expect(window!.script).toContain('Chart.js v4');
    expect(window!.script).toContain(JSON.stringify(chart.config.data.labels));
    expect(window!.destroyed).toBe(true);

    answer = ['data:text/html,<script>'];
    await expect(printer.renderCharts([chart])).rejects.toThrow(/PNG/);
    expect(opened[1]!.destroyed).toBe(true);
    expect(await printer.renderCharts([])).toEqual([]);
    expect(opened).toHaveLength(2);
  });
});
