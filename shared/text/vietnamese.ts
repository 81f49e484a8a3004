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
