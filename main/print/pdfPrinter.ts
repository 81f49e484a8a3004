/**
 * Prints one HTML document to an A4 PDF, in memory. Each shell provides one: the Electron shell
 * through its own Chromium (webContents.printToPDF), the browser shell and the CLI through the
 * system Chromium.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  /** Releases what the printer holds (a browser process); printing again starts it anew. */
  close(): Promise<void>;
}
