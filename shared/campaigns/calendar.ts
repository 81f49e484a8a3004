/** Calendar days as ISO strings (YYYY-MM-DD), computed in UTC so no time zone shifts a day. */

function parts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** The same day `months` later; the 31st of a shorter month becomes its last day (31/08 + 6 → 28 or 29/02). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const targetMonthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export function addYears(isoDate: string, years: number): string {
  return addMonths(isoDate, 12 * years);
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatVietnameseDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
