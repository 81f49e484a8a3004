import type { Printable } from '../../shared/print/printables';
import type { ChartSpec } from '../../shared/results/chartConfigs';
import type { ReadableDB } from '../vault';

/** A chart drawn by the printer: a PNG data URL and what it shows, in words. */
export interface ChartImage {
  readonly src: string;
  readonly alt: string;
}

/**
 * What a document needs, read from the vault in one go: its title and file name, the charts to
 * draw (outside the vault's read, by the printer) and how to put the page together once they
 * are drawn.
 */
export interface PreparedDocument {
  readonly title: string;
  readonly fileName: string;
  readonly charts: readonly ChartSpec[];
  html(images: readonly ChartImage[]): string;
}

/** How one kind of document is read from the vault; `today` is the date line of a print made today. */
export type DocumentSource<Kind extends Printable['kind']> = (
  db: ReadableDB,
  document: Extract<Printable, { kind: Kind }>,
  today: string,
) => PreparedDocument;

/**
 * Every printable kind and the feature that makes it: print/ knows how to print, each feature
 * what its documents say. The core hands the sources in, so print/ imports no feature.
 */
export type DocumentSources = { readonly [Kind in Printable['kind']]: DocumentSource<Kind> };

/** A document without charts: its page is ready as it is. */
export function documentWithoutCharts(title: string, fileName: string, html: string): PreparedDocument {
  return { title, fileName, charts: [], html: () => html };
}
