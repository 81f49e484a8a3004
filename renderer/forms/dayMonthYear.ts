import { formatVietnameseDate, parseDayMonthYear } from '../../shared/campaigns/calendar';

/**
 * Date fields are text typed day/month/year, the same on every machine: a browser's date input
 * follows its own locale (typing 27012023 into one gave 12023-02-07). The form holds the text;
 * the ISO day is made from it on submit.
 */
export const dateInputProps = {
  type: 'text',
  inputMode: 'numeric',
  autoComplete: 'off',
  placeholder: 'dd/mm/yyyy',
  maxLength: 10,
} as const;

/** An ISO day as the field shows it (dd/mm/yyyy); empty stays empty. */
export function dateText(isoDay: string | null | undefined): string {
  return isoDay ? formatVietnameseDate(isoDay) : '';
}

/** The ISO day of what was typed; empty when nothing (or nothing readable) was. */
export function isoDay(text: string): string {
  return parseDayMonthYear(text) ?? '';
}

/** register() rules for a date field: required or not, and readable as a calendar day. */
export function dateRules(t: (key: 'form.required' | 'form.dateInvalid') => string, required: boolean) {
  return {
    ...(required ? { required: t('form.required') } : {}),
    validate: (text: string) => text.trim() === '' || parseDayMonthYear(text) !== null || t('form.dateInvalid'),
  };
}
