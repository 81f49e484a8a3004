import { bilingualIssue } from './inputIssues';
import { z } from './z';

/** Every record is named by a random UUID. */
export const idSchema = z.uuid();

/** A day as ISO 8601 (YYYY-MM-DD); screens show it as dd/mm/yyyy. */
export const isoDateSchema = z.iso.date(
  bilingualIssue({ vi: 'cần một ngày dạng năm-tháng-ngày', en: 'a date YYYY-MM-DD is needed' }),
);

/** A text given in Vietnamese and English, as every message that crosses the boundary is. */
export const bilingualSchema = z.object({ vi: z.string(), en: z.string() }).strict();

/** The answer of a call that only needs to say it was done. */
export const doneSchema = z.object({ done: z.literal(true) }).strict();

/** Calls that take no arguments still take one (empty) object, so every call has one shape. */
export const noInput = z.object({}).strict();
