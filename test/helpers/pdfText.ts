import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Git-ignored: the PDFs and first-page PNGs stay there for a person to look at. */
export const printsFolder = join(import.meta.dirname, '..', '..', 'test-results', 'prints');

export const hasPdfTools = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;

/** Keeps the PDF and a PNG of its first page (80 dpi) under test-results/prints; returns its text. */
export function keepAndRead(name: string, pdf: Uint8Array, { layout = false } = {}): string {
  mkdirSync(printsFolder, { recursive: true });
  const pdfPath = join(printsFolder, `${name}.pdf`);
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    join(printsFolder, name),
  ]);
  return readPdfText(pdfPath, { layout });
}

export function readPdfText(pdfPath: string, { layout = false } = {}): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdfPath, '-'], { encoding: 'utf8' });
}

/** pdftotext splits, spaces and composes text its own way: compare NFC with whitespace collapsed. */
export function flatten(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** pdftotext ends every page with a form feed. */
export function pageCount(text: string): number {
  return text.split('\f').length - 1;
}
