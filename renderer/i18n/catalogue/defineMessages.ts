/** A group of interface texts. Vietnamese is the reference: English must have exactly the same keys. */
export function defineMessages<const Keys extends string>(
  vi: Readonly<Record<Keys, string>>,
  en: Readonly<Record<Keys, string>>,
): { vi: Readonly<Record<Keys, string>>; en: Readonly<Record<Keys, string>> } {
  return { vi, en };
}
