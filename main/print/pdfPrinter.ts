import type { ChartSpec } from '../../shared/results/chartConfigs';

/**
 * Prints one HTML document to an A4 PDF, in memory. Each shell provides one: the Electron shell
 * through its own Chromium (webContents.printToPDF), the browser shell and the CLI through the
 * system Chromium.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  /**
   * Draws chart.js configurations at print resolution and returns them as PNG data URLs, in
   * order. Documents stay script-free: they embed these pictures. Only this chart page runs
   * JavaScript (chart.js and the drawing, nothing else), and it too may reach no network.
   */
  renderCharts(charts: readonly ChartSpec[]): Promise<string[]>;
  /** Releases what the printer holds (a browser process); printing again starts it anew. */
  close(): Promise<void>;
  /** Gets ready for a first print ahead of it (starts the browser, makes its pages); optional. */
  prepare?(): void;
}

/** A data URL the documents may embed: a PNG, base64, nothing else. */
export const pngDataUrlPattern = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** Every chart came back as a PNG, one per configuration; anything else is a printer fault. */
export function checkedChartImages(images: unknown, expected: number): string[] {
  if (
    !Array.isArray(images) ||
    images.length !== expected ||
    !images.every((image) => typeof image === 'string' && pngDataUrlPattern.test(image))
  )
    throw new Error('the chart page did not return one PNG per chart');
  return images as string[];
}
