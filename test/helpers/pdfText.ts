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
  const others = unintendedFonts(pdfPath);
  if (others.length > 0)
    throw new Error(`${name}.pdf uses fonts other than Liberation Serif/Mono: ${others.join(', ')}`);
  return readPdfText(pdfPath, { layout });
}

/** The fonts every print is set in: Liberation Serif (Times-compatible) and, for digests and seeds, Liberation Mono. */
const intendedFont = /^[A-Z]{6}\+Liberation(Serif|Mono)(-Bold|-Italic|-BoldItalic)?$/;

/**
 * The fonts of a print (`pdffonts`) other than the intended ones, embedded: a letter missing from
 * them (Liberation 1.07 lacks ấ, ề, ỗ …) is drawn from another font inside a word, and shows here.
 */
export function unintendedFonts(pdfPath: string): string[] {
  const lines = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().length > 0);
  if (lines.length === 0) return ['(no font at all)'];
  return lines.flatMap((line) => {
    const [name = '', ...rest] = line.trim().split(/\s+/);
    // name, type words…, encoding, emb, sub, uni, object id, generation
    const embedded = rest.at(-5) === 'yes';
    return intendedFont.test(name) && embedded ? [] : [`${name}${embedded ? '' : ' (not embedded)'}`];
  });
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
