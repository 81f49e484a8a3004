/*
 * The order of a draw's candidate list (FORMATS.md §6): Vietnamese alphabetical order, defined
 * here by code point instead of left to ICU, whose collation changes between versions and ties
 * names such as "THCS 01" and "THCS 1" (their order would then follow the import file). It agrees
 * with ICU's Vietnamese collation on ordinary names, and tools/recompute_draw.py --order rebuilds
 * it with Python's standard library. The printed, numbered list stays what a draw is checked by.
 */

/** The Vietnamese alphabet, with f, j, w, z in their Latin places. */
const alphabet = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
/** Breve, circumflex and horn make a letter of their own: a+◌̆ = ă … u+◌̛ = ư. */
const letterMarks: Readonly<Record<string, string>> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031b': 'ơ',
  'u\u031b': 'ư',
};
/** The five tones, in the order Vietnamese dictionaries use: none, huyền, hỏi, ngã, sắc, nặng. */
const tones: Readonly<Record<string, number>> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

/** One element of a name: class 0 other characters (by code point), 1 a run of digits (by value), 2 a letter. */
interface Element {
  readonly kind: 0 | 1 | 2;
  readonly value: bigint;
  readonly tone: number;
  readonly upper: number;
}

const isMark = (character: string) => /\p{M}/u.test(character);

function elements(name: string): Element[] {
  const characters = [...name.normalize('NFD')];
  const result: Element[] = [];
  for (let index = 0; index < characters.length;) {
    const character = characters[index] ?? '';
    if (/[0-9]/.test(character)) {
      let digits = '';
      while (/[0-9]/.test(characters[index] ?? '')) digits += characters[index++];
      result.push({ kind: 1, value: BigInt(digits), tone: 0, upper: 0 });
      continue;
    }
    index += 1;
    const lower = character.toLowerCase();
    if (!/^[a-zđ]$/.test(lower)) {
      // A mark after no letter (after a digit, or first) weighs nothing but the final tie-break.
      if (!isMark(character)) result.push({ kind: 0, value: BigInt(character.codePointAt(0) ?? 0), tone: 0, upper: 0 });
      continue;
    }
    let letter = lower;
    let tone = 0;
    // NFD puts a dot below before a breve (ặ = a ◌̣ ◌̆): look at every mark that follows.
    for (; index < characters.length && isMark(characters[index] ?? ''); index += 1) {
      const mark = characters[index] ?? '';
      const formed = letterMarks[letter + mark];
      if (formed !== undefined) letter = formed;
      else if (tone === 0 && tones[mark] !== undefined) tone = tones[mark];
    }
    result.push({ kind: 2, value: BigInt(alphabet.indexOf(letter)), tone, upper: character === lower ? 0 : 1 });
  }
  return result;
}

function compareSequences<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const order = compare(a[index] as T, b[index] as T);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const compareNumbers = (x: number | bigint, y: number | bigint) => (x < y ? -1 : x > y ? 1 : 0);
const codePoints = (text: string) => [...text].map((character) => character.codePointAt(0) ?? 0);

/**
 * Letters and numbers first (ă after a, đ after d, "2" before "10"), then tones over the whole
 * name, then lower case before upper, then — names that still tie — their code points.
 */
export function compareCandidates(a: string, b: string): number {
  const [x, y] = [elements(a), elements(b)];
  return (
    compareSequences(x, y, (p, q) => compareNumbers(p.kind, q.kind) || compareNumbers(p.value, q.value)) ||
    compareSequences(x, y, (p, q) => compareNumbers(p.tone, q.tone)) ||
    compareSequences(x, y, (p, q) => compareNumbers(p.upper, q.upper)) ||
    compareSequences(codePoints(a), codePoints(b), compareNumbers)
  );
}
