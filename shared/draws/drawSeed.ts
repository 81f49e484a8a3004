import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/language';

/*
 * How a typed seed becomes the seed of a draw (FORMATS.md §6). Defined by code point, not by
 * JavaScript's `trim` (whose set follows the engine's Unicode version and includes U+FEFF) nor
 * Python's `strip`: anyone recomputing from the paper must get the same string.
 */

/** The only characters removed, and only at either end: TAB, LF, CR, SPACE. */
export const seedTrimmedCodePoints = [0x09, 0x0a, 0x0d, 0x20] as const;

const trimmedAtEnds = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * Refused anywhere in a seed, because they cannot be seen or told apart on paper: controls,
 * format characters (U+200B, U+FEFF, bidi marks…), surrogates, private use, unassigned code
 * points, line and paragraph separators, every space but U+0020, and default-ignorable ones.
 */
const unseen = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/u;

const codePointName = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export type SeedCheck =
  { readonly ok: true; readonly seed: string } | { readonly ok: false; readonly reason: Bilingual };

/**
 * The seed as the draw uses and records it: NFC, then TAB/LF/CR/SPACE removed at both ends;
 * everything inside kept as typed (two spaces stay two). A seed with an unseen character is
 * refused, never silently cleaned.
 */
export function checkSeed(typed: string): SeedCheck {
  const seed = typed.normalize('NFC').replace(trimmedAtEnds, '');
  if (seed === '') return { ok: false, reason: message('core.drawAlgorithm.theRandomSeedIs') };
  const characters = [...seed];
  const position = characters.findIndex((character) => unseen.test(character));
  if (position >= 0) {
    const codePoint = codePointName(characters[position] ?? '');
    return { ok: false, reason: message('core.drawSeed.unseenCharacter', { codePoint, position: position + 1 }) };
  }
  return { ok: true, seed };
}
