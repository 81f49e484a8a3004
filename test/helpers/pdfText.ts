import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const printsFolder = join(import.meta.dirname, '..', '..', 'test-results', 'prints');

export const hasPdfTools = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;

/** Keeps the PDF and a PNG of its first page under test-results/prints for a person to look at; returns its text. */
export function keepAndRead(name: string, pdf: Uint8Array): string {
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
  return execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
}

/** pdftotext splits and spaces text its own way: compare NFC with whitespace collapsed. */
export function flatten(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}
