import type { Bilingual } from '../i18n/language';
import { foldForSearch } from '../text/vietnamese';

/**
 * What the app's spreadsheet imports share (the units of a campaign, the ratings roster): a
 * cell's text and the matching of headers to columns, by either language's header, diacritics
 * and case aside.
 */

export type Cell = string | number | Date | null;

export interface Table {
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

export interface RowError {
  /** As a spreadsheet user sees it: the header is row 1, the first data row row 2. */
  readonly row: number;
  /** The column's Vietnamese header. */
  readonly column: string;
  readonly message: Bilingual;
}

export interface SpreadsheetColumn<Key extends string> {
  readonly key: Key;
  readonly vi: string;
  readonly en: string;
  readonly required: boolean;
}

/** A cell as text: NFC, trimmed; a date cell as YYYY-MM-DD. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).normalize('NFC').trim();
}

/** Where each column is among the headers; a required column that is missing is an error of row 1. */
export function matchColumns<Key extends string>(
  headers: readonly string[],
  columns: readonly SpreadsheetColumn<Key>[],
): { indexes: Map<Key, number>; errors: RowError[] } {
  const folded = headers.map((header) => foldForSearch(cellText(header)));
  const indexes = new Map<Key, number>();
  const errors: RowError[] = [];
  for (const column of columns) {
    const index = folded.findIndex(
      (header) => header === foldForSearch(column.vi) || header === foldForSearch(column.en),
    );
    if (index >= 0) indexes.set(column.key, index);
    else if (column.required) {
      errors.push({
        row: 1,
        column: column.vi,
        message: { vi: `Thiếu cột «${column.vi}».`, en: `The column “${column.vi}” (${column.en}) is missing.` },
      });
    }
  }
  return { indexes, errors };
}
