import { foldForSearch } from './vietnamese';

/** "THCS Ngọc Lâm" → "thcs-ngoc-lam": a part of a file name, plain ASCII on every system. */
export function fileNamePart(text: string, fallback: string, maxLength = 60): string {
  return (
    foldForSearch(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/g, '') || fallback
  );
}
