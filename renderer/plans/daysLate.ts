/** Whole days from an ISO day to a later one (31/05/2021 to 01/10/2021: 123), as the overdue list says how late. */
export function daysBetween(fromDay: string, toDay: string): number {
  const millisecondsPerDay = 86_400_000;
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / millisecondsPerDay);
}
