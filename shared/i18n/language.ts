/** The languages the interface, messages and documents are available in. Vietnamese is the default. */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';

/** A text given in every supported language; anything shown to a user crosses the boundary in this shape. */
export type Bilingual = Readonly<Record<Language, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
