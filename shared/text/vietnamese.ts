/** Vietnamese sorting (A < Ă < Â < B < … < D < Đ …), as people expect in every list. */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Text folded for diacritic-insensitive search and header matching: "Trường THCS Phúc Đồng"
 * → "truong thcs phuc dong".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether every word of a search starts a word of the text, diacritics and case aside: "ng lâm"
 * finds "THCS Ngọc Lâm", and "Hương" finds "Vũ Thị Hương" but not "Phường" or "Thượng Thanh"
 * (whose folded words merely contain "huong").
 */
export function matchesWordStarts(text: string, search: string): boolean {
  const wanted = foldForSearch(search).split(' ').filter(Boolean);
  if (wanted.length === 0) return true;
  const words = foldForSearch(text)
    .split(/[\s,;.()/–-]+/)
    .filter(Boolean);
  return wanted.every((part) => words.some((word) => word.startsWith(part)));
}
