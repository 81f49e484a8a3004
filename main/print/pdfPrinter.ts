/** Prints one HTML document to an A4 PDF; each shell provides one (Electron: printToPDF). */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}
