import { compareVietnamese, foldForSearch } from '../text/vietnamese';
import type { MatchKind } from './remediationSchemas';

/**
 * Finding last year's record of a person assessed this year (issue 18, point 3). A campaign's
 * people are new records every year (campaigns.copyToNextYear), so the same person is found by
 * name. Only one kind of match is certain: the very same name, diacritics and all, once in last
 * year's campaign and in a unit of the same name. Everything else — the name in another unit
 * (a move), the name twice, a name that differs by a diacritic or a letter or two (a typing
 * slip, or another person: "Hương" and "Hường" are different names) — waits for a person to
 * confirm it.
 */

export interface MatchablePerson {
  readonly subjectId: string;
  readonly subjectName: string;
  readonly unitName: string;
}

export interface ProposedMatch<P extends MatchablePerson> {
  readonly kind: MatchKind;
  /** The likeliest first; for "same" the one match. */
  readonly candidates: readonly P[];
}

/** Case and spacing aside, diacritics kept. */
export function exactName(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Two letters apart at most: "Nguyễn Văn Hùng" / "Nguyễn Văn Hưng", or a slipped diacritic. */
const similarLimit = 2;

function isSimilar(a: string, b: string): boolean {
  return (
    foldForSearch(a) === foldForSearch(b) || editDistance(exactName(a), exactName(b), similarLimit) <= similarLimit
  );
}

/** The same unit this year and last, by its name (units are new records every year too). */
const sameUnit = (a: MatchablePerson, b: MatchablePerson) => foldForSearch(a.unitName) === foldForSearch(b.unitName);

const byUnitFirst =
  (person: MatchablePerson) =>
  (a: MatchablePerson, b: MatchablePerson): number =>
    Number(sameUnit(person, b)) - Number(sameUnit(person, a)) ||
    compareVietnamese(a.unitName, b.unitName) ||
    compareVietnamese(a.subjectName, b.subjectName);

/** What last year's campaign says about one person of this year's. */
export function proposeMatch<P extends MatchablePerson>(
  person: MatchablePerson,
  previous: readonly P[],
): ProposedMatch<P> {
  const name = exactName(person.subjectName);
  const sameName = previous.filter((candidate) => exactName(candidate.subjectName) === name);
  const order = byUnitFirst(person);
  if (sameName.length === 1) {
    const [only] = sameName;
    return { kind: sameUnit(person, only!) ? 'same' : 'moved', candidates: sameName };
  }
  if (sameName.length > 1) return { kind: 'ambiguous', candidates: [...sameName].sort(order) };
  const similar = previous.filter((candidate) => isSimilar(candidate.subjectName, person.subjectName));
  if (similar.length > 0) return { kind: 'similar', candidates: [...similar].sort(order) };
  return { kind: 'none', candidates: [] };
}
