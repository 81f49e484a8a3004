import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';
import type { Bilingual } from '../i18n/language';
import type { z } from './z';

const viMessages = vi().localeError;
const enMessages = en().localeError;

/** How many problems one message lists; the rest are counted, not spelled out. */
const listedIssues = 3;

function where(path: readonly PropertyKey[], language: 'vi' | 'en'): string {
  if (path.length === 0) return '';
  const dotted = path.map(String).join('.');
  return language === 'vi' ? `trường «${dotted}»: ` : `field “${dotted}”: `;
}

const bilingualMarker = 'bilingual:';

/**
 * A schema's own message in both languages, e.g.
 * `z.string().regex(pattern, bilingualIssue({ vi: '…', en: '…' }))`.
 */
export function bilingualIssue(message: Bilingual): { message: string } {
  return { message: bilingualMarker + JSON.stringify(message) };
}

function ownMessage(issue: z.core.$ZodIssue, language: 'vi' | 'en'): string | null {
  if (!issue.message.startsWith(bilingualMarker)) return null;
  const parsed = JSON.parse(issue.message.slice(bilingualMarker.length)) as Bilingual;
  return parsed[language];
}

function describe(issue: z.core.$ZodIssue, language: 'vi' | 'en'): string {
  const own = ownMessage(issue, language);
  if (own !== null) return where(issue.path, language) + own;
  const localeError = language === 'vi' ? viMessages : enMessages;
  const raw = localeError(issue as unknown as Parameters<typeof localeError>[0]);
  const text = typeof raw === 'string' ? raw : (raw?.message ?? issue.message);
  return where(issue.path, language) + text;
}

/**
 * Turns schema problems into one readable reason per language. Zod's own Vietnamese and
 * English wording is used so every schema in the contract gets messages without extra work.
 * The issues must come from a parse with `reportInput: true` so types can be named; the
 * input itself is never echoed back.
 */
export function describeInputIssues(issues: readonly z.core.$ZodIssue[]): Bilingual {
  const build = (language: 'vi' | 'en'): string => {
    const shown = issues.slice(0, listedIssues).map((issue) => describe(issue, language));
    const hidden = issues.length - shown.length;
    if (hidden > 0) shown.push(language === 'vi' ? `và ${hidden} lỗi khác` : `and ${hidden} more`);
    return shown.join('; ');
  };
  return { vi: build('vi'), en: build('en') };
}
