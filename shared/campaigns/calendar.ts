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

/**
 * A date as a Vietnamese office types it, whatever the browser's locale: 27/01/2023, 27-1-2023,
 * 27.01.2023, 27012023 (day, month, year), or ISO 2023-01-27. The ISO day, or null unless it is
 * a real calendar day of a four-digit year.
 */
export function parseDayMonthYear(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const separated = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(trimmed);
  const packed = /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  const [day, month, year] = iso
    ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
    : separated
      ? [Number(separated[1]), Number(separated[2]), Number(separated[3])]
      : packed
        ? [Number(packed[1]), Number(packed[2]), Number(packed[3])]
        : [0, 0, 0];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day on this computer's calendar (not UTC's), as an ISO day: the date line of a print made today. */
export function localIsoDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Việt Nam keeps UTC+7 all year (Asia/Ho_Chi_Minh, no summer time since 1975). */
const vietnamOffsetMs = 7 * 3_600_000;

/**
 * The calendar day in Việt Nam of an instant (an ISO timestamp), as an ISO day: the day a keyer
 * keyed, the same whatever time zone the computer reading the vault is set to.
 */
export function vietnamIsoDay(instant: string): string {
  return new Date(Date.parse(instant) + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** An instant as a Vietnamese office writes it, on Việt Nam's clock: 17/05/2023 14:05. */
export function formatVietnameseDateTime(instant: string): string {
  const shifted = new Date(Date.parse(instant) + vietnamOffsetMs).toISOString();
  return `${formatVietnameseDate(shifted.slice(0, 10))} ${shifted.slice(11, 16)}`;
}
