/**
 * Shares are integers in hundredths of a percent (3333 = 33.33 %). Vietnamese writes the
 * decimal comma; the two decimals stay even when they are zero, so columns line up and the
 * printed rows add up to exactly 100,00.
 */
export function shareText(hundredths: number, language: 'vi' | 'en' = 'vi'): string {
  const sign = hundredths < 0 ? '-' : '';
  const magnitude = Math.abs(Math.round(hundredths));
  return `${sign}${Math.floor(magnitude / 100)}${language === 'vi' ? ',' : '.'}${String(magnitude % 100).padStart(2, '0')}`;
}

/** The same share as a number of percent, for charts (3333 → 33.33). */
export function sharePercent(hundredths: number): number {
  return hundredths / 100;
}
